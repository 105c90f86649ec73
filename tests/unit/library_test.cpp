#include <doctest/doctest.h>

#include "model/library.hpp"
#include "test_input.hpp"

using namespace pledge;
using pledge::test::error_of;
using pledge::test::yaml;

namespace {

const char* valid_library = R"(library: demo
title: Demo statements
source: A test
version: "2024-01-01"
groups:
  - id: partnership
    title: We work in partnership
  - id: caring
    title: We are caring
statements:
  - id: second-opinion
    group: partnership
    text: Our patients are made aware that they can ask for a second opinion.
    refs: ["NICE QS15"]
    evidence: [Leaflet explains how to ask]
  - id: dignity
    group: caring
    text: Our patients are treated with dignity.
)";

std::string load_error(const std::string& text) {
  return error_of([&] { load_library(yaml("demo.yaml", text), "demo"); });
}

}  // namespace

TEST_CASE("a library file gives its groups and statements in file order") {
  const Library library = load_library(yaml("demo.yaml", valid_library), "demo");
  CHECK(library.id == "demo");
  CHECK(library.title == "Demo statements");
  CHECK(library.version == "2024-01-01");
  REQUIRE(library.groups.size() == 2);
  CHECK(library.groups[1].title == "We are caring");
  REQUIRE(library.statements.size() == 2);
  CHECK(library.statements[0].id == "second-opinion");
  CHECK(library.statements[0].refs == std::vector<std::string>{"NICE QS15"});
  CHECK(library.statements[0].evidence == std::vector<std::string>{"Leaflet explains how to ask"});
  CHECK(library.statements[1].group == "caring");
}

TEST_CASE("a statement remembers the line and column where its text starts") {
  const Library library = load_library(yaml("demo.yaml", valid_library), "demo");
  CHECK(library.statements[0].text_location == Location{"demo.yaml", 13, 11});
}

TEST_CASE("a library id that differs from its file name is an error") {
  CHECK(error_of([] { load_library(yaml("other.yaml", valid_library), "other"); }) ==
        "other.yaml:1:10: library id 'demo' does not match its file name 'other.yaml'; rename the file or "
        "change the id so that they are the same");
}

TEST_CASE("an unknown key in a statement suggests the nearest known key") {
  CHECK(load_error(R"(library: demo
title: T
source: S
groups: [{id: g, title: G}]
statements:
  - id: a
    group: g
    txt: Hello.
)") == "demo.yaml:6:5: missing 'text' in statement; add 'text: ...'\n"
       "demo.yaml:8:5: unknown key 'txt' in statement; did you mean 'text'?");
}

TEST_CASE("an unknown key far from any known key lists the keys allowed") {
  CHECK(
      load_error(
          "library: demo\ntitle: T\nsource: S\ngroups: [{id: g, title: G}]\nstatements: [{id: a, group: g, "
          "text: Hi.}]\ncolour: blue\n") ==
      "demo.yaml:6:1: unknown key 'colour' in library file; a library file may have: library, title, source, "
      "version, address, read, licence, language, groups, statements, glossary");
}

