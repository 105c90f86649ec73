// libFuzzer target: any bytes as an organisation's .pledge-identity.yaml (and its logo) must give a pledge
// whose documents render with that identity, or a pledge::Error, never a crash, hang or sanitizer report.
// The identity file is found and read from disk beside the service file, as a build finds it, so the bytes
// are written into a folder of this process's own: the input up to its first NUL byte is the identity file,
// the rest (if there is a NUL) the logo.png it may name; without a NUL the logo is the tests' real PNG, so
// that an identity file alone still reaches the drawing of a logo. The other fuzz targets never read an
// identity file: they give a service file from memory, with no folder of its own.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "every_document.hpp"
#include "model/resolved_pledge.hpp"

namespace {

void write_bytes(const std::filesystem::path& path, std::string_view bytes) {
  std::ofstream(path, std::ios::binary | std::ios::trunc).write(bytes.data(), std::streamsize(bytes.size()));
}

std::string read_bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A service under the identity folder, as tests/data/render/identity/wards/ward-9 is.
constexpr std::string_view service_text = R"(service: Ward 9
libraries: [tiny]
staff: [Aisha Patel, Ben Evans]
asks:
  - Tell us if you are in pain.
identity:
  footer: Ward 9, Northshire General Hospital
)";

struct Folder {
  std::filesystem::path root;
  std::filesystem::path service;
  std::string real_logo;
  Folder() {
    std::string name = (std::filesystem::temp_directory_path() / "pledge-fuzz-identity-XXXXXX").string();
    if (mkdtemp(name.data()) == nullptr)
      std::abort();
    root = name;
    std::filesystem::create_directory(root / "wards");
    service = root / "wards" / "ward-9.pledge.yaml";
    write_bytes(service, service_text);
    real_logo = read_bytes(PLEDGE_SOURCE_DIR "/tests/data/render/identity/northshire-logo.png");
  }
  ~Folder() {
    std::error_code ignored;
    std::filesystem::remove_all(root, ignored);
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Folder folder;
  static pledge::LibraryCatalog catalog({PLEDGE_SOURCE_DIR "/tests/data/render/statements"});
  static const pledge::render::RenderOptions options;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::size_t nul = input.find('\0');
  write_bytes(folder.root / ".pledge-identity.yaml", input.substr(0, nul));
  write_bytes(folder.root / "logo.png",
              nul == std::string_view::npos ? std::string_view(folder.real_logo) : input.substr(nul + 1));
  std::optional<pledge::ResolvedPledge> pledge;
  try {
    pledge = pledge::resolve(
        std::make_shared<const pledge::SourceText>(folder.service.string(), std::string(service_text)),
        catalog);
  } catch (const pledge::Error&) {
    return 0;
  }
  render_every_document(*pledge, catalog, options);
  return 0;
}
