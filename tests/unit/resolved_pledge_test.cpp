#include <doctest/doctest.h>

#include "model/resolved_pledge.hpp"
#include "test_input.hpp"

using namespace pledge;
using pledge::test::error_of;
using pledge::test::yaml;

namespace {

// Two small libraries in a temporary folder; `demo` is the one services select. Its last statement is in its
// first group, so that a pledge's order (by group, then library order) differs from the file's.
struct Libraries : test::LibraryFolder {
  Libraries() {
    add("demo",
        test::demo_library + "  - {id: same-team, group: partnership, text: You see the same team.}\n");
    add("other", R"(library: other
title: Other
source: A test
groups: [{id: aims, title: Our aims}]
statements: [{id: celebrate, group: aims, text: We celebrate.}]
)");
  }

  ResolvedPledge resolve_text(const std::string& text) { return resolve("team.pledge.yaml", text); }
  std::string error(const std::string& text) {
    return error_of([&] { resolve_text(text); });
  }
};

std::vector<std::string> refs(const ResolvedPledge& pledge) {
  std::vector<std::string> out;
  for (const auto& s : pledge.statements)
    out.push_back(s.ref);
  return out;
}

}  // namespace

TEST_CASE("a service selecting a library keeps every statement, grouped in group order") {
  Libraries libraries;
  const ResolvedPledge pledge = libraries.resolve_text("service: A\nlibraries: [demo]\n");
  CHECK(refs(pledge) == std::vector<std::string>{"demo/second-opinion", "demo/same-team", "demo/dignity",
                                                 "demo/single-sex-accommodation"});
  CHECK(pledge.statements[0].status == StatementStatus::kept);
  CHECK(pledge.statements[0].group_title == "We work in partnership");
  REQUIRE(pledge.groups.size() == 2);
  CHECK(pledge.groups[1].id == "caring");
}

TEST_CASE("an excluded statement leaves the pledge and is listed with its reason") {
  Libraries libraries;
  const ResolvedPledge pledge = libraries.resolve_text(
      "service: A\nlibraries: [demo]\nexclude:\n  - ref: demo/single-sex-accommodation\n    reason: No "
      "beds.\n");
  CHECK(refs(pledge) == std::vector<std::string>{"demo/second-opinion", "demo/same-team", "demo/dignity"});
  REQUIRE(pledge.excluded.size() == 1);
  CHECK(pledge.excluded[0].ref == "demo/single-sex-accommodation");
  CHECK(pledge.excluded[0].reason == "No beds.");
  CHECK(pledge.excluded[0].original == "Single-sex rooms.");
}

TEST_CASE("a reworded statement keeps its place and remembers the original wording") {
  Libraries libraries;
  const ResolvedPledge pledge = libraries.resolve_text(
      "service: A\nlibraries: [demo]\nreword:\n  - ref: demo/dignity\n    text: We treat you with "
      "dignity.\n");
  const ResolvedStatement& s = pledge.statements[2];
  CHECK(s.ref == "demo/dignity");
  CHECK(s.status == StatementStatus::reworded);
  CHECK(s.text == "We treat you with dignity.");
  CHECK(s.original == "Our patients are treated with dignity.");
  CHECK(s.text_location == Location{"team.pledge.yaml", 5, 11});
}

TEST_CASE("an added statement joins the end of its group with a local ref") {
  Libraries libraries;
  const ResolvedPledge pledge = libraries.resolve_text(
      "service: A\nlibraries: [demo]\nadd:\n  - {id: visits, group: partnership, text: We phone before we "
      "visit.}\n");
  CHECK(refs(pledge) == std::vector<std::string>{"demo/second-opinion", "demo/same-team", "local/visits",
                                                 "demo/dignity", "demo/single-sex-accommodation"});
  CHECK(pledge.statements[2].status == StatementStatus::added);
}

TEST_CASE("an added statement may use a group the service declares, which follows the library groups") {
  Libraries libraries;
  const ResolvedPledge pledge = libraries.resolve_text(
      "service: A\nlibraries: [demo]\ngroups: [{id: our-team, title: Our team}]\nadd:\n  - {id: x, group: "
      "our-team, "
      "text: We.}\n");
  CHECK(pledge.groups.back().title == "Our team");
  CHECK(pledge.statements.back().ref == "local/x");
}