TEST_CASE("two statements with one id are an error at the second") {
  CHECK(load_error(R"(library: demo
title: T
source: S
groups: [{id: g, title: G}]
statements:
  - {id: a, group: g, text: One.}
  - {id: a, group: g, text: Two.}
)") == "demo.yaml:7:10: duplicate statement id 'a'; each statement of a library needs its own id");
}

TEST_CASE("a statement in a group the library does not declare is an error") {
  CHECK(load_error(R"(library: demo
title: T
source: S
groups: [{id: caring, title: G}]
statements:
  - {id: a, group: carring, text: One.}
)") == "demo.yaml:6:20: statement is in group 'carring', which is not declared under 'groups:'; did you mean "
       "'caring'?");
}

TEST_CASE("a list where a text belongs is an error naming both") {
  CHECK(load_error(R"(library: demo
title: [T]
source: S
groups: [{id: g, title: G}]
statements: [{id: a, group: g, text: One.}]
)") == "demo.yaml:2:8: 'title' in library file must be a text, but it is a list");
}

TEST_CASE("statements given as a text instead of a list is an error") {
  CHECK(load_error("library: demo\ntitle: T\nsource: S\ngroups: [{id: g, title: G}]\nstatements: none\n") ==
        "demo.yaml:5:13: 'statements' in library file must be a list (items starting with '- ', or [a, b]), "
        "but it is a text");
}

TEST_CASE("an id with capital letters or spaces is an error") {
  CHECK(
      load_error("library: demo\ntitle: T\nsource: S\ngroups: [{id: g, title: G}]\nstatements: [{id: Second "
                 "Opinion, group: g, text: One.}]\n") ==
      "demo.yaml:5:19: 'Second Opinion' is not a valid id: use lower-case letters, digits and hyphens only "
      "(such as 'second-opinion')");
}

TEST_CASE("a key given twice is an error at the second") {
  CHECK(load_error(
            "library: demo\ntitle: T\ntitle: U\nsource: S\ngroups: [{id: g, title: G}]\nstatements: [{id: a, "
            "group: g, text: One.}]\n") ==
        "demo.yaml:3:1: duplicate key 'title' in library file; keep one of them");
}

TEST_CASE("every problem in a library is reported in one error, in file order") {
  CHECK(load_error(R"(library: demo
source: S
groups: [{id: g, title: G}]
statements:
  - {id: a, group: h, text: One.}
  - {id: b, group: g}
)") == "demo.yaml:1:1: missing 'title' in library file; add 'title: ...'\n"
       "demo.yaml:5:20: statement is in group 'h', which is not declared under 'groups:'; did you mean 'g'?\n"
       "demo.yaml:6:5: missing 'text' in statement; add 'text: ...'");
}

TEST_CASE("a YAML syntax error names the line and column") {
  CHECK(load_error("library: demo\ntitle: [a, b\nsource: S\n") ==
        "demo.yaml:3:7: YAML syntax error: end of sequence flow not found; check the indentation and quoting "
        "on this line or the "
        "one before");
}

TEST_CASE("an empty library file is an error saying what it needs") {
  CHECK(load_error("") ==
        "demo.yaml:1:1: library file is empty; it needs 'library:', 'title:', 'source:', 'groups:' "
        "and 'statements:'");
}

TEST_CASE("a library file that is a list, not a mapping, is an error") {
  CHECK(load_error("- a\n- b\n") ==
        "demo.yaml:1:1: this library file must be written as 'key: value' lines, but it is a list");
}

TEST_CASE("a library glossary gives each term with its meaning") {
  const Library library =
      load_library(yaml("demo.yaml", std::string(valid_library) + "glossary:\n  NICE: National "
                                                                  "Institute for Health and Care "
                                                                  "Excellence\n"),
                   "demo");
  REQUIRE(library.glossary.size() == 1);
  CHECK(library.glossary[0].term == "NICE");
  CHECK(library.glossary[0].meaning == "National Institute for Health and Care Excellence");
}

TEST_CASE("a glossary written as a list is an error showing the form") {
  CHECK(load_error(std::string(valid_library) + "glossary: [NICE]\n") ==
        "demo.yaml:19:11: 'glossary' must be a mapping of terms to their meanings (such as 'GP: family "
        "doctor'), but it "
        "is a list");
}

TEST_CASE("a library records the pages its statements were read from, the day, and the licence") {
  const Library library = load_library(
      yaml("demo.yaml", std::string(valid_library) +
                            "address:\n  - https://www.nice.org.uk/guidance/qs15\n"
                            "  - https://www.nice.org.uk/guidance/qs15/chapter/Quality-statements\n"
                            "read: 2026-12-01\nlicence: Reused under the publisher's terms.\n"),
      "demo");
  CHECK(library.addresses == std::vector<std::string>{"https://www.nice.org.uk/guidance/qs15",
                                                      "https://www.nice.org.uk/guidance/qs15/chapter/"
                                                      "Quality-statements"});
  CHECK(library.read == CalendarDate{2026, 12, 1});
  CHECK(library.licence == "Reused under the publisher's terms.");
}

TEST_CASE("a library address may be a single web address") {
  const Library library = load_library(
      yaml("demo.yaml", std::string(valid_library) + "address: https://www.cqc.org.uk/\n"), "demo");
  CHECK(library.addresses == std::vector<std::string>{"https://www.cqc.org.uk/"});
}

TEST_CASE("a library without address, read or licence has none") {
  const Library library = load_library(yaml("demo.yaml", valid_library), "demo");
  CHECK(library.addresses.empty());
  CHECK_FALSE(library.read.has_value());
  CHECK(library.licence.empty());
}

TEST_CASE("a read date that is not a real day written YYYY-MM-DD is an error at the date") {
  CHECK(load_error(std::string(valid_library) + "read: 2026-02-30\n") ==
        "demo.yaml:19:7: read '2026-02-30' is not a date; write the day the statements were read from "
        "their source as YYYY-MM-DD, e.g. 2026-03-03");
}

TEST_CASE("an address that is not a web address is an error at that address") {
  CHECK(load_error(std::string(valid_library) + "address:\n  - https://www.cqc.org.uk/\n  - cqc.org.uk\n") ==
        "demo.yaml:21:5: address 'cqc.org.uk' is not a web address; give the page the statements were read "
        "from, starting https://");
}

TEST_CASE("an address written as a mapping is an error showing what it is") {
  CHECK(
      load_error(std::string(valid_library) + "address:\n  - {url: https://www.cqc.org.uk/}\n") ==
      "demo.yaml:20:5: each address must be a web address written as text, but this is a mapping of keys to "
      "values");
}
