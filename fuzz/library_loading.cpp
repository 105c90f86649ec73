// libFuzzer target: any bytes as a statement library file must give a Library or a pledge::Error, never a
// crash, hang or sanitizer report.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "model/library.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto source = std::make_shared<const pledge::SourceText>(
      "fuzz.yaml", std::string(reinterpret_cast<const char*>(data), size));
  try {
    pledge::load_library(source, "fuzz");
  } catch (const pledge::Error&) {
  }
  return 0;
}
