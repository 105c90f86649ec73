#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <sstream>

#include "lint/settings.hpp"
#include "lint_fixture.hpp"
#include "model/yaml_reader.hpp"

using namespace pledge;

namespace {

// A statement each rule finds something in: a rule added to the table needs one here.
const std::map<std::string, std::vector<std::string>, std::less<>>& samples() {
  static const std::map<std::string, std::vector<std::string>, std::less<>> table = {
      {"spelling", {"We keep the least possible dleay."}},
      {"readability",
       {"Notwithstanding institutional considerations, multidisciplinary practitioners systematically "
        "prioritise individualised therapeutic interventions."}},
      {"sentence-length",
       {"We will always listen to you and to your family and to your carers and to anyone else you choose to "
        "bring with you when you come to see us here."}},
      {"jargon", {"We utilise your feedback."}},
      {"passive", {"You are told what happens next."}},
      {"acronym", {"Ask the QZX team for help."}},
      {"repetition", {"We will see the the nurse."}},
      {"typography", {"We listen to you"}},
      {"length",
       {"We will always listen to you. We will tell you what happens next. We will ask what matters to you. "
        "We "
        "will explain your choices. We will check that you understand. We will write it down for you. We "
        "will "
        "call you back."}},
  };
  return table;
}

std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("the rules table has every rule, each with a summary and a rationale") {
  CHECK(lint::rules().names() == std::vector<std::string>{"spelling", "readability", "sentence-length",
                                                          "jargon", "passive", "acronym", "repetition",
                                                          "typography", "length"});
  for (const auto& rule : lint::rules().rows()) {
    CAPTURE(rule.name);
    CHECK(!rule.summary.empty());
    CHECK(rule.rationale.size() > 40);
  }
}

TEST_CASE("every rule of the table has a check to run") {
  for (const auto& rule : lint::rules().rows()) {
    CAPTURE(rule.name);
    CHECK((rule.check_statement != nullptr || rule.check_subject != nullptr));
  }
}

TEST_CASE("every rule of the table runs, and what it finds is reported under its id") {
  for (const auto& rule : lint::rules().rows()) {
    CAPTURE(rule.name);
    const auto sample = samples().find(rule.name);
    REQUIRE(sample != samples().end());
    const lint::LintReport report = test::lint_library(sample->second, test::only(std::string(rule.name)));
    CHECK(!report.findings.empty());
    for (const auto& finding : report.findings)
      CHECK(finding.rule == rule.name);
  }
}

TEST_CASE("a rule switched off does not run") {
  lint::Settings settings = test::only("jargon");
  settings.rule("jargon").set_severity(lint::Severity::off);
  CHECK(test::lint_library(samples().at("jargon"), settings).findings.empty());
}

TEST_CASE("a finding takes its rule's severity from the settings") {
  lint::Settings settings = test::only("passive");
  settings.rule("passive").set_severity(lint::Severity::info);
  const lint::LintReport report = test::lint_library(samples().at("passive"), settings);
  REQUIRE(report.findings.size() == 1);
  CHECK(report.findings[0].severity == lint::Severity::info);
}

TEST_CASE("every option's default is within its range") {
  for (const auto& rule : lint::rules().rows()) {
    for (const auto& option : rule.options) {
      CAPTURE(option.name);
      CHECK(!option.description.empty());
      if (option.type != lint::OptionType::flag) {
        CHECK(option.default_value >= option.low);
        CHECK(option.default_value <= option.high);
      }
    }
  }
}

TEST_CASE("an option's allowed values are said from its type and range") {
  const lint::Rule& length = lint::rules().at("length");
  CHECK(lint::allowed_values(*length.option("max-words")) == "a whole number from 1 to 1000");
  CHECK(lint::allowed_values(*lint::rules().at("readability").option("min-reading-ease")) ==
        "a number from -100 to 121");
  CHECK(lint::allowed_values(*lint::rules().at("typography").option("final-full-stop")) == "true or false");
}

TEST_CASE("no rule's text names its guidance by an internal number") {
  for (const auto& rule : lint::rules().rows()) {
    CAPTURE(rule.name);
    CHECK(rule.rationale.find("000") == std::string_view::npos);
    CHECK(rule.summary.find("000") == std::string_view::npos);
  }
}

TEST_CASE("the defaults text lists each rule with its summary, severity and options") {
  const std::string text = lint::default_settings_text();
  CHECK(text.find("\n# Sentences longer than 25 words\nsentence-length:\n  severity: warning\n"
                  "  # the longest sentence, in words; a whole number from 1 to 1000\n  max-words: 25\n") !=
        std::string::npos);
  CHECK(text.find("\n# Passive voice ('are made aware', 'is taken into account')\npassive: warning\n") !=
        std::string::npos);
}

TEST_CASE("the defaults text read as settings gives the rules table's defaults") {
  const auto source = test::yaml("settings.yaml", lint::default_settings_text());
  const LintSettingsLayer layer = read_lint_settings(parse_yaml(*source), source);
  CHECK(lint::layered_settings({.data_folder = &layer}) == lint::Settings());
  CHECK(layer.rules.size() == lint::rules().rows().size());
}

TEST_CASE("the shipped settings.yaml is exactly the defaults text of the rules table") {
  INFO("make it again: build/cli/pledge lint --print-default-settings > statements/lint/settings.yaml");
  CHECK(read_text(PLEDGE_SOURCE_DIR "/statements/lint/settings.yaml") == lint::default_settings_text());
}
