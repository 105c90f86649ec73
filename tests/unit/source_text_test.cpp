#include <doctest/doctest.h>

#include "base/source_text.hpp"
#include "test_input.hpp"

using namespace pledge;

TEST_CASE("source lines are numbered from 1 without their line endings") {
  SourceText text("a.yaml", "one\r\ntwo\nthree");
  CHECK(text.line(1) == "one");
  CHECK(text.line(2) == "two");
  CHECK(text.line(3) == "three");
  CHECK(text.line(4).empty());
  CHECK(text.line(0).empty());
}

TEST_CASE("a UTF-8 byte-order mark is dropped from the text") {
  SourceText text("a.yaml", "\xEF\xBB\xBFservice: A\n");
  CHECK(text.content() == "service: A\n");
}

TEST_CASE("reading a missing file is an error naming it") {
  CHECK(test::error_of([] { SourceText::read("/nonexistent/x.yaml"); }) ==
        "/nonexistent/x.yaml: cannot open: No such file or directory; check the path and that the file is "
        "readable");
}

TEST_CASE("reading a folder is an error saying a file is wanted") {
  test::TempFolder folder;
  CHECK(test::error_of([&] { SourceText::read(folder.path()); }) ==
        folder.path().string() + ": is a folder, not a file; give the path of a .yaml file");
}

TEST_CASE("a file larger than the input limit is refused before it is parsed") {
  test::TempFolder folder;
  const auto big = folder.write("big.yaml", std::string(SourceText::max_bytes + 1, '#'));
  CHECK(test::error_of([&] { SourceText::read(big); }) ==
        big.string() + ": file is larger than 16 MiB, the largest input accepted; is this the right file?");
}
