// libFuzzer target: any bytes as a statement library, linted with the shipped word lists, the spelling index
// and hunspell, must give findings or a pledge::Error, never a crash, hang or sanitizer report. Service files
// reach the same checks through resolution, which fuzz_service_resolution covers.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "lint/linter.hpp"
#include "model/library.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static pledge::lint::Linter linter(pledge::lint::load_lint_data(PLEDGE_SOURCE_DIR "/statements/lint"),
                                     PLEDGE_BUILD_SPELLING_INDEX);
  auto source = std::make_shared<const pledge::SourceText>(
      "fuzz.yaml", std::string(reinterpret_cast<const char*>(data), size));
  try {
    const pledge::Library library = pledge::load_library(source, "fuzz");
    linter.check(pledge::lint::subject_of(library), linter.data().defaults);
  } catch (const pledge::Error&) {
  }
  return 0;
}
