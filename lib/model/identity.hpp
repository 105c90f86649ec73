#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/source_text.hpp"
#include "model/yaml_reader.hpp"

namespace pledge {

// The file an organisation keeps its identity in, found in a service file's folder or any folder above it.
inline constexpr const char* identity_file_name = ".pledge-identity.yaml";

// A value of an identity, with where it is written (in the identity file or a service's `identity:`).
struct IdentityText {
  std::string text;
  Location location;
  std::string source_line;  // the text of location.line, for an error found later (a colour's contrast)
};

enum class ImageFormat { png, jpeg };

// A logo read and checked: its bytes as the file holds them, the format and size its header gives.
struct LogoImage {
  std::filesystem::path path;
  std::string bytes;
  ImageFormat format = ImageFormat::png;
  int width = 0;  // pixels
  int height = 0;
  Location location;  // the `logo:` value
};

// An organisation's identity as the documents print it. Every part is optional: without an identity file
// the documents look as they always have.
struct Identity {
  std::optional<IdentityText> organisation;
  std::optional<LogoImage> logo;
  std::optional<IdentityText> logo_alt;
  std::optional<IdentityText> primary;  // "#RRGGBB": the header band, under white text
  std::optional<IdentityText> accent;   // "#RRGGBB": panel headings and the signature band, under white text
  std::optional<IdentityText> footer;
  std::vector<std::filesystem::path> files;  // the identity file, if one applies: what a build stamp covers

  bool empty() const { return !organisation && !logo && !logo_alt && !primary && !accent && !footer; }
};

// The limits a logo is held to: a photograph of a letterhead is not a logo, and a huge image slows every
// document.
inline constexpr std::size_t logo_max_bytes = 10 * 1024 * 1024;
inline constexpr int logo_max_pixels = 10000;

// The keys of an identity file, which a service's `identity:` section takes too.
const std::vector<std::string>& identity_keys();

// Reads the keys of `reader` (an identity file's top level or a service's `identity:`) over `identity`:
// each key given replaces the one there. A logo's path is relative to the file it is written in; the logo is
// read and checked here, and a problem (missing, not a PNG or JPEG, too large) is recorded at its value.
void read_identity_keys(MappingReader& reader, Identity& identity);

// The nearest identity file at or above the folder of `service_file`, if there is one.
std::optional<std::filesystem::path> find_identity_file(const std::filesystem::path& service_file);

// Reads the identity file at `path` into `identity`, recording every problem in `problems`.
void read_identity_file(const std::filesystem::path& path, Identity& identity, DiagnosticList& problems);

// The pixel size of a PNG or JPEG from its header, or nothing if `bytes` is neither.
struct ImageHeader {
  ImageFormat format;
  int width;
  int height;
};
std::optional<ImageHeader> read_image_header(std::string_view bytes);

}  // namespace pledge
