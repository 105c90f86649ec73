#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace pledge::build {

// One file of a service's output: written by this run, or found current and left alone.
struct OutputRecord {
  std::filesystem::path path;
  std::size_t size = 0;
  std::string sha256;  // lowercase hex
  bool current = false;
};

// The manifest (`pledge build --manifest`): every output with its size and SHA-256, and "current": true for
// outputs left alone, as JSON.
std::string manifest_json(const std::vector<OutputRecord>& outputs);

}  // namespace pledge::build
