#include <doctest/doctest.h>

#include "report/catalog_formats.hpp"
#include "test_input.hpp"

using namespace pledge;

namespace {

Library demo_library() {
  return load_library(test::yaml("statements/demo.yaml", R"(library: demo
title: Demo values
source: NHS Constitution
version: "2023"
groups: [{id: caring, title: We are caring}]
statements:
  - id: dignity
    group: caring
    text: We treat you with dignity.
    refs: [NICE QS15, NHS Constitution]
    evidence: [Survey question on dignity, Complaints log]
)"),
                      "demo");
}

}  // namespace

TEST_CASE("list's formats are text and json, an unknown one answered with did-you-mean") {
  CHECK(report::list_formats.names() == std::vector<std::string>{"text", "json"});
  CHECK(test::error_of([] { report::list_formats.at("jsno"); }) ==
        "unknown format 'jsno'; did you mean 'json'? (text or json)");
}

TEST_CASE("the text list of libraries is a table with the ids and versions padded to the longest") {
  const Library library = demo_library();
  CHECK(report::list_formats.at("text").libraries({&library}) ==
        "LIBRARY  STATEMENTS  VERSION  TITLE\n"
        "demo              1  2023     Demo values\n");
}

TEST_CASE("the JSON list of a library's statements gives each ref with its group") {
  CHECK(report::list_formats.at("json").statements(demo_library()) == R"([
  {
    "ref": "demo/dignity",
    "group": "caring",
    "group_title": "We are caring",
    "text": "We treat you with dignity."
  }
]
)");
}

TEST_CASE("every list format writes both listings") {
  const Library library = demo_library();
  for (const auto& format : report::list_formats.rows()) {
    CAPTURE(format.name);
    CHECK(format.libraries({&library}).find("Demo values") != std::string::npos);
    CHECK(format.statements(library).find("demo/dignity") != std::string::npos);
  }
}

TEST_CASE("show's formats are text and json, an unknown one answered with the formats to choose from") {
  CHECK(report::show_formats.names() == std::vector<std::string>{"text", "json"});
  CHECK(test::error_of([] { report::show_formats.at("yaml"); }) ==
        "unknown format 'yaml'; choose text or json");
}

TEST_CASE("shown as text, a statement gives its group, library, source, refs, evidence and place") {
  const Library library = demo_library();
  CHECK(report::show_formats.at("text").write(library, library.statements[0]) ==
        "demo/dignity\n\n  We treat you with dignity.\n\n"
        "Group:     We are caring\n"
        "Library:   Demo values (demo)\n"
        "Source:    NHS Constitution, 2023\n"
        "Refs:      NICE QS15; NHS Constitution\n"
        "Evidence:  - Survey question on dignity\n"
        "           - Complaints log\n"
        "Defined:   statements/demo.yaml:7\n");
}

TEST_CASE("every show format writes the statement and where it is defined") {
  const Library library = demo_library();
  for (const auto& format : report::show_formats.rows()) {
    CAPTURE(format.name);
    const std::string out = format.write(library, library.statements[0]);
    CHECK(out.find("We treat you with dignity.") != std::string::npos);
    CHECK(out.find("statements/demo.yaml:7") != std::string::npos);
  }
}