TEST_CASE("a service may give a library group its own title") {
  Libraries libraries;
  const ResolvedPledge pledge = libraries.resolve_text(
      "service: A\nlibraries: [demo]\ngroups: [{id: caring, title: We care about you}]\n");
  CHECK(pledge.groups[1].title == "We care about you");
  CHECK(pledge.statements[2].group_title == "We care about you");
}

TEST_CASE("an unknown library is an error suggesting the nearest one") {
  Libraries libraries;
  CHECK(libraries.error("service: A\nlibraries: [dem]\n") ==
        "team.pledge.yaml:2:13: unknown library 'dem'; did you mean 'demo'?");
}

TEST_CASE("an unknown ref is an error suggesting the nearest ref") {
  Libraries libraries;
  CHECK(libraries.error(
            "service: A\nlibraries: [demo]\nexclude:\n  - {ref: demo/second-opinon, reason: R}\n") ==
        "team.pledge.yaml:4:11: unknown ref 'demo/second-opinon': library 'demo' has no statement "
        "'second-opinon'; did "
        "you mean 'demo/second-opinion'?");
}

TEST_CASE("an unknown ref far from any statement points to the library's list") {
  Libraries libraries;
  CHECK(libraries.error("service: A\nlibraries: [demo]\nreword:\n  - {ref: demo/parking, text: T.}\n") ==
        "team.pledge.yaml:4:11: unknown ref 'demo/parking': library 'demo' has no statement 'parking'; see "
        "'pledge "
        "list demo'");
}

TEST_CASE("a ref to a library the service does not select is an error saying how to select it") {
  Libraries libraries;
  CHECK(libraries.error("service: A\nlibraries: [demo]\nexclude:\n  - {ref: other/celebrate, reason: R}\n") ==
        "team.pledge.yaml:4:11: 'other/celebrate' is in library 'other', which this service does not select; "
        "add "
        "'other' to 'libraries:' or remove this entry");
}

TEST_CASE("a ref without a library part is an error showing the form of a ref") {
  Libraries libraries;
  CHECK(libraries.error("service: A\nlibraries: [demo]\nexclude:\n  - {ref: dignity, reason: R}\n") ==
        "team.pledge.yaml:4:11: 'dignity' is not a ref: write library/statement, such as "
        "'nice-patient-experience/second-opinion' (see 'pledge list LIBRARY')");
}

TEST_CASE("a ref both excluded and reworded is an error at the rewording") {
  Libraries libraries;
  CHECK(libraries.error(
            "service: A\nlibraries: [demo]\nexclude:\n  - {ref: demo/dignity, reason: R}\nreword:\n  - "
            "{ref: demo/dignity, text: T.}\n") ==
        "team.pledge.yaml:6:11: 'demo/dignity' is both excluded (line 4) and reworded; remove the exclusion "
        "to keep "
        "it in your words, or the rewording to cross it off");
}

TEST_CASE("a ref reworded twice is an error at the second") {
  Libraries libraries;
  CHECK(
      libraries.error("service: A\nlibraries: [demo]\nreword:\n  - {ref: demo/dignity, text: T.}\n  - {ref: "
                      "demo/dignity, text: U.}\n") ==
      "team.pledge.yaml:5:11: 'demo/dignity' is reworded twice (first on line 4); keep one wording");
}

TEST_CASE("a ref excluded twice is an error at the second") {
  Libraries libraries;
  CHECK(libraries.error(
            "service: A\nlibraries: [demo]\nexclude:\n  - {ref: demo/dignity, reason: R}\n  - {ref: "
            "demo/dignity, reason: S}\n") ==
        "team.pledge.yaml:5:11: 'demo/dignity' is excluded twice (first on line 4); keep one exclusion");
}

TEST_CASE("rewording a local statement is an error pointing to add") {
  Libraries libraries;
  CHECK(libraries.error("service: A\nlibraries: [demo]\nreword:\n  - {ref: local/x, text: T.}\n") ==
        "team.pledge.yaml:4:11: 'local/x' is one of your own statements: change or remove it under 'add:' "
        "instead of "
        "rewording it");
}

