#include "render/render_options.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <ctime>
#include <string>
#include <vector>

#include "base/error.hpp"
#include "base/install_layout.hpp"
#include "render/fixed_text_files.hpp"
#include "render/font_chain.hpp"
#include "render/shaped_text.hpp"

namespace pledge::render {

namespace {

// The bold face a font package gives a regular one: Foo-Regular.ttf -> Foo-Bold.ttf, FooRegular.ttf ->
// FooBold.ttf, Foo.ttf -> Foo-Bold.ttf (DejaVuSans.ttf); the regular file itself if there is none.
std::filesystem::path bold_sibling(const std::filesystem::path& regular) {
  const std::string stem = regular.stem().string();
  const std::string extension = regular.extension().string();
  std::vector<std::string> candidates;
  if (const std::size_t at = stem.rfind("Regular"); at != std::string::npos)
    candidates.push_back(std::string(stem).replace(at, 7, "Bold"));
  candidates.push_back(stem + "-Bold");
  for (const std::string& candidate : candidates) {
    const std::filesystem::path bold = regular.parent_path() / (candidate + extension);
    std::error_code error;
    if (std::filesystem::is_regular_file(bold, error))
      return bold;
  }
  return regular;
}

}  // namespace

FontFiles default_font_files() {
  const std::filesystem::path folder = InstallLayout::font_folder();
  return {{folder / "LiberationSans-Regular.ttf"}, {folder / "LiberationSans-Bold.ttf"}};
}

FontFiles font_files_for(const std::vector<std::filesystem::path>& given) {
  FontFiles files;
  for (const auto& file : given) {
    files.regular.push_back(file);
    files.bold.push_back(bold_sibling(file));
  }
  const FontFiles liberation_sans = default_font_files();
  files.regular.insert(files.regular.end(), liberation_sans.regular.begin(), liberation_sans.regular.end());
  files.bold.insert(files.bold.end(), liberation_sans.bold.begin(), liberation_sans.bold.end());
  return files;
}

void load_font_files(const FontFiles& fonts, FontLibrary& library) {
  const FontFiles liberation_sans = default_font_files();
  for (const auto* files : {&fonts.regular, &fonts.bold}) {
    for (const auto& file : *files) {
      const bool shipped = std::find(liberation_sans.regular.begin(), liberation_sans.regular.end(), file) !=
                               liberation_sans.regular.end() ||
                           std::find(liberation_sans.bold.begin(), liberation_sans.bold.end(), file) !=
                               liberation_sans.bold.end();
      std::error_code error;
      if (shipped && !std::filesystem::exists(file, error))
        throw Error("cannot read font '" + file.string() +
                    "': no such file; install fonts-liberation2 (the default font), or give a TrueType font "
                    "with --font FILE.ttf");
      library.load(file);
    }
  }
}

std::shared_ptr<FontLibrary> RenderOptions::make_font_library() {
  return std::make_shared<FontLibrary>();
}

std::shared_ptr<ShapedWordCache> RenderOptions::make_shaped_word_cache(std::shared_ptr<FontLibrary> library) {
  return std::make_shared<ShapedWordCache>(std::move(library));
}

std::shared_ptr<FixedTextFiles> RenderOptions::make_fixed_text_files() {
  return std::make_shared<FixedTextFiles>(std::vector{FixedTextFiles::shipped_folder()});
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
