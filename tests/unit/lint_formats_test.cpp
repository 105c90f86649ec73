#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "base/version.hpp"
#include "lint/rules.hpp"
#include "report/lint_formats.hpp"

using namespace pledge;

namespace {

lint::LintReport sample() {
  lint::LintReport report;
  report.findings.push_back(lint::Finding{"spelling", lint::Severity::error,
                                          Location{"statements/a.yaml", 9, 14}, "unknown word 'dleay'",
                                          "did you mean 'delay'?", "a/s1"});
  report.findings.push_back(lint::Finding{"passive", lint::Severity::info,
                                          Location{"statements/a.yaml", 12, 11}, "passive voice 'are made'",
                                          "", "a/s2"});
  report.scores.push_back(
      lint::ReadabilityScore{"a/s1", Location{"statements/a.yaml", 9, 11}, 5, 1, 6, 83.32, 3.65});
  return report;
}

}  // namespace

TEST_CASE("JSON output lists findings and readability scores rounded to one decimal") {
  const auto json = nlohmann::json::parse(report::lint_json(sample()));
  CHECK(json["findings"].size() == 2);
  CHECK(json["findings"][0] == nlohmann::json{{"file", "statements/a.yaml"},
                                              {"line", 9},
                                              {"column", 14},
                                              {"rule", "spelling"},
                                              {"severity", "error"},
                                              {"message", "unknown word 'dleay'"},
                                              {"suggestion", "did you mean 'delay'?"},
                                              {"ref", "a/s1"}});
  CHECK(json["scores"][0]["reading_ease"] == 83.3);
  CHECK(json["scores"][0]["grade"] == 3.7);
  CHECK(json["scores"][0]["words"] == 5);
}

TEST_CASE("JSON output has empty lists when there is nothing to report") {
  CHECK(report::lint_json({}) == "{\n  \"findings\": [],\n  \"scores\": []\n}\n");
}

TEST_CASE("SARIF output has what GitHub code scanning requires") {
  const auto sarif = nlohmann::json::parse(report::lint_sarif(sample()));
  CHECK(sarif["version"] == "2.1.0");
  CHECK(sarif["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json");
  REQUIRE(sarif["runs"].size() == 1);
  const auto& run = sarif["runs"][0];
  CHECK(run["columnKind"] == "unicodeCodePoints");
  const auto& driver = run["tool"]["driver"];
  CHECK(driver["name"] == "pledge lint");
  CHECK(driver["version"] == pledge::version);
  // No informationUri: the project has no public home yet, and SARIF does not require one.
  CHECK_FALSE(driver.contains("informationUri"));
  REQUIRE(driver["rules"].size() == lint::rules().rows().size());
  for (const auto& rule : driver["rules"]) {
    CHECK(rule["id"].is_string());
    CHECK(!rule["shortDescription"]["text"].get<std::string>().empty());
    CHECK(!rule["fullDescription"]["text"].get<std::string>().empty());
    CHECK(!rule["help"]["text"].get<std::string>().empty());
    const auto level = rule["defaultConfiguration"]["level"].get<std::string>();
    CHECK((level == "error" || level == "warning" || level == "note"));
  }
  REQUIRE(run["results"].size() == 2);
  const auto& result = run["results"][0];
  CHECK(result["ruleId"] == "spelling");
  CHECK(driver["rules"][result["ruleIndex"].get<int>()]["id"] == "spelling");
  CHECK(result["level"] == "error");
  CHECK(result["message"]["text"] == "unknown word 'dleay' (did you mean 'delay'?)");
  const auto& location = result["locations"][0]["physicalLocation"];
  CHECK(location["artifactLocation"]["uri"] == "statements/a.yaml");
  CHECK(location["region"]["startLine"] == 9);
  CHECK(location["region"]["startColumn"] == 14);
  CHECK(run["results"][1]["level"] == "note");
}

TEST_CASE("the text format prints each finding with its suggestion, then how many of each severity") {
  CHECK(report::lint_text(sample(), {.colour = false, .files = 2}) ==
        "statements/a.yaml:9:14: error: unknown word 'dleay' [spelling]\n"
        "    did you mean 'delay'?\n"
        "statements/a.yaml:12:11: info: passive voice 'are made' [passive]\n"
        "2 files checked: 1 error, 0 warnings, 1 info\n");
}

TEST_CASE("the text format says when there are no findings") {
  CHECK(report::lint_text({}, {.colour = false, .files = 1}) == "1 file checked: no findings\n");
}

TEST_CASE("the text format in colour marks the place in bold, the severity in its colour and the rule dim") {
  const std::vector<lint::Finding> findings = {sample().findings[0]};
  CHECK(report::lint_findings_text(findings, true) ==
        "\033[1mstatements/a.yaml:9:14:\033[0m \033[1;31merror:\033[0m unknown word 'dleay' \033[2m[spelling]"
        "\033[0m\n    did you mean 'delay'?\n");
}

TEST_CASE("the formats table has text, json and sarif, each writing its format") {
  CHECK(report::lint_formats.names() == std::vector<std::string>{"text", "json", "sarif"});
  const report::LintOutputOptions options{.colour = false, .files = 1};
  CHECK(report::lint_formats.at("text").write(sample(), options) == report::lint_text(sample(), options));
  CHECK(report::lint_formats.at("json").write(sample(), options) == report::lint_json(sample()));
  CHECK(report::lint_formats.at("sarif").write(sample(), options) == report::lint_sarif(sample()));
}

TEST_CASE("an unknown format is an error with did you mean and the formats to choose from") {
  CHECK_THROWS_WITH(report::lint_formats.at("jsn"),
                    "unknown format 'jsn'; did you mean 'json'? (text, json or sarif)");
}

TEST_CASE("JSON and SARIF output write a file name that is not UTF-8 with its bad bytes as \\xHH") {
  lint::LintReport report;
  report.findings.push_back(lint::Finding{"spelling", lint::Severity::error,
                                          Location{"typo\xFE.pledge.yaml", 3, 9}, "unknown word 'dleay'", "",
                                          "local/a"});
  CHECK(nlohmann::json::parse(report::lint_json(report))["findings"][0]["file"] == "typo\\xFE.pledge.yaml");
  const auto sarif = nlohmann::json::parse(report::lint_sarif(report));
  CHECK(sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] ==
        "typo\\xFE.pledge.yaml");
}
