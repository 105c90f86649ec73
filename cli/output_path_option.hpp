#pragma once

#include <string>

#include <CLI/CLI.hpp>

namespace pledge::cli {

// For -o and --manifest: an empty value names no file, and would otherwise mean standard output (checklist,
// coverage) or the current folder (build); refused as a usage error instead.
inline CLI::Validator non_empty_path() {
  return CLI::Validator(
      [](std::string& value) {
        return value.empty()
                   ? std::string("an empty path names no file or folder; give one, or leave the option out")
                   : std::string();
      },
      "", "non-empty path");
}

}  // namespace pledge::cli
