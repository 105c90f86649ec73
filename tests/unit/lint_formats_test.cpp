#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "base/version.hpp"
#include "lint/rules.hpp"
#include "report/lint_formats.hpp"

using namespace pledge;

namespace {

lint::LintReport sample() {
  lint::LintReport report;
  report.findings.push_back(lint::Finding{"spelling",
                                          lint::Severity::error,
                                          Location{"statements/a.yaml", 9, 14},
                                          "unknown word 'dleay'",
                                          "did you mean 'delay'?",
                                          "a/s1",
                                          {},
                                          {}});
  report.findings.push_back(lint::Finding{"passive",
                                          lint::Severity::info,
                                          Location{"statements/a.yaml", 12, 11},
                                          "passive voice 'are made'",
                                          "",
                                          "a/s2",
                                          {},
                                          {}});
  report.scores.push_back(
      lint::ReadabilityScore{"a/s1", Location{"statements/a.yaml", 9, 11}, 5, 1, 6, 83.32, 3.65});
  report.files.push_back(lint::LintedFile{"statements/a.yaml", "library", "a", "a"});
  report.files.push_back(lint::LintedFile{"ward.pledge.yaml", "pledge", "Ward 7", "ward"});
  for (auto& finding : report.findings)
    finding.files = {0};
  return report;
}

// Two services keeping a library statement with a finding, one service file that could not be read, and a
// stale baseline entry.
lint::LintReport run_with_problems() {
  lint::LintReport report;
  report.files = {{"ward.pledge.yaml", "pledge", "Ward 7", "ward"},
                  {"clinic.pledge.yaml", "pledge", "Clinic", "clinic"}};
  lint::Finding kept{"jargon",
                     lint::Severity::warning,
                     Location{"/opt/statements/a.yaml", 4, 7},
                     "'ensure' is jargon",
                     "use 'make sure' instead",
                     "a/s1",
                     {},
                     {}};
  kept.files = {0, 1};
  report.findings.push_back(kept);
  report.unread.push_back(lint::UnreadFile{
      "bad.pledge.yaml", {Diagnostic{Location{"bad.pledge.yaml", 3, 10}, "unknown ref 'a/x'", ""}}});
  report.stale_baseline.push_back(lint::StaleBaselineEntry{Location{"base.yaml", 6, 5}, "spelling", "a/s2"});
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
                                              {"ref", "a/s1"},
                                              {"services", nlohmann::json::array()}});
  CHECK(json["scores"][0]["reading_ease"] == 83.3);
  CHECK(json["scores"][0]["grade"] == 3.7);
  CHECK(json["scores"][0]["words"] == 5);
}

TEST_CASE("JSON output has empty lists when there is nothing to report") {
  CHECK(report::lint_json({}) ==
        "{\n  \"findings\": [],\n  \"scores\": [],\n  \"files\": [],\n  \"errors\": [],\n"
        "  \"baseline_stale\": []\n}\n");
}

TEST_CASE("JSON output names every service that keeps a finding's text") {
  const auto json = nlohmann::json::parse(report::lint_json(run_with_problems()));
  CHECK(json["findings"][0]["services"] ==
        nlohmann::json::parse(R"([{"service": "Ward 7", "file": "ward.pledge.yaml"},
                                   {"service": "Clinic", "file": "clinic.pledge.yaml"}])"));
}

TEST_CASE("JSON output lists the problems of a file that could not be read in errors") {
  const auto json = nlohmann::json::parse(report::lint_json(run_with_problems()));
  CHECK(json["errors"] == nlohmann::json::parse(R"([{"input": "bad.pledge.yaml", "file": "bad.pledge.yaml",
                                                     "line": 3, "column": 10, "message": "unknown ref 'a/x'"}])"));
  CHECK(json["findings"].size() == 1);
}

TEST_CASE("JSON output lists stale baseline entries at their place in the baseline file") {
  const auto json = nlohmann::json::parse(report::lint_json(run_with_problems()));
  CHECK(json["baseline_stale"] == nlohmann::json::parse(R"([{"file": "base.yaml", "line": 6, "column": 5,
                                                             "rule": "spelling", "ref": "a/s2"}])"));
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
  CHECK(run["invocations"] == nlohmann::json::parse(R"([{"executionSuccessful": true}])"));
}

