#include <doctest/doctest.h>

#include "model/input_file.hpp"
#include "test_input.hpp"

using namespace pledge;

namespace {

const char* library_text = R"(library: demo
title: Demo
source: Tests
groups:
  - id: g
    title: G
statements:
  - id: s1
    group: g
    text: We listen to you.
)";

}  // namespace

TEST_CASE("a file starting library: is read as a statement library") {
  test::LibraryFolder folder;
  const LibraryOrPledge input =
      read_library_or_pledge(test::yaml("demo.yaml", library_text), "demo", folder.catalog());
  REQUIRE(std::holds_alternative<Library>(input));
  CHECK(std::get<Library>(input).statements.at(0).text == "We listen to you.");
}

TEST_CASE("a file starting service: is read as a service file and resolved") {
  test::LibraryFolder folder;
  folder.add("demo", library_text);
  const LibraryOrPledge input = read_library_or_pledge(
      test::yaml("team.pledge.yaml", "service: Team\nlibraries: [demo]\nlint: {passive: off}\n"),
      "team.pledge", folder.catalog());
  REQUIRE(std::holds_alternative<ResolvedPledge>(input));
  const auto& pledge = std::get<ResolvedPledge>(input);
  CHECK(pledge.statements.at(0).ref == "demo/s1");
  CHECK(pledge.service_file->lint.rules.at(0).rule == "passive");
}

TEST_CASE("a service file's problems are reported with those of its resolution") {
  test::LibraryFolder folder;
  folder.add("demo", library_text);
  CHECK(test::error_of([&] {
          read_library_or_pledge(
              test::yaml("team.pledge.yaml",
                         "service: Team\nlibraries: [demo]\nstaf: [A]\nexclude: [{ref: demo/s9, "
                         "reason: none}]\n"),
              "team.pledge", folder.catalog());
        }) ==
        "team.pledge.yaml:3:1: unknown key 'staf' in service file; did you mean 'staff'?\n"
        "team.pledge.yaml:4:17: unknown ref 'demo/s9': library 'demo' has no statement 's9'; did "
        "you mean 'demo/s1'?");
}

TEST_CASE("a file that is neither a library nor a service file is an error at its start") {
  test::LibraryFolder folder;
  CHECK(test::error_of([&] {
          read_library_or_pledge(test::yaml("shopping.yaml", "title: A shopping list\n"), "shopping",
                                 folder.catalog());
        }) ==
        "shopping.yaml:1:1: this is neither a statement library (starting 'library:') nor a service file "
        "(starting 'service:'); pledge lint checks those two kinds of file");
}
