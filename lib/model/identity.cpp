#include "model/identity.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <string_view>
#include <utility>

#include "base/display_path.hpp"
#include "model/png_decoding.hpp"

namespace pledge {

namespace fs = std::filesystem;
using Need = MappingReader::Need;

namespace {

unsigned byte_at(std::string_view bytes, std::size_t i) {
  return static_cast<unsigned char>(bytes[i]);
}

unsigned big_endian(std::string_view bytes, std::size_t at, std::size_t length) {
  unsigned value = 0;
  for (std::size_t i = 0; i < length; ++i)
    value = (value << 8) | byte_at(bytes, at + i);
  return value;
}

// A PNG's IHDR chunk is always first, right after the eight-byte signature.
std::optional<ImageHeader> png_header(std::string_view bytes) {
  static constexpr std::string_view signature = "\x89PNG\r\n\x1a\n";
  if (bytes.size() < 24 || bytes.substr(0, 8) != signature || bytes.substr(12, 4) != "IHDR")
    return std::nullopt;
  const unsigned width = big_endian(bytes, 16, 4);
  const unsigned height = big_endian(bytes, 20, 4);
  if (width == 0 || height == 0 || width > 0x7fffffff || height > 0x7fffffff)
    return std::nullopt;
  return ImageHeader{ImageFormat::png, static_cast<int>(width), static_cast<int>(height)};
}

// A JPEG's size is in its start-of-frame segment, found by walking the segments from the start of image.
std::optional<ImageHeader> jpeg_header(std::string_view bytes) {
  if (bytes.size() < 4 || byte_at(bytes, 0) != 0xFF || byte_at(bytes, 1) != 0xD8)
    return std::nullopt;
  std::size_t at = 2;
  while (at + 4 <= bytes.size()) {
    if (byte_at(bytes, at) != 0xFF)
      return std::nullopt;
    const unsigned marker = byte_at(bytes, at + 1);
    if (marker == 0xFF) {  // fill byte
      ++at;
      continue;
    }
    const std::size_t length = big_endian(bytes, at + 2, 2);
    // SOF0 to SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range.
    const bool frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    if (frame) {
      if (at + 9 > bytes.size() || length < 7)
        return std::nullopt;
      const unsigned height = big_endian(bytes, at + 5, 2);
      const unsigned width = big_endian(bytes, at + 7, 2);
      if (width == 0 || height == 0)
        return std::nullopt;
      return ImageHeader{ImageFormat::jpeg, static_cast<int>(width), static_cast<int>(height)};
    }
    if (marker == 0xD9 || marker == 0xDA || length < 2)  // end of image, or scan data before any frame
      return std::nullopt;
    at += 2 + length;
  }
  return std::nullopt;
}

bool is_hex_colour(std::string_view text) {
  return text.size() == 7 && text[0] == '#' && std::all_of(text.begin() + 1, text.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
         });
}

std::optional<IdentityText> located_text(MappingReader& reader, std::string_view key) {
  auto text = reader.text(key, Need::optional);
  if (!text)
    return std::nullopt;
  const Location where = reader.location_of_value(key);
  return IdentityText{std::move(*text), where, std::string(reader.source().line(where.line))};
}

// The logo named at `logo` (relative to the folder of the file it is written in), read and checked.
std::optional<LogoImage> read_logo(MappingReader& reader, const IdentityText& logo) {
  const YamlNode& at = reader.value("logo", Need::optional);
  const fs::path path = fs::absolute(fs::path(reader.source().name())).parent_path() / logo.text;
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) {
    reader.problem(at, "logo '" + logo.text + "' is not there (looked for " +
                           path.lexically_normal().string() +
                           "); give the path of a PNG or JPEG file, relative to this file");
    return std::nullopt;
  }
  const auto size = fs::file_size(path, ec);
  if (ec || size > logo_max_bytes) {
    reader.problem(at, "logo '" + logo.text + "' is " + std::to_string(size / (1024 * 1024)) +
                           " MB, more than the 10 MB a logo may be; save it smaller (a few hundred pixels "
                           "across is plenty for print)");
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in.good() && !in.eof()) {
    reader.problem(at, "logo '" + logo.text + "' cannot be read");
    return std::nullopt;
  }
  const auto header = read_image_header(bytes);
  if (!header) {
    reader.problem(at, "logo '" + logo.text + "' is not a PNG or JPEG image; save the logo as PNG or JPEG");
    return std::nullopt;
  }
  if (header->width > logo_max_pixels || header->height > logo_max_pixels) {
    reader.problem(at, "logo '" + logo.text + "' is " + std::to_string(header->width) + " by " +
                           std::to_string(header->height) +
                           " pixels, more than the 10,000 pixels a side a logo may be; save it smaller");
    return std::nullopt;
  }
  if (header->format == ImageFormat::png) {
    if (auto problem = png_decoding_problem(bytes)) {
      reader.problem(at, "logo '" + logo.text + "' is a damaged PNG (" + *problem +
                             "); open it in an image editor and save it again as PNG");
      return std::nullopt;
    }
  }
  return LogoImage{path, std::move(bytes), header->format, header->width, header->height, logo.location};
}

}  // namespace

