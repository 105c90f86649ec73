#include <doctest/doctest.h>

#include "lint/rules.hpp"
#include "lint/settings.hpp"
#include "lint_fixture.hpp"
#include "model/yaml_reader.hpp"

using namespace pledge;

namespace {

// Applies `text` as a `lint:` section over the defaults; returns the settings and the problems described.
std::pair<lint::Settings, std::string> apply(const std::string& text) {
  const auto source = test::yaml("service.yaml", text);
  lint::Settings settings = lint::default_settings();
  DiagnosticList problems;
  apply_settings(parse_yaml(*source), *source, problems, settings);
  std::string described = test::error_of([&] { problems.throw_if_any(); });
  return {settings, described};
}

}  // namespace

TEST_CASE("default settings follow the rules table") {
  const lint::Settings settings = lint::default_settings();
  CHECK(settings.severity_of("spelling") == lint::Severity::error);
  CHECK(settings.severity_of("passive") == lint::Severity::warning);
  CHECK(settings.sentence_max_words == 25);
  CHECK(settings.statement_max_words == 40);
}

TEST_CASE("the shipped settings.yaml says the same as the built-in defaults, as the man page documents") {
  const lint::Settings shipped = test::shared_linter().data().defaults;
  const lint::Settings built_in = lint::default_settings();
  CHECK(shipped.severity == built_in.severity);
  CHECK(shipped.sentence_max_words == built_in.sentence_max_words);
  CHECK(shipped.statement_max_words == built_in.statement_max_words);
  CHECK(shipped.max_grade == built_in.max_grade);
  CHECK(shipped.min_reading_ease == built_in.min_reading_ease);
  CHECK(shipped.pledge_max_grade == built_in.pledge_max_grade);
  CHECK(shipped.pledge_min_reading_ease == built_in.pledge_min_reading_ease);
  CHECK(shipped.max_similarity == built_in.max_similarity);
  CHECK(shipped.final_full_stop == built_in.final_full_stop);
}

TEST_CASE("a rule can be switched off or re-levelled by a severity alone") {
  const auto [settings, problems] = apply("passive: off\nspelling: warning\n");
  CHECK(problems == "(no error)");
  CHECK(settings.severity_of("passive") == lint::Severity::off);
  CHECK(settings.severity_of("spelling") == lint::Severity::warning);
}

TEST_CASE("a rule's thresholds are set in a mapping with its severity") {
  const auto [settings, problems] =
      apply("sentence-length: {severity: error, max-words: 20}\nlength: {max-words: 30}\n");
  CHECK(problems == "(no error)");
  CHECK(settings.severity_of("sentence-length") == lint::Severity::error);
  CHECK(settings.sentence_max_words == 20);
  CHECK(settings.statement_max_words == 30);
}

TEST_CASE("an unknown rule is reported with did you mean at its place") {
  CHECK(apply("spellling: off\n").second ==
        "service.yaml:1:1: unknown key 'spellling' in lint settings; did you mean 'spelling'?");
}

TEST_CASE("a bad severity is reported with the severities allowed") {
  CHECK(apply("passive: warnig\n").second ==
        "service.yaml:1:10: 'warnig' is not a severity for rule 'passive'; use error, warning, info or off; "
        "did you "
        "mean 'warning'?");
}

TEST_CASE("a bad threshold is reported with the range allowed") {
  CHECK(apply("readability: {max-grade: lots}\nlength: {max-words: 0}\n").second ==
        "service.yaml:1:26: 'max-grade' must be a number from 0 to 30\n"
        "service.yaml:2:21: 'max-words' must be a whole number of words, 1 or more");
}

TEST_CASE("an option of another rule is reported as unknown for this one") {
  CHECK(apply("passive: {max-words: 3}\n").second ==
        "service.yaml:1:11: unknown key 'max-words' in 'passive' setting; a 'passive' setting may have: "
        "severity");
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

TEST_CASE("the rules table has every rule the issue names, each with a rationale") {
  CHECK(lint::rule_ids() == std::vector<std::string>{"spelling", "readability", "sentence-length", "jargon",
                                                     "passive", "acronym", "repetition", "typography",
                                                     "length"});
  for (const auto& rule : lint::rules()) {
    CAPTURE(rule.id);
    CHECK(!rule.summary.empty());
    CHECK(rule.rationale.size() > 40);
  }
}

TEST_CASE("the shipped jargon list has at least 150 entries, each with a plain alternative") {
  CHECK(test::shared_linter().data().jargon_entries >= 150);
}
