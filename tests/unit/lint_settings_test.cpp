#include <doctest/doctest.h>

#include <stdexcept>

#include "lint/settings.hpp"
#include "lint_fixture.hpp"
#include "model/yaml_reader.hpp"

using namespace pledge;

namespace {

// A layer read from `text`, written as a file "service.yaml".
LintSettingsLayer layer(const std::string& name, const std::string& text) {
  const auto source = test::yaml(name, text);
  return read_lint_settings(parse_yaml(*source), source);
}

// Applies `text` as a `lint:` section over the defaults; returns the settings and the problems described.
std::pair<lint::Settings, std::string> apply(const std::string& text) {
  lint::Settings settings;
  DiagnosticList problems;
  lint::apply_layer(layer("service.yaml", text), settings, problems);
  std::string described = test::error_of([&] { problems.throw_if_any(); });
  return {settings, described};
}

std::string problems_of(const std::string& text) {
  return apply(text).second;
}

}  // namespace

TEST_CASE("default settings follow the rules table") {
  const lint::Settings settings;
  CHECK(settings.severity_of("spelling") == lint::Severity::error);
  CHECK(settings.severity_of("passive") == lint::Severity::warning);
  CHECK(settings.rule("sentence-length").whole_number("max-words") == 25);
  CHECK(settings.rule("length").whole_number("max-words") == 40);
  CHECK(settings.rule("readability").number("max-grade") == 13.0);
  CHECK(settings.rule("readability").whole_number("min-sentence-words") == 15);
  CHECK(settings.rule("repetition").number("max-similarity") == 0.6);
  CHECK(settings.rule("typography").flag("final-full-stop"));
}

TEST_CASE("a check asking for an option its rule does not declare is a programming error") {
  const lint::Settings settings;
  CHECK_THROWS_AS(static_cast<void>(settings.rule("length").number("max-words")), std::logic_error);
  CHECK_THROWS_AS(static_cast<void>(settings.rule("passive").flag("final-full-stop")), std::logic_error);
}

TEST_CASE("a rule can be switched off or re-levelled by a severity alone") {
  const auto [settings, problems] = apply("passive: off\nspelling: warning\n");
  CHECK(problems == "(no error)");
  CHECK(settings.severity_of("passive") == lint::Severity::off);
  CHECK(settings.severity_of("spelling") == lint::Severity::warning);
}

TEST_CASE("a rule's options are set in a mapping with its severity") {
  const auto [settings, problems] = apply(
      "sentence-length: {severity: error, max-words: 20}\nlength: {max-words: 30}\n"
      "typography: {final-full-stop: no}\nreadability: {pledge-min-reading-ease: 55.5}\n");
  CHECK(problems == "(no error)");
  CHECK(settings.severity_of("sentence-length") == lint::Severity::error);
  CHECK(settings.rule("sentence-length").whole_number("max-words") == 20);
  CHECK(settings.rule("length").whole_number("max-words") == 30);
  CHECK_FALSE(settings.rule("typography").flag("final-full-stop"));
  CHECK(settings.rule("readability").number("pledge-min-reading-ease") == 55.5);
}

TEST_CASE("words listed in a layer are added to the spelling rule's") {
  CHECK(apply("words: [Bryngwyn, Riverside]\n").first.words ==
        std::vector<std::string>{"Bryngwyn", "Riverside"});
}

TEST_CASE("an unknown rule is reported with did you mean at its place") {
  CHECK(problems_of("spellling: off\n") ==
        "service.yaml:1:1: unknown rule 'spellling' in lint settings; did you mean 'spelling'?");
}

TEST_CASE("a misspelt words list is suggested as words") {
  CHECK(problems_of("word: [Bryngwyn]\n") ==
        "service.yaml:1:1: unknown rule 'word' in lint settings; did you mean 'words'?");
}

TEST_CASE("an unknown rule like none of them is reported with the rules there are") {
  CHECK(problems_of("grammar: off\n") ==
        "service.yaml:1:1: unknown rule 'grammar' in lint settings; the rules are spelling, readability, "
        "sentence-length, jargon, passive, acronym, repetition, typography and length, and 'words:' lists "
        "extra words the spelling rule accepts");
}

TEST_CASE("a bad severity is reported with the severities allowed") {
  CHECK(problems_of("passive: warnig\n") ==
        "service.yaml:1:10: 'warnig' is not a severity for rule 'passive'; use error, warning, info or off; "
        "did you mean 'warning'?");
}

TEST_CASE("a number option out of its range is reported with the range") {
  CHECK(problems_of(
            "readability: {max-grade: lots, min-reading-ease: 122}\nrepetition: {max-similarity: 1.5}\n") ==
        "service.yaml:1:26: 'max-grade' must be a number from 0 to 30\n"
        "service.yaml:1:50: 'min-reading-ease' must be a number from -100 to 121\n"
        "service.yaml:2:30: 'max-similarity' must be a number from 0 to 1");
}

