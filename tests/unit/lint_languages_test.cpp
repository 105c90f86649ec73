#include "lint/rules.hpp"
#include "lint_fixture.hpp"

using namespace pledge;
using pledge::test::findings;
using pledge::test::lint_library;
using Strings = std::vector<std::string>;

namespace {

// Every rule at its default severity, as `pledge lint` runs them.
lint::Settings all_rules() {
  return test::shared_linter().data().defaults;
}

// Short statements in real Welsh, each word checked against the Welsh word list and NHS Wales wording.
const Strings welsh_pledge = {
    "Byddwn yn eich trin ag urddas a pharch.",
    "Byddwn yn gwrando arnoch chi a'ch teulu.",
    "Byddwn yn siarad Cymraeg â chi os hoffech chi.",
    "Byddwn yn esbonio eich gofal mewn geiriau clir.",
};

Strings notes(const lint::LintReport& report) {
  Strings out;
  for (const auto& skipped : report.skipped)
    out.push_back(to_string(skipped));
  return out;
}

}  // namespace

TEST_CASE("a rule's row says which languages it checks") {
  CHECK(lint::rules().at("passive").applies_to("en-GB"));
  CHECK(lint::rules().at("passive").applies_to("en-US"));
  CHECK_FALSE(lint::rules().at("passive").applies_to("cy"));
  CHECK(lint::rules().at("spelling").applies_to("cy"));
  CHECK_FALSE(lint::rules().at("spelling").applies_to("pl"));
  CHECK(lint::rules().at("typography").applies_to("pl"));
}

TEST_CASE("a misspelt Welsh word is found at its column") {
  CHECK(findings("spelling", {"Byddwn yn gwrandio arnoch chi."}, "language: cy\n") ==
        Strings{"10:21: warning: unknown word 'gwrandio' [spelling] / did you mean 'gwrando'? If the word is "
                "right, add it under 'words:'"});
}

TEST_CASE("a correct Welsh pledge has no findings") {
  const lint::LintReport report = lint_library(welsh_pledge, all_rules(), "language: cy\n");
  CHECK(test::describe(report) == Strings{});
}

TEST_CASE("the Welsh words of the shipped texts that the 2002 word list lacks have no spelling finding") {
  // From statements/languages/cy.yaml and a leaflet's contact details; words.cy.yaml lists them.
  CHECK(findings("spelling",
                 {"Rydym yn croesawu adborth gan gleifion, eu perthnasau a'u gofalwyr.",
                  "Byddwn yn siarad â'i ofalwyr a'i berthnasau.", "Datganiad (cyfeirnod a geiriad)",
                  "Mae gan bob datganiad gyfeirnod.", "Adborth a phryderon"},
                 "language: cy\n") == Strings{});
}

TEST_CASE("a capitalised Welsh word with a circumflex starting a sentence is not reported") {
  // The word list has ôl, not Ôl.
  CHECK(findings("spelling", {"Ôl y driniaeth, byddwn yn eich gweld eto."}, "language: cy\n") == Strings{});
}

TEST_CASE("a capitalised Welsh word with a circumflex after its capital is not reported") {
  // The word list has ffôn, not Ffôn, which starts a line of contact details.
  CHECK(findings("spelling", {"Ffôn 01632 960 123, ddydd a nos."}, "language: cy\n") == Strings{});
}

TEST_CASE("a Welsh word with a circumflex and capitals inside it is reported") {
  CHECK(
      findings("spelling", {"FfÔn 01632 960 123."}, "language: cy\n") ==
      Strings{
          "10:11: warning: unknown word 'FfÔn' [spelling] / check the spelling; if the word is right, add it "
          "under 'words:'"});
}

TEST_CASE("Welsh written in an English library is checked against the English dictionary") {
  CHECK(
      findings("spelling", {"Byddwn yn gwrando arnoch chi."}) ==
      Strings{
          "10:11: warning: unknown word 'Byddwn' [spelling] / did you mean 'Bronwydd'? If the word is right, "
          "add it under 'words:'",
          "10:18: warning: unknown word 'yn' [spelling] / did you mean 'an', 'en' or 'in'? If the word is "
          "right, add it under 'words:'",
          "10:21: warning: unknown word 'gwrando' [spelling] / did you mean 'girandole'? If the word is "
          "right, "
          "add it under 'words:'",
          "10:29: warning: unknown word 'arnoch' [spelling] / did you mean 'Marnoch' or 'archon'? If the "
          "word "
          "is right, add it under 'words:'"});
}

