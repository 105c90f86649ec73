// libFuzzer target: any service file that resolves against the test libraries must render to every document
// of the table, or fail with a pledge::Error (such as text too long for a poster), never crash.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "every_document.hpp"
#include "model/resolved_pledge.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static pledge::LibraryCatalog catalog({PLEDGE_SOURCE_DIR "/tests/data/libraries"});
  static const pledge::render::RenderOptions options;
  auto source = std::make_shared<const pledge::SourceText>(
      "fuzz.pledge.yaml", std::string(reinterpret_cast<const char*>(data), size));
  std::optional<pledge::ResolvedPledge> pledge;
  try {
    pledge = pledge::resolve(source, catalog);
  } catch (const pledge::Error&) {
    return 0;
  }
  render_every_document(*pledge, catalog, options);
  return 0;
}