TEST_CASE("a whole-number option out of its range is reported with the range") {
  CHECK(problems_of("length: {max-words: 0}\nsentence-length: {max-words: 1001}\n") ==
        "service.yaml:1:21: 'max-words' must be a whole number from 1 to 1000\n"
        "service.yaml:2:30: 'max-words' must be a whole number from 1 to 1000");
}

TEST_CASE("a whole-number option that is not whole is reported with the range") {
  CHECK(problems_of("length: {max-words: 2.5}\n") ==
        "service.yaml:1:21: 'max-words' must be a whole number from 1 to 1000");
}

TEST_CASE("the ends of an option's range are allowed") {
  const auto [settings, problems] =
      apply("length: {max-words: 1000}\nsentence-length: {max-words: 1}\nrepetition: {max-similarity: 0}\n");
  CHECK(problems == "(no error)");
  CHECK(settings.rule("length").whole_number("max-words") == 1000);
  CHECK(settings.rule("sentence-length").whole_number("max-words") == 1);
  CHECK(settings.rule("repetition").number("max-similarity") == 0.0);
}

TEST_CASE("a flag option that is not true or false is reported") {
  CHECK(problems_of("typography: {final-full-stop: sometimes}\n") ==
        "service.yaml:1:31: 'final-full-stop' must be true or false");
}

TEST_CASE("an option of another rule is reported as unknown for this one") {
  CHECK(problems_of("passive: {max-grade: 3}\n") ==
        "service.yaml:1:11: unknown option 'max-grade' for rule 'passive', which has no options: give it a "
        "severity only");
}

TEST_CASE("a misspelt option is reported with did you mean") {
  CHECK(problems_of("length: {max-word: 30}\n") ==
        "service.yaml:1:10: unknown option 'max-word' for rule 'length'; did you mean 'max-words'?");
}

TEST_CASE("an unknown option like none of the rule's is reported with the options it takes") {
  CHECK(problems_of("typography: {curly-quotes: true}\n") ==
        "service.yaml:1:14: unknown option 'curly-quotes' for rule 'typography', which takes severity and "
        "final-full-stop");
}

TEST_CASE("a bad value leaves the setting as the layer below had it") {
  const auto [settings, problems] = apply("length: {severity: loud, max-words: many}\n");
  CHECK(settings.severity_of("length") == lint::Severity::warning);
  CHECK(settings.rule("length").whole_number("max-words") == 40);
}

TEST_CASE("layers apply in order: the data folder's, the nearest settings file's, then the service's") {
  const LintSettingsLayer data_folder = layer("settings.yaml", "passive: info\nlength: {max-words: 30}\n");
  const LintSettingsLayer nearest = layer(".pledge-lint.yaml", "passive: error\nwords: [Bryngwyn]\n");
  const LintSettingsLayer service = layer("team.pledge.yaml", "passive: off\nwords: [Riverside]\n");
  const lint::Settings settings = lint::layered_settings({&data_folder, &nearest, &service});
  CHECK(settings.severity_of("passive") == lint::Severity::off);
  CHECK(settings.rule("length").whole_number("max-words") == 30);
  CHECK(settings.words == std::vector<std::string>{"Bryngwyn", "Riverside"});
}

TEST_CASE("the problems of every layer are reported together, each in its file") {
  const LintSettingsLayer nearest = layer(".pledge-lint.yaml", "pasive: off\n");
  const LintSettingsLayer service = layer("team.pledge.yaml", "length: {max-words: -1}\n");
  CHECK(test::error_of([&] {
          lint::layered_settings({nullptr, &nearest, &service});
        }) ==
        ".pledge-lint.yaml:1:1: unknown rule 'pasive' in lint settings; did you mean 'passive'?\n"
        "team.pledge.yaml:1:21: 'max-words' must be a whole number from 1 to 1000");
}

TEST_CASE("settings for a file come from the nearest .pledge-lint.yaml above it and its service's lint:") {
  test::TempFolder folder;
  folder.write(".pledge-lint.yaml", "passive: off\njargon: error\n");
  const auto file = folder.write("team/team.pledge.yaml", "service: x\n");
  const LintSettingsLayer data_folder = layer("settings.yaml", "jargon: info\npassive: info\n");
  const LintSettingsLayer service = layer("team.pledge.yaml", "passive: warning\n");
  const lint::Settings settings = lint::settings_for(data_folder, file, &service);
  CHECK(settings.severity_of("jargon") == lint::Severity::error);
  CHECK(settings.severity_of("passive") == lint::Severity::warning);
}

TEST_CASE("the nearest .pledge-lint.yaml above a file is found") {
  test::TempFolder folder;
  folder.write(".pledge-lint.yaml", "passive: off\n");
  const auto inner = folder.write("a/b/service.yaml", "service: x\n");
  const auto found = lint::find_settings_file(inner);
  REQUIRE(found);
  CHECK(*found == folder.path() / ".pledge-lint.yaml");
  folder.write("a/.pledge-lint.yaml", "jargon: off\n");
  CHECK(*lint::find_settings_file(inner) == folder.path() / "a" / ".pledge-lint.yaml");
}

TEST_CASE("the shipped jargon list has at least 150 entries, each with a plain alternative") {
  CHECK(test::shared_linter().data().jargon_entries >= 150);
}
