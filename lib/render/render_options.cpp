#include "render/render_options.hpp"

#include <array>
#include <charconv>
#include <ctime>
#include <fstream>
#include <string>
#include <vector>

#include "base/error.hpp"
#include "base/install_layout.hpp"
#include "render/font_subset.hpp"

namespace pledge::render {

namespace {

void check_font_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    throw Error("cannot read font '" + file.string() +
                "': no such file; give a TrueType font with --font FILE.ttf, or install fonts-liberation2");
  }
  std::array<unsigned char, 4> magic{};
  in.read(reinterpret_cast<char*>(magic.data()), magic.size());
  const bool truetype = in && ((magic == std::array<unsigned char, 4>{0, 1, 0, 0}) ||
                               (magic == std::array<unsigned char, 4>{'t', 'r', 'u', 'e'}));
  if (!truetype) {
    throw Error(
        "font '" + file.string() +
        "' is not a TrueType font (.ttf with glyf outlines); OpenType/CFF (.otf) and collections (.ttc) "
        "cannot be embedded: give a .ttf file with --font");
  }
}

}  // namespace

FontFiles default_font_files() {
  const std::filesystem::path folder = InstallLayout::font_folder();
  return {folder / "LiberationSans-Regular.ttf", folder / "LiberationSans-Bold.ttf"};
}

FontFiles font_files_for(const std::filesystem::path& regular) {
  check_font_file(regular);
  // The names font packages give bold faces: Foo-Regular.ttf -> Foo-Bold.ttf, FooRegular.ttf -> FooBold.ttf,
  // Foo.ttf -> Foo-Bold.ttf (DejaVuSans.ttf).
  const std::string stem = regular.stem().string();
  const std::string extension = regular.extension().string();
  std::vector<std::string> candidates;
  if (const std::size_t at = stem.rfind("Regular"); at != std::string::npos)
    candidates.push_back(std::string(stem).replace(at, 7, "Bold"));
  candidates.push_back(stem + "-Bold");
  for (const std::string& candidate : candidates) {
    const std::filesystem::path bold = regular.parent_path() / (candidate + extension);
    if (std::filesystem::is_regular_file(bold)) {
      check_font_file(bold);
      return {regular, bold};
    }
  }
  return {regular, regular};
}

void check_font_files(const FontFiles& fonts) {
  check_font_file(fonts.regular);
  if (fonts.bold != fonts.regular)
    check_font_file(fonts.bold);
}

std::shared_ptr<FontSubsets> RenderOptions::make_font_subsets() {
  return std::make_shared<FontSubsets>();
}

std::int64_t parse_source_date_epoch(std::string_view text) {
  std::int64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc() || end != text.data() + text.size() || value < 0 ||
      value > 253402300799) {
    throw Error("SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01, not '" +
                std::string(text) + "'");
  }
  return value;
}

std::string format_date(std::int64_t seconds_since_epoch) {
  static constexpr std::array<const char*, 12> months = {"January",   "February", "March",    "April",
                                                         "May",       "June",     "July",     "August",
                                                         "September", "October",  "November", "December"};
  const std::time_t time = static_cast<std::time_t>(seconds_since_epoch);
  std::tm utc{};
  gmtime_r(&time, &utc);
  return std::to_string(utc.tm_mday) + " " + months[static_cast<std::size_t>(utc.tm_mon)] + " " +
         std::to_string(utc.tm_year + 1900);
}

}  // namespace pledge::render
