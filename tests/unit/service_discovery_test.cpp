#include <doctest/doctest.h>

#include "model/service_discovery.hpp"
#include "test_input.hpp"

using namespace pledge;

TEST_CASE("a folder gives its *.pledge.yaml and pledge.yaml files at any depth, sorted") {
  test::TempFolder folder;
  folder.write("b.pledge.yaml", "");
  folder.write("a/pledge.yaml", "");
  folder.write("a/notes.yaml", "");
  folder.write("c/d/z.pledge.yaml", "");
  const auto files = find_service_files({folder.path().string()});
  REQUIRE(files.size() == 3);
  CHECK(files[0] == folder.path() / "a/pledge.yaml");
  CHECK(files[1] == folder.path() / "b.pledge.yaml");
  CHECK(files[2] == folder.path() / "c/d/z.pledge.yaml");
}

TEST_CASE("a file is taken as given, whatever its name") {
  test::TempFolder folder;
  const auto file = folder.write("team.yaml", "");
  CHECK(find_service_files({file.string()}) == std::vector<std::filesystem::path>{file});
}

TEST_CASE("a path that does not exist is an error") {
  CHECK(test::error_of([] { find_service_files({"/nonexistent/services"}); }) ==
        "/nonexistent/services: no such file or folder; give service files or folders holding *.pledge.yaml "
        "files");
}

TEST_CASE("a folder without service files is an error") {
  test::TempFolder folder;
  folder.write("notes.yaml", "");
  CHECK(test::error_of([&] { find_service_files({folder.path().string()}); }) ==
        folder.path().string() + ": no service files (*.pledge.yaml or pledge.yaml) in this folder");
}

TEST_CASE("a file named twice, however spelt, is listed once where first named") {
  test::TempFolder folder;
  const auto file = folder.write("a.pledge.yaml", "");
  const auto other = folder.write("b.pledge.yaml", "");
  const auto files = find_service_files(
      {file.string(), (folder.path() / "." / "a.pledge.yaml").string(), folder.path().string()});
  CHECK(files == std::vector<std::filesystem::path>{file, other});
}
