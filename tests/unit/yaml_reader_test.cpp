#include <doctest/doctest.h>

#include "model/yaml_reader.hpp"
#include "test_input.hpp"

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

TEST_CASE(
    "overlong three- and four-byte forms, code points past U+10FFFF and cut-off sequences are invalid") {
  CHECK(parse_error("a: \xE0\x80\xAF\n") ==
        "in.yaml:1:4: the file is not valid UTF-8 (byte 0xE0); save it with UTF-8 encoding");
  CHECK(parse_error("a: \xF0\x8F\xBF\xBF\n") ==
        "in.yaml:1:4: the file is not valid UTF-8 (byte 0xF0); save it with UTF-8 encoding");
  CHECK(parse_error("a: \xF4\x90\x80\x80\n") ==
        "in.yaml:1:4: the file is not valid UTF-8 (byte 0xF4); save it with UTF-8 encoding");
  CHECK(parse_error("a: \xF5\x80\x80\x80\n") ==
        "in.yaml:1:4: the file is not valid UTF-8 (byte 0xF5); save it with UTF-8 encoding");
  CHECK(parse_error("a: b\xE2\x80") ==
        "in.yaml:1:5: the file is not valid UTF-8 (byte 0xE2); save it with UTF-8 encoding");
}

TEST_CASE("a NUL byte is an error asking whether the file is text") {
  CHECK(parse_error(std::string("a: b\0c\n", 7)) ==
        "in.yaml:1:5: the file contains a NUL byte; is it a text file? Save it as UTF-8 text");
}

TEST_CASE("valid multi-byte UTF-8 such as Welsh letters and curly quotes is accepted") {
  CHECK(parse_yaml(*test::yaml("in.yaml", "a: ‘Siân’ ŵ ŷ – 😀\n")).find("a")->scalar() == "‘Siân’ ŵ ŷ – 😀");
}

TEST_CASE("Windows line endings and a byte-order mark are accepted") {
  const YamlNode node = parse_yaml(*test::yaml("in.yaml", "\xEF\xBB\xBFservice: A\r\nlibraries: [x]\r\n"));
  CHECK(node.find("service")->scalar() == "A");
  CHECK(node.find("libraries")->items().at(0).scalar() == "x");
}

TEST_CASE("an alias is refused at its place, before yaml-cpp can expand an alias bomb") {
  CHECK(parse_error("a: &x [1, 2]\nb: [*x, *x]\n") ==
        "in.yaml:2:5: aliases (*name) are not supported in pledge files; write the value out in full");
}

TEST_CASE("an asterisk inside text is not an alias") {
  CHECK(parse_yaml(*test::yaml("in.yaml", "text: We *never* share it.\n")).find("text")->scalar() ==
        "We *never* share it.");
}

TEST_CASE("text yaml-cpp reads as nothing is a syntax error at its place, not an empty file") {
  CHECK(parse_error(",\n*") ==
        "in.yaml:1:1: YAML syntax error: ',' cannot start a value here, so nothing from here on can be read; "
        "check the indentation and quoting on this line or the one before");
}

TEST_CASE("text yaml-cpp cannot take into the document after a value is a syntax error at its place") {
  CHECK(parse_error("\"quoted\"\n, *x\n") ==
        "in.yaml:2:1: YAML syntax error: ',' cannot start a value here, so nothing from here on can be read; "
        "check the indentation and quoting on this line or the one before");
}

TEST_CASE("a file of comments only is empty, not an error") {
  CHECK(parse_yaml(*test::yaml("in.yaml", "# nothing yet\n")).is_null());
}

TEST_CASE("a second document is an error at its '---', even when the first ended with '...'") {
  const std::string message =
      "a second YAML document starts here; a pledge file holds one: remove this '---' and what follows, or "
      "move it into a file of its own";
  CHECK(parse_error("service: A\n---\nservice: [unclosed\n") == "in.yaml:2:1: " + message);
  CHECK(parse_error("service: A\n...\n---\nservice: B\n") == "in.yaml:3:1: " + message);
}

TEST_CASE("a first '---' starts the one document") {
  CHECK(parse_yaml(*test::yaml("in.yaml", "---\nservice: A\n...\n")).find("service")->scalar() == "A");
}

TEST_CASE("YAML nested thousands of levels deep is an error, not a stack overflow") {
  const std::string deep = "a: " + std::string(10000, '[') + std::string(10000, ']') + "\n";
  CHECK(parse_error(deep).find("in.yaml:1:") == 0);
  CHECK(parse_error(deep).find("the YAML is nested too deeply (more than") != std::string::npos);
}