std::optional<ImageHeader> read_image_header(std::string_view bytes) {
  if (auto png = png_header(bytes))
    return png;
  return jpeg_header(bytes);
}

const std::vector<std::string>& identity_keys() {
  static const std::vector<std::string> keys = {"organisation", "logo", "logo-alt", "colours", "footer"};
  return keys;
}

void read_identity_keys(MappingReader& reader, Identity& identity) {
  if (auto organisation = located_text(reader, "organisation"))
    identity.organisation = std::move(organisation);
  if (auto logo = located_text(reader, "logo")) {
    identity.logo = read_logo(reader, *logo);
    if (!identity.logo)
      identity.logo_alt.reset();
  }
  if (auto alt = located_text(reader, "logo-alt"))
    identity.logo_alt = std::move(alt);
  if (auto footer = located_text(reader, "footer"))
    identity.footer = std::move(footer);
  reader.read_mapping("colours", "colours section", {"primary", "accent"}, [&](MappingReader& colours) {
    for (const auto& [key, slot] :
         {std::pair{"primary", &identity.primary}, std::pair{"accent", &identity.accent}}) {
      auto colour = located_text(colours, key);
      if (!colour)
        continue;
      if (!is_hex_colour(colour->text)) {
        colours.problem(colours.value(key, Need::optional),
                        std::string("colour ") + key + " '" + colour->text +
                            "' is not a colour; write it as designers do, '#' and six hex digits, such as "
                            "'#005EB8'");
        continue;
      }
      *slot = std::move(colour);
    }
  });
}

std::optional<fs::path> find_identity_file(const fs::path& service_file) {
  std::error_code ec;
  fs::path folder = fs::absolute(service_file, ec).parent_path();
  if (ec)
    return std::nullopt;
  while (true) {
    const auto candidate = folder / identity_file_name;
    // Anything of that name, a folder or a pipe too: read_identity_file says what is wrong with it, rather
    // than the documents silently going without the organisation's identity.
    if (fs::exists(fs::symlink_status(candidate, ec)))
      return candidate;
    if (!folder.has_parent_path() || folder.parent_path() == folder)
      return std::nullopt;
    folder = folder.parent_path();
  }
}

namespace {

// What a path that is not a file is, as a message names it. A list rather than a switch: std::filesystem's
// enum is the library's, with more values than a message names (unknown, none), so no switch over it could
// be checked for completeness; the ones not listed are "not a file".
constexpr std::pair<fs::file_type, std::string_view> not_file_kinds[] = {
    {fs::file_type::directory, "a folder"}, {fs::file_type::fifo, "a named pipe"},
    {fs::file_type::socket, "a socket"},    {fs::file_type::block, "a device"},
    {fs::file_type::character, "a device"}, {fs::file_type::not_found, "a link to nothing"},
};

// Nothing for a regular file (or a link to one).
std::optional<std::string> not_a_file(const fs::path& path) {
  std::error_code ec;
  const fs::file_type type = fs::status(path, ec).type();
  if (type == fs::file_type::regular)
    return std::nullopt;
  const auto* kind = std::find_if(std::begin(not_file_kinds), std::end(not_file_kinds),
                                  [&](const auto& row) { return row.first == type; });
  return std::string(kind == std::end(not_file_kinds) ? "not a file" : kind->second);
}

}  // namespace

void read_identity_file(const fs::path& path, Identity& identity, DiagnosticList& problems) {
  // Checked before it is opened: opening a named pipe waits for a writer that may never come.
  if (const auto what = not_a_file(path))
    throw Error("the identity file is " + *what + ", not a file; make " + identity_file_name +
                    " a YAML file (pledge-formats(5)) or remove it",
                Location{display_path(path), 0, 0});
  const auto source =
      std::make_shared<const SourceText>(display_path(path), SourceText::read(path).content());
  const YamlNode root = parse_yaml(*source);
  identity.files.push_back(path);
  if (!root.is_defined() || root.is_null())
    return;
  MappingReader reader(root, *source, problems, "identity file", identity_keys());
  if (reader.is_mapping())
    read_identity_keys(reader, identity);
}

}  // namespace pledge
