#include <doctest/doctest.h>

#include "model/yaml_reader.hpp"
#include "report/pledge_report.hpp"

using namespace pledge;

namespace {

ResolvedPledge small_pledge() {
  ResolvedPledge pledge;
  pledge.service = "Hydrotherapy";
  pledge.audience = "Patients";
  pledge.groups = {{"caring", "We are caring"}};
  pledge.statements.push_back({"lib/dignity",
                               "caring",
                               "We are caring",
                               "We treat you with dignity.",
                               StatementStatus::reworded,
                               "Our patients are treated with dignity.",
                               {},
                               {},
                               {}});
  pledge.statements.push_back({"local/pool",
                               "caring",
                               "We are caring",
                               "We keep the pool at 34 °C.",
                               StatementStatus::added,
                               "",
                               {},
                               {},
                               {}});
  pledge.excluded.push_back({"lib/beds", "We have no beds.", "Single-sex rooms.", {}});
  return pledge;
}

}  // namespace

TEST_CASE("report formats are named text, json, yaml and markdown") {
  CHECK(parse_report_format("json") == ReportFormat::json);
  CHECK(parse_report_format("markdown") == ReportFormat::markdown);
  CHECK_FALSE(parse_report_format("html").has_value());
}

TEST_CASE("the JSON report has the documented shape, with original only for reworded statements") {
  CHECK(format_report(small_pledge(), ReportFormat::json) == R"({
  "service": "Hydrotherapy",
  "audience": "Patients",
  "version": "",
  "agreed": "",
  "statements": [
    {
      "ref": "lib/dignity",
      "group": "caring",
      "group_title": "We are caring",
      "text": "We treat you with dignity.",
      "status": "reworded",
      "original": "Our patients are treated with dignity."
    },
    {
      "ref": "local/pool",
      "group": "caring",
      "group_title": "We are caring",
      "text": "We keep the pool at 34 °C.",
      "status": "added"
    }
  ],
  "excluded": [
    {
      "ref": "lib/beds",
      "reason": "We have no beds."
    }
  ]
}
)");
}

TEST_CASE("the text report shows each statement's status, ref and original wording") {
  CHECK(format_report(small_pledge(), ReportFormat::text) == R"(Our pledge: Hydrotherapy
For: Patients

We are caring
  - We treat you with dignity.
      reworded: lib/dignity
      was: Our patients are treated with dignity.
  - We keep the pool at 34 °C.
      added: local/pool

Excluded
  - lib/beds
      reason: We have no beds.

2 statements (0 kept, 1 reworded, 1 added), 1 excluded
)");
}

TEST_CASE("the text and JSON reports give the pledge's version and agreed date when the service file does") {
  ResolvedPledge pledge = small_pledge();
  pledge.version = "2";
  pledge.agreed = CalendarDate{2026, 10, 14};
  CHECK(format_report(pledge, ReportFormat::text)
            .rfind("Our pledge: Hydrotherapy\nFor: Patients\n"
                   "Version 2, agreed 14 October 2026\n\n",
                   0) == 0);
  const std::string json = format_report(pledge, ReportFormat::json);
  CHECK(json.find("\"version\": \"2\",\n  \"agreed\": \"2026-10-14\",") != std::string::npos);
}

TEST_CASE("the version line says what the service file gives, and nothing when it gives neither") {
  ResolvedPledge pledge = small_pledge();
  CHECK(version_line(pledge) == "");
  pledge.agreed = CalendarDate{2026, 3, 3};
  CHECK(version_line(pledge) == "Agreed 3 March 2026");
  pledge.version = "2026/27";
  CHECK(version_line(pledge) == "Version 2026/27, agreed 3 March 2026");
  pledge.agreed.reset();
  CHECK(version_line(pledge) == "Version 2026/27");
}

TEST_CASE("the YAML report reads back with the same fields") {
  const std::string report = format_report(small_pledge(), ReportFormat::yaml);
  const YamlNode node = parse_yaml(SourceText("report.yaml", report));
  CHECK(node.find("service")->scalar() == "Hydrotherapy");
  const auto& statements = node.find("statements")->items();
  CHECK(statements.at(0).find("original")->scalar() == "Our patients are treated with dignity.");
  CHECK(statements.at(1).find("original") == nullptr);
  CHECK(node.find("excluded")->items().at(0).find("reason")->scalar() == "We have no beds.");
}

TEST_CASE("the markdown report escapes text so that it never becomes markup") {
  ResolvedPledge pledge = small_pledge();
  pledge.statements[0].text = "We *never* use_jargon.";
  const std::string report = format_report(pledge, ReportFormat::markdown);
  CHECK(report.find("- We \\*never\\* use\\_jargon. <!-- reworded: lib/dignity -->\n") != std::string::npos);
  CHECK(report.find("| lib/beds | We have no beds. |\n") != std::string::npos);
}
