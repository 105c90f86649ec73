#include <doctest/doctest.h>

#include "model/yaml_reader.hpp"
#include "report/pledge_report.hpp"
#include "test_input.hpp"

using namespace pledge;

namespace {

std::string resolve_as(std::string_view format, const ResolvedPledge& pledge) {
  return report::resolve_formats.at(format).write(pledge);
}

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

TEST_CASE("resolve's formats are text, json, yaml and markdown, in that order") {
  CHECK(report::resolve_formats.names() == std::vector<std::string>{"text", "json", "yaml", "markdown"});
  CHECK(report::resolve_formats.listed() == "text, json, yaml or markdown");
}

TEST_CASE("an unknown resolve format is an error with did-you-mean and the formats to choose from") {
  CHECK(test::error_of([] { report::resolve_formats.at("jsn"); }) ==
        "unknown format 'jsn'; did you mean 'json'? (text, json, yaml or markdown)");
  CHECK(test::error_of([] { report::resolve_formats.at("html"); }) ==
        "unknown format 'html'; choose text, json, yaml or markdown");
}

TEST_CASE("every resolve format writes the pledge as text ending with a newline, with a description") {
  for (const auto& format : report::resolve_formats.rows()) {
    CAPTURE(format.name);
    const std::string out = format.write(small_pledge());
    CHECK(out.find("Hydrotherapy") != std::string::npos);
    CHECK(out.ends_with("\n"));
    CHECK_FALSE(format.is_binary());
    CHECK_FALSE(format.description.empty());
  }
}

TEST_CASE("the JSON report has the documented shape, with original only for reworded statements") {
  CHECK(resolve_as("json", small_pledge()) == R"({
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
  CHECK(resolve_as("text", small_pledge()) == R"(Our pledge: Hydrotherapy
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
  CHECK(resolve_as("text", pledge)
            .rfind("Our pledge: Hydrotherapy\nFor: Patients\n"
                   "Version 2, agreed 14 October 2026\n\n",
                   0) == 0);
  const std::string json = resolve_as("json", pledge);
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
  const std::string report = resolve_as("yaml", small_pledge());
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
  const std::string report = resolve_as("markdown", pledge);
  CHECK(report.find("- We \\*never\\* use\\_jargon. <!-- reworded: lib/dignity -->\n") != std::string::npos);
  CHECK(report.find("| lib/beds | We have no beds. |\n") != std::string::npos);
}

TEST_CASE(
    "the text report escapes control characters in values, so a terminal shows them instead of obeying "
    "them") {
  ResolvedPledge pledge = small_pledge();
  pledge.service = "Hydrotherapy \x1B[2J";
  pledge.statements[0].text = "We listen.\x07";
  const std::string text = resolve_as("text", pledge);
  CHECK(text.find("Our pledge: Hydrotherapy \\x1B[2J\n") != std::string::npos);
  CHECK(text.find("  - We listen.\\x07\n") != std::string::npos);
  CHECK(text.find('\x1B') == std::string::npos);
}

TEST_CASE("a bilingual pledge's text and markdown show each ask in each language, the first listed first") {
  ResolvedPledge pledge = small_pledge();
  pledge.languages = {"cy", "en-GB"};
  pledge.asks = {
      {"Dywedwch wrthym os ydych mewn poen.",
       {},
       {{"cy", "Dywedwch wrthym os ydych mewn poen.", {}}, {"en-GB", "Tell us if you are in pain.", {}}}}};
  CHECK(resolve_as("text", pledge)
            .find("\nWhat we ask of you\n  - cy: Dywedwch wrthym os ydych mewn poen.\n    en-GB: Tell us if "
                  "you are in pain.\n") != std::string::npos);
  CHECK(resolve_as("markdown", pledge)
            .find("## What we ask of you\n\n- **cy:** Dywedwch wrthym os ydych mewn poen.\n  **en-GB:** Tell "
                  "us if you are in pain.\n") != std::string::npos);
}

TEST_CASE("a bilingual pledge's JSON gives each ask its text and its texts by language") {
  ResolvedPledge pledge = small_pledge();
  pledge.languages = {"cy", "en-GB"};
  pledge.asks = {{"Dywedwch wrthym.", {}, {{"cy", "Dywedwch wrthym.", {}}, {"en-GB", "Tell us.", {}}}}};
  CHECK(resolve_as("json", pledge)
            .find("\"asks\": [\n    {\n      \"text\": \"Dywedwch wrthym.\",\n      \"texts\": {\n        "
                  "\"cy\": \"Dywedwch wrthym.\",\n        \"en-GB\": \"Tell us.\"\n      }\n    }\n  ]") !=
        std::string::npos);
}

TEST_CASE("every resolve format shows the asks after the statements, and none when there are none") {
  ResolvedPledge pledge = small_pledge();
  for (const char* format : {"text", "json", "yaml", "markdown"}) {
    CAPTURE(format);
    CHECK(resolve_as(format, pledge).find("ask") == std::string::npos);
  }
  pledge.asks = {{"Tell us if you are in pain.", {}}, {"Bring your medicines.", {}}};
  CHECK(resolve_as("text", pledge)
            .find("\nWhat we ask of you\n  - Tell us if you are in pain.\n  - Bring your "
                  "medicines.\n") != std::string::npos);
  CHECK(resolve_as("json", pledge)
            .find("\"asks\": [\n    \"Tell us if you are in pain.\",\n    \"Bring your "
                  "medicines.\"\n  ]") != std::string::npos);
  CHECK(resolve_as("yaml", pledge)
            .find("asks:\n  - \"Tell us if you are in pain.\"\n  - \"Bring your medicines.\"") !=
        std::string::npos);
  CHECK(resolve_as("markdown", pledge)
            .find("## What we ask of you\n\n- Tell us if you are in pain.\n- Bring "
                  "your medicines.\n") != std::string::npos);
}
