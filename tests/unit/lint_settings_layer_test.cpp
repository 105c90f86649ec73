#include <doctest/doctest.h>

#include "lint/settings.hpp"
#include "model/lint_settings_layer.hpp"
#include "model/service_file.hpp"
#include "test_input.hpp"

using namespace pledge;

namespace {

ServiceFile read_service(const std::string& text) {
  DiagnosticList problems;
  ServiceFile service = read_service_file(test::yaml("team.pledge.yaml", text), problems);
  CHECK(test::error_of([&] { problems.throw_if_any(); }) == "(no error)");
  return service;
}

// The problems lint/ finds applying the service file's layer, described.
std::string problems_applying(const std::string& text) {
  const ServiceFile service = read_service(text);
  return test::error_of([&] { lint::layered_settings({.service = &service.lint}); });
}

std::string place(const Location& where) {
  return where.file + ":" + std::to_string(where.line) + ":" + std::to_string(where.column);
}

const std::string service_head = "service: Riverside Physiotherapy\nlibraries: [clinic-basics]\n";

}  // namespace

TEST_CASE("a service file's lint: is read into a layer with each rule, severity and option where written") {
  const ServiceFile service = read_service(service_head +
                                           "lint:\n"
                                           "  jargon: error\n"
                                           "  length: {severity: info, max-words: 30}\n"
                                           "  words: [Bryngwyn]\n");
  const LintSettingsLayer& layer = service.lint;
  REQUIRE(layer.rules.size() == 2);
  CHECK(layer.rules[0].rule == "jargon");
  CHECK(place(layer.rules[0].location) == "team.pledge.yaml:4:3");
  CHECK(layer.rules[0].severity->text == "error");
  CHECK(place(layer.rules[0].severity->location) == "team.pledge.yaml:4:11");
  CHECK(layer.rules[0].options.empty());
  CHECK(layer.rules[1].severity->text == "info");
  REQUIRE(layer.rules[1].options.size() == 1);
  const WrittenOption& option = layer.rules[1].options[0];
  CHECK(option.name == "max-words");
  CHECK(place(option.location) == "team.pledge.yaml:5:28");
  CHECK(option.value.text == "30");
  CHECK(option.value.whole_number == 30);
  CHECK(place(option.value.location) == "team.pledge.yaml:5:39");
  CHECK(layer.words == std::vector<std::string>{"Bryngwyn"});
  CHECK(layer.problems.empty());
}

TEST_CASE("a service file without lint: gives an empty layer") {
  const ServiceFile service = read_service(service_head);
  CHECK(service.lint.rules.empty());
  CHECK(service.lint.words.empty());
  CHECK(service.lint.problems.empty());
}

TEST_CASE("problems of a layer read from a service file are reported at their line and column") {
  CHECK(problems_applying(service_head + "lint:\n"
                                         "  jargon: error\n"
                                         "  spellling: off\n"
                                         "  length: {max-words: lots}\n") ==
        "team.pledge.yaml:5:3: unknown rule 'spellling' in lint settings; did you mean 'spelling'?\n"
        "team.pledge.yaml:6:23: 'max-words' must be a whole number from 1 to 1000");
}

TEST_CASE("columns of a layer's problems count characters, not bytes") {
  CHECK(problems_applying("service: Gwasanaeth – ŵyr\nlibraries: [clinic-basics]\n"
                          "lint: {words: [Siân], length: {max-words: 0}}\n") ==
        "team.pledge.yaml:3:43: 'max-words' must be a whole number from 1 to 1000");
}

TEST_CASE("a lint: section that is not a mapping is a problem of the layer, not of the service file") {
  const ServiceFile service = read_service(service_head + "lint: [spelling]\n");  // read without a problem
  CHECK(test::error_of([&] { service.lint.problems.throw_if_any(); }) ==
        "team.pledge.yaml:3:7: this lint settings must be written as 'key: value' lines, but it is a list");
}

TEST_CASE("a rule's settings written as a list are a problem at their place") {
  CHECK(
      problems_applying(service_head + "lint:\n  length: [40]\n") ==
      "team.pledge.yaml:4:11: this 'length' setting must be written as 'key: value' lines, but it is a list");
}

TEST_CASE("a rule given twice in a layer is a problem, and the first is applied") {
  const ServiceFile service = read_service(service_head + "lint:\n  passive: off\n  passive: error\n");
  REQUIRE(service.lint.rules.size() == 1);
  CHECK(service.lint.rules[0].severity->text == "off");
  CHECK(test::error_of([&] { service.lint.problems.throw_if_any(); }) ==
        "team.pledge.yaml:5:3: duplicate key 'passive' in lint settings; keep one of them");
}

TEST_CASE("a settings file is read into the same layer as a service file's lint:") {
  test::TempFolder folder;
  const auto file = folder.write(".pledge-lint.yaml", "# for the team\npassive: info\nwords: [Bryngwyn]\n");
  const LintSettingsLayer layer = read_lint_settings_file(file);
  REQUIRE(layer.rules.size() == 1);
  CHECK(layer.rules[0].rule == "passive");
  CHECK(place(layer.rules[0].location) == file.string() + ":2:1");
  CHECK(layer.words == std::vector<std::string>{"Bryngwyn"});
}

TEST_CASE("an empty settings file gives an empty layer") {
  test::TempFolder folder;
  const LintSettingsLayer layer =
      read_lint_settings_file(folder.write(".pledge-lint.yaml", "# nothing yet\n"));
  CHECK(layer.rules.empty());
  CHECK(layer.problems.empty());
}
