#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "base/output_file.hpp"
#include "test_input.hpp"

using namespace pledge;

namespace {

std::string contents(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::size_t files_in(const std::filesystem::path& folder) {
  std::size_t n = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(folder))
    ++n;
  return n;
}

}  // namespace

TEST_CASE("an atomic write leaves exactly the new file and no temporary") {
  test::TempFolder folder;
  write_file_atomically(folder.path() / "a.yaml", "hello\n");
  CHECK(contents(folder.path() / "a.yaml") == "hello\n");
  CHECK(files_in(folder.path()) == 1);
}

TEST_CASE("an atomic write replaces an existing file when overwriting is allowed") {
  test::TempFolder folder;
  const auto path = folder.write("a.pdf", "old");
  write_file_atomically(path, "new");
  CHECK(contents(path) == "new");
}

TEST_CASE("an existing file is left untouched when overwriting is refused") {
  test::TempFolder folder;
  const auto path = folder.write("team.pledge.yaml", "mine");
  CHECK(test::error_of([&] { write_file_atomically(path, "starter", Overwrite::refused); }) ==
        path.string() +
            ": already exists; pledge will not overwrite it. Choose another name or remove it first");
  CHECK(contents(path) == "mine");
  CHECK(files_in(folder.path()) == 1);
}

TEST_CASE("writing into a missing folder is an error naming the file") {
  test::TempFolder folder;
  const auto path = folder.path() / "missing" / "a.pdf";
  CHECK(test::error_of([&] { write_file_atomically(path, "x"); }) ==
        path.string() + ": cannot create a temporary file in " + (folder.path() / "missing").string() +
            ": No such file or directory");
}