TEST_CASE("a text value longer than the limit is an error naming the key") {
  DiagnosticList problems;
  auto source = test::yaml("in.yaml", "text: " + std::string(MappingReader::max_text_bytes + 1, 'a') + "\n");
  const YamlNode root = parse_yaml(*source);
  MappingReader reader(root, *source, problems, "statement", {"text"});
  CHECK_FALSE(reader.text("text", MappingReader::Need::required).has_value());
  CHECK(test::error_of([&] { problems.throw_if_any(); }) ==
        "in.yaml:1:7: 'text' in statement is 3 KiB long; a value may be at most 4000 bytes (a statement has "
        "to fit "
        "on a poster)");
}

TEST_CASE("a parsed node keeps its place in characters, its kind and its scalars as written") {
  const auto source = test::yaml("in.yaml", "name: Siân\nwho: [Ŵyn, Tom]\nversion: 2.10\nempty:\n");
  const YamlNode root = parse_yaml(*source);
  REQUIRE(root.is_mapping());
  CHECK(root.entries().size() == 4);
  const YamlNode& who = *root.find("who");
  CHECK(who.is_sequence());
  CHECK(who.items().at(1).location(*source) == Location{"in.yaml", 2, 12});
  CHECK(root.find("version")->scalar() == "2.10");
  CHECK(root.find("version")->as_number() == 2.1);
  CHECK(root.find("empty")->is_null());
  CHECK(root.find("missing") == nullptr);
}

TEST_CASE("scalars convert to numbers, whole numbers and booleans as YAML reads them") {
  const YamlNode root = parse_yaml(*test::yaml("in.yaml", "a: 12\nb: 1.5\nc: yes\nd: off\ne: twelve\n"));
  CHECK(root.find("a")->as_whole_number() == 12);
  CHECK(root.find("b")->as_whole_number() == std::nullopt);
  CHECK(root.find("b")->as_number() == 1.5);
  CHECK(root.find("c")->as_boolean() == true);
  CHECK(root.find("d")->as_boolean() == false);
  CHECK(root.find("d")->scalar() == "off");
  CHECK(root.find("e")->as_number() == std::nullopt);
}

namespace {

std::string text_of(const std::string& yaml) {
  auto source = test::yaml("in.yaml", yaml);
  const YamlNode root = parse_yaml(*source);
  DiagnosticList problems;
  MappingReader reader(root, *source, problems, "statement", {"text"});
  return reader.text("text", MappingReader::Need::required).value_or("(none)");
}

}  // namespace

TEST_CASE("a folded or literal block scalar's final line breaks are not part of the text") {
  CHECK(text_of("text: >\n  We listen to you.\n\n") == "We listen to you.");
  CHECK(text_of("text: |\n  We listen to you.\n") == "We listen to you.");
  CHECK(text_of("text: |+\n  We listen to you.\n\n\n") == "We listen to you.");
  CHECK(text_of("text: >-\n  We listen to you.\n") == "We listen to you.");
}

TEST_CASE(
    "a folded block scalar joins its lines with spaces, and a literal one keeps its inner line breaks") {
  CHECK(text_of("text: >\n  We listen\n  to you.\n\n  Always.\n") == "We listen to you.\nAlways.");
  CHECK(text_of("text: |\n  We listen\n  to you.\n") == "We listen\nto you.");
}

TEST_CASE("a block scalar of nothing but line breaks is an empty text") {
  auto source = test::yaml("in.yaml", "text: |+\n\n\nnext: 1\n");
  const YamlNode root = parse_yaml(*source);
  DiagnosticList problems;
  MappingReader reader(root, *source, problems, "statement", {"text", "next"});
  CHECK_FALSE(reader.text("text", MappingReader::Need::required).has_value());
  CHECK(problems.size() == 1);
}

TEST_CASE("a file of more values than parse_yaml takes is refused where the limit is crossed") {
  std::string text = "staff:\n";
  for (std::size_t i = 0; i < max_yaml_nodes; ++i)
    text += "  - a\n";
  CHECK(parse_error(text).find("in.yaml:250001:5: the file holds more than 250000 values") == 0);
}

TEST_CASE("a list longer than a list may be is an error naming its key, not read item by item") {
  DiagnosticList problems;
  std::string text = "staff: [";
  for (std::size_t i = 0; i <= MappingReader::max_list_items; ++i)
    text += "a, ";
  text += "]\n";
  auto source = test::yaml("in.yaml", text);
  const YamlNode root = parse_yaml(*source);
  MappingReader reader(root, *source, problems, "service file", {"staff"});
  CHECK(reader.texts("staff", MappingReader::Need::optional).empty());
  CHECK(test::error_of([&] { problems.throw_if_any(); }) ==
        "in.yaml:1:8: 'staff' in service file holds 10001 items; a list may hold at most 10000 (far more "
        "than a "
        "pledge needs): split the file, or is it the right file?");
}
