// libFuzzer target: any bytes as a service file, resolved against the test libraries, must give a resolved
// pledge or a pledge::Error, and every report format must accept the result.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "model/resolved_pledge.hpp"
#include "report/pledge_report.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static pledge::LibraryCatalog catalog(
      {PLEDGE_SOURCE_DIR "/tests/data/libraries", PLEDGE_SOURCE_DIR "/statements"});
  auto source = std::make_shared<const pledge::SourceText>(
      "fuzz.pledge.yaml", std::string(reinterpret_cast<const char*>(data), size));
  try {
    const pledge::ResolvedPledge pledge = pledge::resolve(source, catalog);
    for (const auto& format : pledge::report::resolve_formats.rows())
      format.write(pledge);
  } catch (const pledge::Error&) {
  }
  return 0;
}
