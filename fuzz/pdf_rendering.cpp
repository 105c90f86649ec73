// libFuzzer target: any service file that resolves against the test libraries must render to a poster,
// leaflet and checklist, or fail with a pledge::Error (such as text too long for a poster), never crash.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "model/resolved_pledge.hpp"
#include "render/checklist.hpp"
#include "render/leaflet.hpp"
#include "render/poster.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static pledge::LibraryCatalog catalog({PLEDGE_SOURCE_DIR "/tests/data/libraries"});
  static const pledge::render::RenderOptions options;
  auto source = std::make_shared<const pledge::SourceText>(
      "fuzz.pledge.yaml", std::string(reinterpret_cast<const char*>(data), size));
  try {
    const pledge::ResolvedPledge pledge = pledge::resolve(source, catalog);
    pledge::render::render_poster(pledge, options);
    pledge::render::render_leaflet(pledge, options);
    pledge::render::render_checklist(pledge, options);
  } catch (const pledge::Error&) {
  }
  return 0;
}
