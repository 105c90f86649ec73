// The I/O floor for bench/batch.sh: writes the files of a finished build again with plain fopen/fwrite/fclose
// (same folders, names and bytes, read into memory first so that only the writing is timed) and prints
// "<files> <bytes> <seconds>".
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include <fmt/core.h>

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  if (argc != 3) {
    fmt::print(stderr, "usage: bench_batch BUILT_DIR COPY_DIR\n");
    return 2;
  }
  const fs::path from = argv[1];
  const fs::path to = argv[2];
  std::vector<std::pair<fs::path, std::string>> files;
  std::size_t bytes = 0;
  for (const auto& entry : fs::recursive_directory_iterator(from)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".pdf")
      continue;
    std::ifstream in(entry.path(), std::ios::binary);
    files.emplace_back(fs::relative(entry.path(), from), std::string(std::istreambuf_iterator<char>(in), {}));
    bytes += files.back().second.size();
  }
  const auto start = std::chrono::steady_clock::now();
  for (const auto& [name, content] : files) {
    const fs::path path = to / name;
    fs::create_directories(path.parent_path());
    std::FILE* out = std::fopen(path.c_str(), "wb");
    if (!out || std::fwrite(content.data(), 1, content.size(), out) != content.size() ||
        std::fclose(out) != 0) {
      fmt::print(stderr, "cannot write {}\n", path.string());
      return 1;
    }
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  fmt::print("{} {} {:.4f}\n", files.size(), bytes, seconds);
  return 0;
}
