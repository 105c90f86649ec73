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

TEST_CASE("a list of problems keeps the first 200 and counts the rest") {
  const auto source = test::yaml("in.yaml", "a: 1\n");
  DiagnosticList problems;
  for (int i = 0; i < 1000; ++i)
    problems.add(*source, 1, 1, "problem " + std::to_string(i));
  CHECK(problems.size() == 1000);
  try {
    problems.throw_if_any();
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.diagnostics().size() == 200);
    CHECK(e.diagnostics().back().message == "problem 199");
    CHECK(left_out_text(e) == "and 800 more problems not shown; fix these and run again");
  }
}

TEST_CASE("problems appended from another error keep its count of those left out") {
  const auto source = test::yaml("in.yaml", "a: 1\n");
  DiagnosticList inner;
  for (int i = 0; i < 300; ++i)
    inner.add(*source, 1, 1, "inner");
  DiagnosticList outer;
  try {
    inner.throw_if_any();
  } catch (const Error& e) {
    outer.append(e);
  }
  CHECK(outer.size() == 300);
}

TEST_CASE("a problem on a very long line keeps only a window of the line around its column") {
  const std::string line = std::string(100000, 'a') + "X" + std::string(100000, 'b');
  const Diagnostic d = quoting_line(Location{"in.yaml", 1, 100001}, "here", line);
  CHECK(d.source_line_start == 99801);
  CHECK(d.source_line.size() == 400);
  CHECK(d.source_line[200] == 'X');
}