TEST_CASE("a local statement in an undeclared group is an error listing the groups") {
  Libraries libraries;
  CHECK(libraries.error("service: A\nlibraries: [demo]\nadd:\n  - {id: x, group: visits, text: T.}\n") ==
        "team.pledge.yaml:4:20: group 'visits' of 'local/x' is not a group of the selected libraries nor "
        "declared "
        "under 'groups:'; declare it under 'groups:' with an id and a title, or use one of: partnership, "
        "caring");
}

TEST_CASE("a local statement in a misspelt group suggests the group") {
  Libraries libraries;
  CHECK(libraries.error("service: A\nlibraries: [demo]\nadd:\n  - {id: x, group: carring, text: T.}\n") ==
        "team.pledge.yaml:4:20: group 'carring' of 'local/x' is not a group of the selected libraries nor "
        "declared "
        "under 'groups:'; did you mean 'caring'?");
}

TEST_CASE("a pledge with every statement excluded is an error") {
  Libraries libraries;
  CHECK(
      libraries.error("service: A\nlibraries: [other]\nexclude:\n  - {ref: other/celebrate, reason: R}\n") ==
      "team.pledge.yaml:1:1: the pledge has no statements: every selected statement is excluded; keep or add "
      "at "
      "least one");
}

TEST_CASE("problems in the file and in resolution are reported together") {
  Libraries libraries;
  CHECK(
      libraries.error("service: A\nlibraries: [demo]\nexlude: []\nreword:\n  - {ref: demo/x, text: T.}\n") ==
      "team.pledge.yaml:3:1: unknown key 'exlude' in service file; did you mean 'exclude'?\n"
      "team.pledge.yaml:5:11: unknown ref 'demo/x': library 'demo' has no statement 'x'; see 'pledge list "
      "demo'");
}

TEST_CASE("an invalid library selected by the service reports the library file's own problems") {
  Libraries libraries;
  libraries.add("broken",
                "library: broken\ntitle: T\nsource: S\ngroups: []\nstatements:\n  - {id: a, "
                "group: g, text: T.}\n");
  const std::string file = (libraries.path() / "broken.yaml").string();
  CHECK(libraries.error("service: A\nlibraries: [broken]\n") ==
        file + ":6:20: statement is in group 'g', which is not declared under 'groups:'");
}

TEST_CASE("an evidence record attaches to its statement") {
  Libraries libraries;
  const ResolvedPledge pledge = libraries.resolve_text(
      "service: A\nlibraries: [demo]\nevidence:\n  - {ref: demo/dignity, status: Met, owner: Tom}\n");
  REQUIRE(pledge.statements[2].record != nullptr);
  CHECK(pledge.statements[2].record->owner == "Tom");
  CHECK(pledge.statements[0].record == nullptr);
}

TEST_CASE("an evidence record for an excluded statement is an error") {
  Libraries libraries;
  CHECK(libraries.error(
            "service: A\nlibraries: [demo]\nexclude:\n  - {ref: demo/dignity, reason: R}\nevidence:\n  - "
            "{ref: demo/dignity, status: Met}\n") ==
        "team.pledge.yaml:6:11: 'demo/dignity' is excluded, so it has no evidence to record; remove this "
        "record");
}

TEST_CASE("an evidence record for a ref outside the pledge is an error with a suggestion") {
  Libraries libraries;
  CHECK(libraries.error("service: A\nlibraries: [demo]\nevidence:\n  - {ref: demo/dignty, status: Met}\n") ==
        "team.pledge.yaml:4:11: evidence for 'demo/dignty', which is not a statement of this pledge; did you "
        "mean "
        "'demo/dignity'?");
}

TEST_CASE("the pledge glossary joins the libraries' glossaries and the service's") {
  Libraries libraries;
  libraries.add("demo", R"(library: demo
title: Demo
source: A test
groups: [{id: caring, title: We are caring}]
statements: [{id: dignity, group: caring, text: We treat you with dignity.}]
glossary: {NHS: National Health Service}
)");
  const ResolvedPledge pledge =
      libraries.resolve_text("service: A\nlibraries: [demo]\nglossary: {GP: family doctor}\n");
  REQUIRE(pledge.glossary.size() == 2);
  CHECK(pledge.glossary[0].term == "NHS");
  CHECK(pledge.glossary[1].term == "GP");
}
