#include <doctest/doctest.h>

#include "test_input.hpp"
#include "model/yaml_reader.hpp"

using namespace pledge;

namespace {

std::string parse_error(const std::string& text) {
  return test::error_of([&] { parse_yaml(*test::yaml("in.yaml", text)); });
}

}  // namespace

TEST_CASE("invalid UTF-8 is an error at the first bad byte") {
  CHECK(parse_error("service: ok\ntext: caf\xE9 au lait\n") ==
        "in.yaml:2:10: the file is not valid UTF-8 (byte 0xE9); save it with UTF-8 encoding");
}

TEST_CASE("overlong and surrogate UTF-8 encodings are invalid too") {
  CHECK(parse_error("a: \xC0\xAF\n") ==
        "in.yaml:1:4: the file is not valid UTF-8 (byte 0xC0); save it with UTF-8 encoding");
  CHECK(parse_error("a: \xED\xA0\x80\n") ==
        "in.yaml:1:4: the file is not valid UTF-8 (byte 0xED); save it with UTF-8 encoding");
}

TEST_CASE("a NUL byte is an error asking whether the file is text") {
  CHECK(parse_error(std::string("a: b\0c\n", 7)) ==
        "in.yaml:1:5: the file contains a NUL byte; is it a text file? Save it as UTF-8 text");
}

TEST_CASE("valid multi-byte UTF-8 such as Welsh letters and curly quotes is accepted") {
  CHECK(parse_yaml(*test::yaml("in.yaml", "a: ‘Siân’ ŵ ŷ – 😀\n"))["a"].Scalar() == "‘Siân’ ŵ ŷ – 😀");
}

TEST_CASE("Windows line endings and a byte-order mark are accepted") {
  const YAML::Node node = parse_yaml(*test::yaml("in.yaml", "\xEF\xBB\xBFservice: A\r\nlibraries: [x]\r\n"));
  CHECK(node["service"].Scalar() == "A");
  CHECK(node["libraries"][0].Scalar() == "x");
}

TEST_CASE("an alias is refused at its place, before yaml-cpp can expand an alias bomb") {
  CHECK(parse_error("a: &x [1, 2]\nb: [*x, *x]\n") ==
        "in.yaml:2:5: aliases (*name) are not supported in pledge files; write the value out in full");
}

TEST_CASE("an asterisk inside text is not an alias") {
  CHECK(parse_yaml(*test::yaml("in.yaml", "text: We *never* share it.\n"))["text"].Scalar() ==
        "We *never* share it.");
}

TEST_CASE("YAML nested thousands of levels deep is an error, not a stack overflow") {
  const std::string deep = "a: " + std::string(10000, '[') + std::string(10000, ']') + "\n";
  CHECK(parse_error(deep).find("in.yaml:1:") == 0);
  CHECK(parse_error(deep).find("the YAML is nested too deeply (more than") != std::string::npos);
}

TEST_CASE("a text value longer than the limit is an error naming the key") {
  DiagnosticList problems;
  auto source = test::yaml("in.yaml", "text: " + std::string(MappingReader::max_text_bytes + 1, 'a') + "\n");
  MappingReader reader(parse_yaml(*source), *source, problems, "statement", {"text"});
  CHECK_FALSE(reader.text("text", MappingReader::Need::required).has_value());
  CHECK(test::error_of([&] { problems.throw_if_any(); }) ==
        "in.yaml:1:7: 'text' in statement is 3 KiB long; a value may be at most 4000 bytes (a statement has "
        "to fit "
        "on a poster)");
}