TEST_CASE("a Welsh translation in an English library is spell-checked in Welsh, at its own place") {
  const std::string translation = "    translations:\n      cy: Byddwn yn gwrandio arnoch chi.\n";
  const Library library =
      load_library(test::yaml("lib.yaml",
                              "library: lib\ntitle: T\nsource: S\ngroups: [{id: g, title: G}]\nstatements:\n"
                              "  - id: s1\n    group: g\n    text: We listen to you.\n" +
                                  translation),
                   "lib");
  const lint::LintReport report =
      test::shared_linter().check(lint::subject_of(library), test::only("spelling"));
  CHECK(test::describe(report) ==
        Strings{"10:21: warning: unknown word 'gwrandio' [spelling] / did you mean 'gwrando'? If the word is "
                "right, add it under 'words:'"});
}

TEST_CASE("a Welsh ask of a bilingual pledge is spell-checked in Welsh, at its own place") {
  test::LibraryFolder folder;
  folder.add("ward",
             "library: ward\ntitle: T\nsource: S\ngroups: [{id: g, title: G, translations: {cy: Gofal}}]\n"
             "statements: [{id: s1, group: g, text: We listen to you., translations: {cy: Byddwn yn gwrando "
             "arnoch chi.}}]\n");
  const ResolvedPledge pledge = folder.resolve("team.pledge.yaml", R"(service: A
languages: [cy, en-GB]
libraries: [ward]
asks:
  - text: Tell us if you are in pain.
    translations:
      cy: Dywedwch wrthym os ydych mewn poenn.
)");
  const lint::LintReport report =
      test::shared_linter().check(lint::subject_of(pledge, folder.catalog()), test::only("spelling"));
  CHECK(
      test::describe(report) ==
      Strings{"7:41: warning: unknown word 'poenn' [spelling] / did you mean 'poena', 'poeni' or 'poeno'? If "
              "the word is right, add it under 'words:'"});
}

TEST_CASE("the English-only rules skip Welsh texts, and the report says so once") {
  const lint::LintReport report = lint_library(welsh_pledge, all_rules(), "language: cy\n");
  CHECK(notes(report) ==
        Strings{"4 texts in cy not checked by readability, jargon, passive and acronym: those rules do not "
                "check cy"});
}

TEST_CASE("a language with no dictionary is not spell-checked, and the report says so") {
  const lint::LintReport report =
      lint_library({"Słuchamy Pana i Pani rodziny."}, test::only("spelling"), "language: pl\n");
  CHECK(test::describe(report) == Strings{});
  CHECK(notes(report) == Strings{"1 text in pl not checked by spelling: that rule does not check pl"});
}

TEST_CASE("readability scores only the English texts of a bilingual library") {
  const Library library =
      load_library(test::yaml("lib.yaml",
                              "library: lib\ntitle: T\nsource: S\ngroups: [{id: g, title: G}]\nstatements:\n"
                              "  - id: s1\n    group: g\n    text: We listen to you.\n"
                              "    translations: {cy: Byddwn yn gwrando arnoch chi.}\n"),
                   "lib");
  const lint::LintReport report = test::shared_linter().check(lint::subject_of(library), all_rules());
  REQUIRE(report.scores.size() == 2);
  CHECK(report.scores[0].words == 4);
  CHECK(report.scores[1].words == 4);  // the whole: the English text alone
}

TEST_CASE("texts left out by the same rules in several files are counted together, a text kept by two once") {
  std::vector<lint::SkippedTexts> run;
  lint::add_skipped(run, {{"cy", "passive and jargon", {"lib.yaml:7:5", "lib.yaml:9:5"}, true}});
  lint::add_skipped(run, {{"cy", "passive and jargon", {"lib.yaml:9:5", "b.yaml:4:7", "b.yaml:5:7"}, true},
                          {"pl", "spelling", {"c.yaml:3:9"}, false}});
  REQUIRE(run.size() == 2);
  CHECK(to_string(run[0]) == "4 texts in cy not checked by passive and jargon: those rules do not check cy");
  CHECK(to_string(run[1]) == "1 text in pl not checked by spelling: that rule does not check pl");
}