TEST_CASE("SARIF output gives relative paths against SRCROOT and absolute ones as file URIs") {
  lint::LintReport report = sample();
  report.findings[1].location.file = "/opt/pledge kit/statements/a.yaml";
  const auto sarif = nlohmann::json::parse(report::lint_sarif(report, {.root = "/work/repo"}));
  const auto& run = sarif["runs"][0];
  CHECK(run["originalUriBaseIds"] == nlohmann::json::parse(R"({"SRCROOT": {"uri": "file:///work/repo/"}})"));
  CHECK(run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"] ==
        nlohmann::json::parse(R"({"uri": "statements/a.yaml", "uriBaseId": "SRCROOT"})"));
  CHECK(run["results"][1]["locations"][0]["physicalLocation"]["artifactLocation"] ==
        nlohmann::json::parse(R"({"uri": "file:///opt/pledge%20kit/statements/a.yaml"})"));
}

TEST_CASE("SARIF output names a finding's services in its properties") {
  const auto sarif = nlohmann::json::parse(report::lint_sarif(run_with_problems()));
  CHECK(sarif["runs"][0]["results"][0]["properties"] ==
        nlohmann::json::parse(R"({"ref": "a/s1", "services": ["Ward 7", "Clinic"],
                                  "serviceFiles": ["ward.pledge.yaml", "clinic.pledge.yaml"]})"));
}

TEST_CASE("SARIF output reports a file that could not be read as a failed invocation with its place") {
  const auto sarif = nlohmann::json::parse(report::lint_sarif(run_with_problems(), {.root = "/r"}));
  const auto& invocation = sarif["runs"][0]["invocations"][0];
  CHECK(invocation["executionSuccessful"] == false);
  REQUIRE(invocation["toolExecutionNotifications"].size() == 2);
  CHECK(invocation["toolExecutionNotifications"][0] == nlohmann::json::parse(R"({
      "level": "error", "message": {"text": "unknown ref 'a/x'"},
      "locations": [{"physicalLocation": {"artifactLocation": {"uri": "bad.pledge.yaml", "uriBaseId": "SRCROOT"},
                                          "region": {"startLine": 3, "startColumn": 10}}}],
      "properties": {"input": "bad.pledge.yaml"}})"));
  CHECK(invocation["toolExecutionNotifications"][1]["level"] == "note");
  CHECK(sarif["runs"][0]["results"].size() == 1);
}

TEST_CASE("the text format prints each finding with its suggestion, then how many of each severity") {
  CHECK(report::lint_text(sample(), {.colour = false, .root = {}}) ==
        "statements/a.yaml:9:14: error: unknown word 'dleay' [spelling]\n"
        "    did you mean 'delay'?\n"
        "statements/a.yaml:12:11: info: passive voice 'are made' [passive]\n"
        "2 files checked: 1 error, 0 warnings, 1 info\n");
}

TEST_CASE("the text format says when there are no findings") {
  lint::LintReport report;
  report.files.push_back(lint::LintedFile{"a.yaml", "library", "a", "a"});
  CHECK(report::lint_text(report, {.colour = false, .root = {}}) == "1 file checked: no findings\n");
}

TEST_CASE("the text format names a finding's services before its message, and the files not read") {
  CHECK(report::lint_text(run_with_problems(), {}) ==
        "/opt/statements/a.yaml:4:7: warning: ward, clinic: 'ensure' is jargon [jargon]\n"
        "    use 'make sure' instead\n"
        "base.yaml:6:5: info: baseline entry for 'spelling' in a/s2 matches no finding now: the text has "
        "changed or gone; write the baseline again (--write-baseline) to drop it [baseline]\n"
        "2 files checked, 1 not read: 0 errors, 1 warning, 0 info\n");
}

TEST_CASE("the services prefix names three services and counts the rest") {
  lint::LintReport report;
  for (const char* label : {"a", "b", "c", "d", "e"})
    report.files.push_back(lint::LintedFile{std::string(label) + ".pledge.yaml", "pledge", label, label});
  lint::Finding finding;
  finding.files = {0, 1, 2, 3, 4};
  CHECK(report::services_prefix(finding, report.files) == "a, b, c and 2 more: ");
}

TEST_CASE("the text format in colour marks the place in bold, the severity in its colour and the rule dim") {
  const std::vector<lint::Finding> findings = {sample().findings[0]};
  CHECK(report::lint_findings_text(findings, true) ==
        "\033[1mstatements/a.yaml:9:14:\033[0m \033[1;31merror:\033[0m unknown word 'dleay' \033[2m[spelling]"
        "\033[0m\n    did you mean 'delay'?\n");
}

TEST_CASE("the github format writes a workflow command per finding, error and stale entry") {
  CHECK(
      report::lint_github(run_with_problems()) ==
      "::warning file=/opt/statements/a.yaml,line=4,col=7,title=jargon::ward, clinic: 'ensure' is jargon "
      "(use 'make sure' instead)\n"
      "::error file=bad.pledge.yaml,line=3,col=10,title=pledge lint::unknown ref 'a/x'\n"
      "::notice file=base.yaml,line=6,col=5,title=baseline::baseline entry for 'spelling' in a/s2 matches no "
      "finding now: the text has changed or gone; write the baseline again (--write-baseline) to drop it\n");
}

TEST_CASE("the github format escapes what workflow commands give a meaning to") {
  lint::LintReport report;
  report.findings.push_back(lint::Finding{
      "length", lint::Severity::info, Location{"a,b:c%.yaml", 1, 1}, "100% long\nreally", "", "", {}, {}});
  CHECK(report::lint_github(report) ==
        "::notice file=a%2Cb%3Ac%25.yaml,line=1,col=1,title=length::100%25 long%0Areally\n");
}

TEST_CASE("the junit format has a test case per file, failing on error-level findings") {
  CHECK(
      report::lint_junit(sample()) ==
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<testsuites name=\"pledge lint\" tests=\"2\" failures=\"1\" errors=\"0\">\n"
      "  <testsuite name=\"pledge lint\" tests=\"2\" failures=\"1\" errors=\"0\">\n"
      "    <testcase classname=\"library\" name=\"a\" file=\"statements/a.yaml\">\n"
      "      <failure type=\"lint\" message=\"1 error-level finding\">statements/a.yaml:9:14: error: unknown "
      "word &#39;dleay&#39; [spelling]\n    did you mean &#39;delay&#39;?\n</failure>\n"
      "      <system-out>statements/a.yaml:12:11: info: passive voice &#39;are made&#39; [passive]\n"
      "</system-out>\n"
      "    </testcase>\n"
      "    <testcase classname=\"service\" name=\"Ward 7\" file=\"ward.pledge.yaml\">\n"
      "    </testcase>\n"
      "  </testsuite>\n"
      "</testsuites>\n");
}

TEST_CASE("the junit format has an error test case for a file that could not be read") {
  const std::string xml = report::lint_junit(run_with_problems());
  CHECK(xml.find(
            "<testcase classname=\"input\" name=\"bad.pledge.yaml\" file=\"bad.pledge.yaml\">\n"
            "      <error type=\"unreadable\" message=\"the file could not be read\">bad.pledge.yaml:3:10: "
            "error: unknown ref &#39;a/x&#39;\n</error>") != std::string::npos);
  CHECK(xml.find("tests=\"3\" failures=\"0\" errors=\"1\"") != std::string::npos);
}

TEST_CASE("the formats table has text, json, sarif, github and junit, each writing its format") {
  CHECK(report::lint_formats.names() == std::vector<std::string>{"text", "json", "sarif", "github", "junit"});
  const report::LintOutputOptions options{.colour = false, .root = "/r"};
  CHECK(report::lint_formats.at("text").write(sample(), options) == report::lint_text(sample(), options));
  CHECK(report::lint_formats.at("json").write(sample(), options) == report::lint_json(sample()));
  CHECK(report::lint_formats.at("sarif").write(sample(), options) == report::lint_sarif(sample(), options));
  CHECK(report::lint_formats.at("github").write(sample(), options) == report::lint_github(sample()));
  CHECK(report::lint_formats.at("junit").write(sample(), options) == report::lint_junit(sample()));
}

TEST_CASE("an unknown format is an error with did you mean and the formats to choose from") {
  CHECK_THROWS_WITH(report::lint_formats.at("jsn"),
                    "unknown format 'jsn'; did you mean 'json'? (text, json, sarif, github or junit)");
}

TEST_CASE(
    "JSON output writes a file name that is not UTF-8 with its bad bytes as \\xHH, SARIF percent-encoded") {
  lint::LintReport report;
  report.findings.push_back(lint::Finding{"spelling", lint::Severity::error,
                                          Location{"typo\xFE.pledge.yaml", 3, 9}, "unknown word 'dleay'", "",
                                          "local/a"});
  CHECK(nlohmann::json::parse(report::lint_json(report))["findings"][0]["file"] == "typo\\xFE.pledge.yaml");
  const auto sarif = nlohmann::json::parse(report::lint_sarif(report));
  CHECK(sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] ==
        "typo%FE.pledge.yaml");
}
