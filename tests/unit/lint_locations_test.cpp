#include <doctest/doctest.h>

#include "lint/scalar_columns.hpp"
#include "lint/tokens.hpp"
#include "lint_fixture.hpp"

using namespace pledge;
using Strings = std::vector<std::string>;

TEST_CASE("a word in a plain scalar is reported at its own column") {
  const auto source = test::yaml("a.yaml", "text: We utilise it.\n");
  CHECK(lint::locate_in_scalar(source.get(), {"a.yaml", 1, 7}, "We utilise it.", 3) ==
        Location{"a.yaml", 1, 10});
}

TEST_CASE("columns count characters, not bytes, after accented letters") {
  CHECK(test::findings("jargon", {"Siân and Zoë utilise it."}) ==
        Strings{"10:24: warning: 'utilise' is jargon [jargon] / use 'use' instead (GOV.UK style guide)"});
}

TEST_CASE("a word in a single-line quoted scalar is reported one column further for the quote") {
  CHECK(test::findings("jargon", {"\"We utilise it.\""}) ==
        Strings{"10:15: warning: 'utilise' is jargon [jargon] / use 'use' instead (GOV.UK style guide)"});
  CHECK(test::findings("jargon", {"'It''s what we utilise.'"}) ==
        Strings{"10:26: warning: 'utilise' is jargon [jargon] / use 'use' instead (GOV.UK style guide)"});
}

TEST_CASE("a word in a plain scalar inside a flow mapping is reported at its own column") {
  const Library library =
      load_library(test::yaml("lib.yaml",
                              "library: lib\ntitle: T\nsource: S\ngroups: [{id: g, title: G}]\nstatements:\n"
                              "  - id: s1\n    group: g\n    text: We listen to you.\n"
                              "    translations: {cy: Byddwn yn gwrandoo arnoch chi.}\n"
                              "  - {id: s2, group: g, text: We listne to you., translations: {cy: Byddwn yn "
                              "gwrando arnoch chi.}}\n"),
                   "lib");
  const auto report = test::shared_linter().check(lint::subject_of(library), test::only("spelling"));
  CHECK(
      test::describe(report) ==
      Strings{
          "9:34: warning: unknown word 'gwrandoo' [spelling] / did you mean 'gwrando'? If the word is right, "
          "add it under 'words:'",
          "10:33: warning: unknown word 'listne' [spelling] / did you mean 'listen'? If the word is right, "
          "add "
          "it under 'words:'"});
}

TEST_CASE("a word in a multi-line scalar is reported at the scalar's start") {
  CHECK(test::findings("jargon", {"We listen\n      and utilise what you say."}) ==
        Strings{"10:11: warning: 'utilise' is jargon [jargon] / use 'use' instead (GOV.UK style guide)"});
  CHECK(test::findings("jargon", {">\n      We utilise what you say."}) ==
        Strings{"10:11: warning: 'utilise' is jargon [jargon] / use 'use' instead (GOV.UK style guide)"});
}

TEST_CASE("a disable comment works on a block scalar's first line") {
  CHECK(
      test::findings("jargon", {">  # pledge-lint: disable=jargon\n      We utilise what you say."}).empty());
}

TEST_CASE("suppression comments are read only from comments") {
  CHECK(lint::suppresses("text: x  # pledge-lint: disable=jargon,passive", "passive"));
  CHECK(lint::suppresses("text: x  # pledge-lint: disable=all", "spelling"));
  CHECK_FALSE(lint::suppresses("text: x  # pledge-lint: disable=jargon", "passive"));
  CHECK_FALSE(lint::suppresses("text: see pledge-lint: disable=jargon", "jargon"));
}

TEST_CASE("the tokenizer keeps addresses whole and splits sentences after full stops") {
  const auto text = lint::tokenize("Call 01632 960123 or see www.nhs.uk. We reply, e.g. by email.");
  REQUIRE(text.sentences.size() == 2);
  CHECK(text.sentences[0].words == 6);
  CHECK(text.sentences[1].words == 5);
  CHECK(text.tokens[5].kind == lint::TokenKind::address);
  CHECK(text.tokens[1].kind == lint::TokenKind::number);
  CHECK(text.tokens[8].lower == "e.g");
}

TEST_CASE("a service's reworded text is linted in the service file and kept text in its library") {
  test::TempFolder folder;
  folder.write("lib.yaml", test::library_text({"We utilise feedback.", "We listen."})->content());
  const auto service = folder.write("service.yaml",
                                    "service: Test\nlibraries: [lib]\nreword:\n  - ref: lib/s2\n"
                                    "    text: We facilitate visits.\n");
  LibraryCatalog catalog({folder.path()});
  const ResolvedPledge pledge = resolve_file(service, catalog);
  const auto report = test::shared_linter().check(lint::subject_of(pledge, catalog), test::only("jargon"));
  REQUIRE(report.findings.size() == 2);
  CHECK(report.findings[0].location == Location{(folder.path() / "lib.yaml").string(), 10, 14});
  CHECK(report.findings[0].ref == "lib/s1");
  CHECK(report.findings[1].location == Location{service.string(), 5, 14});
  CHECK(report.findings[1].ref == "lib/s2");
}

TEST_CASE("a statement written as a folded block scalar does not end with a space or line break") {
  CHECK(test::findings("typography", {">\n      We listen to you."}).empty());
  CHECK(test::findings("typography", {"|\n      We listen to you."}).empty());
}

TEST_CASE("a service's asks are linted like its statements, at their place in the service file") {
  test::TempFolder folder;
  folder.write("lib.yaml", test::library_text({"We listen."})->content());
  const auto service =
      folder.write("service.yaml", "service: Test\nlibraries: [lib]\nasks:\n  - Please utilise the bell.\n");
  LibraryCatalog catalog({folder.path()});
  const ResolvedPledge pledge = resolve_file(service, catalog);
  const auto report = test::shared_linter().check(lint::subject_of(pledge, catalog), test::only("jargon"));
  REQUIRE(report.findings.size() == 1);
  CHECK(report.findings[0].location == Location{service.string(), 4, 12});
  CHECK(report.findings[0].ref == "asks/1");
}
