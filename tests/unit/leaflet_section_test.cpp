#include <doctest/doctest.h>

#include "lint/linter.hpp"
#include "lint_fixture.hpp"
#include "model/pledge_diff.hpp"
#include "model/service_file.hpp"
#include "report/pledge_report.hpp"
#include "test_input.hpp"

using namespace pledge;
using pledge::test::error_of;
using pledge::test::read_service_text;
using pledge::test::service_file_error;
using pledge::test::yaml;

// The service file's `leaflet:` section (issue 14): the panel headings and texts a service writes in place of
// the leaflet's own, in every language of its pledge.

namespace {

const std::string head = "service: A\nlibraries: [demo]\n";

std::string resolve_as(std::string_view format, const ResolvedPledge& pledge) {
  return report::resolve_formats.at(format).write(pledge);
}

// The Welsh ward's library, for a pledge in Welsh and English.
struct WelshWard : test::WelshWardLibrary {
  std::string error(const std::string& text) {
    return error_of([&] { resolve("team.pledge.yaml", text); });
  }
};

}  // namespace

TEST_CASE("a leaflet section sets a panel's heading and text, each at its place") {
  DiagnosticList problems;
  const ServiceFile service =
      read_service_text(head +
                            "leaflet:\n  contact:\n    heading: Ring us\n"
                            "    text: Ward 7, Riverside Hospital. Phone 01632 960 123.\n",
                        problems);
  CHECK(problems.empty());
  REQUIRE(service.leaflet.size() == 2);
  CHECK(service.leaflet[0].panel == "contact");
  CHECK(service.leaflet[0].part == "heading");
  CHECK(service.leaflet[0].text == "Ring us");
  CHECK(service.leaflet[0].location == Location{"team.pledge.yaml", 5, 14});
  CHECK(service.leaflet[1].part == "text");
  CHECK(service.leaflet[1].text == "Ward 7, Riverside Hospital. Phone 01632 960 123.");
  CHECK(service.leaflet[1].location == Location{"team.pledge.yaml", 6, 11});
}

TEST_CASE(
    "the leaflet section's panels are read in the leaflet's order, whatever order they are written in") {
  DiagnosticList problems;
  const ServiceFile service = read_service_text(
      head + "leaflet:\n  feedback: {text: Tell us.}\n  why: {heading: Why we care}\n  who: {text: You.}\n",
      problems);
  CHECK(problems.empty());
  REQUIRE(service.leaflet.size() == 3);
  CHECK(service.leaflet[0].panel == "who");
  CHECK(service.leaflet[1].panel == "why");
  CHECK(service.leaflet[2].panel == "feedback");
}

TEST_CASE("a leaflet text may be written as its text and translations, as an ask is") {
  DiagnosticList problems;
  const ServiceFile service =
      read_service_text(head +
                            "leaflet:\n  contact:\n    text:\n      text: Phone 01632 960 123.\n"
                            "      translations: {cy: Ffôn 01632 960 123.}\n",
                        problems);
  CHECK(problems.empty());
  REQUIRE(service.leaflet.size() == 1);
  CHECK(service.leaflet[0].text == "Phone 01632 960 123.");
  CHECK(service.leaflet[0].location == Location{"team.pledge.yaml", 6, 13});
  REQUIRE(service.leaflet[0].translations.size() == 1);
  CHECK(service.leaflet[0].translations[0].language == "cy");
  CHECK(service.leaflet[0].translations[0].text == "Ffôn 01632 960 123.");
  CHECK(service.leaflet[0].translations[0].location == Location{"team.pledge.yaml", 7, 26});
}

TEST_CASE("an unknown panel of the leaflet section is an error suggesting the nearest") {
  CHECK(service_file_error(head + "leaflet:\n  contacts: {text: Phone us.}\n") ==
        "team.pledge.yaml:4:3: unknown key 'contacts' in leaflet section; did you mean 'contact'?");
}

TEST_CASE("a key of a leaflet panel other than heading and text is an error suggesting the nearest") {
  CHECK(
      service_file_error(head + "leaflet:\n  why:\n    headline: Why we care\n") ==
      "team.pledge.yaml:5:5: unknown key 'headline' in 'why' panel of the leaflet; did you mean 'heading'?");
}

TEST_CASE("a leaflet panel written as a text is an error saying it needs a heading or a text") {
  CHECK(service_file_error(head + "leaflet:\n  why: Because we care.\n") ==
        "team.pledge.yaml:4:8: this 'why' panel of the leaflet must be written as 'key: value' lines, but it "
        "is a text");
}

TEST_CASE("a leaflet panel's heading that is a list is an error at the list") {
  CHECK(service_file_error(head + "leaflet:\n  why: {heading: [Why, we care]}\n") ==
        "team.pledge.yaml:4:18: 'heading' in 'why' panel of the leaflet must be a text, but it is a list");
}

TEST_CASE("a leaflet text written as a mapping needs its text, and no other keys") {
  CHECK(service_file_error(head + "leaflet:\n  why:\n    text: {words: Because.}\n") ==
        "team.pledge.yaml:5:11: missing 'text' in leaflet text; add 'text: ...'\n"
        "team.pledge.yaml:5:12: unknown key 'words' in leaflet text; a leaflet text may have: text, "
        "translations");
}

TEST_CASE("a leaflet section written as a list is an error") {
  CHECK(
      service_file_error(head + "leaflet: [contact]\n") ==
      "team.pledge.yaml:3:10: this leaflet section must be written as 'key: value' lines, but it is a list");
}

TEST_CASE("a bilingual pledge's leaflet texts are in every language, in its order, each at its place") {
  WelshWard ward;
  const ResolvedPledge pledge = ward.resolve("team.pledge.yaml", R"(service: A
languages: [cy, en-GB]
libraries: [ward]
leaflet:
  contact:
    text:
      text: Phone 01632 960 123.
      translations: {cy: Ffôn 01632 960 123.}
)");
  REQUIRE(pledge.leaflet.size() == 1);
  CHECK(pledge.leaflet[0].panel == "contact");
  CHECK(pledge.leaflet[0].part == "text");
  REQUIRE(pledge.leaflet[0].texts.size() == 2);
  CHECK(pledge.leaflet[0].texts[0].language == "cy");
  CHECK(pledge.leaflet[0].texts[0].text == "Ffôn 01632 960 123.");
  CHECK(to_string(pledge.leaflet[0].texts[0].location) == "team.pledge.yaml:8:26");
  CHECK(pledge.leaflet[0].texts[1].language == "en-GB");
  CHECK(to_string(pledge.leaflet[0].texts[1].location) == "team.pledge.yaml:7:13");
  CHECK(leaflet_text(pledge, "contact", "text") == &pledge.leaflet[0]);
  CHECK(leaflet_text(pledge, "contact", "heading") == nullptr);
}

TEST_CASE(
    "a leaflet text without a translation into a listed language is an error at it naming the language") {
  WelshWard ward;
  CHECK(
      ward.error("service: A\nlanguages: [cy, en-GB]\nlibraries: [ward]\nleaflet:\n  why: {heading: Why "
                 "we care}\n") ==
      "team.pledge.yaml:5:18: the heading of the leaflet's 'why' panel has no translation into cy, which the "
      "service's 'languages:' lists; add 'cy: ...' under its 'translations:'");
}

TEST_CASE("a leaflet text's translation into the language it is written in is an error at its key") {
  WelshWard ward;
  CHECK(
      ward.error("service: A\nlanguages: [cy, en-GB]\nlibraries: [ward]\nleaflet:\n  why:\n    heading: "
                 "{text: Why, translations: {en-GB: Why, cy: Pam}}\n") ==
      "team.pledge.yaml:6:41: a translation into en-GB, the language this is written in ('language:' of its "
      "file, en-GB if not given); remove it or change the file's language");
}

TEST_CASE("every resolve format shows the leaflet texts the service sets, and none when it sets none") {
  test::DemoLibrary demo;
  const ResolvedPledge plain = demo.resolve("team.pledge.yaml", head);
  for (const char* format : {"text", "json", "yaml", "markdown"}) {
    CAPTURE(format);
    CHECK(resolve_as(format, plain).find("leaflet") == std::string::npos);
  }
  const ResolvedPledge pledge = demo.resolve(
      "team.pledge.yaml", head + "leaflet:\n  contact: {heading: Ring us, text: Phone 01632 960 123.}\n");
  CHECK(resolve_as("text", pledge)
            .find("\nOn the leaflet\n  contact heading: Ring us\n  contact text: Phone "
                  "01632 960 123.\n") != std::string::npos);
  CHECK(resolve_as("json", pledge)
            .find("\"leaflet\": {\n    \"contact\": {\n      \"heading\": \"Ring us\",\n   "
                  "   \"text\": \"Phone 01632 960 123.\"\n    }\n  }") != std::string::npos);
  CHECK(resolve_as("yaml", pledge)
            .find("leaflet:\n  contact:\n    heading: \"Ring us\"\n    text: \"Phone 01632 "
                  "960 123.\"") != std::string::npos);
  CHECK(resolve_as("markdown", pledge)
            .find("## On the leaflet\n\n- contact heading: Ring us\n- contact text: "
                  "Phone 01632 960 123.\n") != std::string::npos);
}

TEST_CASE("a bilingual pledge's resolve formats give each leaflet text in each language, the first first") {
  WelshWard ward;
  const ResolvedPledge pledge = ward.resolve("team.pledge.yaml", R"(service: A
languages: [cy, en-GB]
libraries: [ward]
leaflet:
  why: {heading: {text: Why we care, translations: {cy: Pam rydym yn gofalu}}}
)");
  CHECK(resolve_as("text", pledge)
            .find("\nOn the leaflet\n  why heading:\n    cy: Pam rydym yn gofalu\n    "
                  "en-GB: Why we care\n") != std::string::npos);
  CHECK(resolve_as("json", pledge)
            .find("\"leaflet\": {\n    \"why\": {\n      \"heading\": {\n        \"cy\": "
                  "\"Pam rydym yn gofalu\",\n        \"en-GB\": \"Why we care\"\n") != std::string::npos);
  CHECK(resolve_as("yaml", pledge)
            .find("leaflet:\n  why:\n    heading:\n      \"cy\": \"Pam rydym yn "
                  "gofalu\"\n      \"en-GB\": \"Why we care\"") != std::string::npos);
  CHECK(resolve_as("markdown", pledge)
            .find("- why heading:\n  **cy:** Pam rydym yn gofalu\n  **en-GB:** Why we "
                  "care\n") != std::string::npos);
}

TEST_CASE("a diff names a leaflet text the service changed, with its old and new wording") {
  test::DemoLibrary demo;
  const PledgeDiff diff =
      diff_pledges(demo.resolve("old.yaml", head + "leaflet: {contact: {text: Phone 01632 960 123.}}\n"),
                   demo.resolve("new.yaml", head + "leaflet: {contact: {text: Phone 01632 960 999.}}\n"));
  REQUIRE(diff.fields.size() == 1);
  CHECK(diff.fields[0].field == "leaflet");
  CHECK(diff.fields[0].key == "contact text");
  CHECK(diff.fields[0].old_value == "Phone 01632 960 123.");
  CHECK(diff.fields[0].new_value == "Phone 01632 960 999.");
}

TEST_CASE("a service's leaflet texts are linted like its statements, at their place in the service file") {
  test::TempFolder folder;
  folder.write("lib.yaml", test::library_text({"We listen."})->content());
  const auto service = folder.write("service.yaml",
                                    "service: Test\nlibraries: [lib]\nleaflet:\n  feedback:\n"
                                    "    text: Please utilise the form.\n");
  LibraryCatalog catalog({folder.path()});
  const ResolvedPledge pledge = resolve_file(service, catalog);
  const auto report = test::shared_linter().check(lint::subject_of(pledge, catalog), test::only("jargon"));
  REQUIRE(report.findings.size() == 1);
  CHECK(report.findings[0].location == Location{service.string(), 5, 18});
  CHECK(report.findings[0].ref == "leaflet/feedback/text");
}

TEST_CASE("a Welsh leaflet text of a bilingual pledge is spell-checked in Welsh, at its own place") {
  WelshWard ward;
  const ResolvedPledge pledge = ward.resolve("team.pledge.yaml", R"(service: A
languages: [cy, en-GB]
libraries: [ward]
leaflet:
  why:
    text:
      text: We care for you.
      translations:
        cy: Rydym yn gofalluu amdanoch chi.
)");
  const lint::LintReport report =
      test::shared_linter().check(lint::subject_of(pledge, ward.catalog()), test::only("spelling"));
  REQUIRE(report.findings.size() == 1);
  CHECK(report.findings[0].ref == "leaflet/why/text");
  CHECK(report.findings[0].location == Location{"team.pledge.yaml", 9, 22});
  CHECK(report.findings[0].message == "unknown word 'gofalluu'");
}

TEST_CASE("a leaflet panel's heading, like a group title, is not linted as a statement") {
  test::DemoLibrary demo;
  const ResolvedPledge pledge =
      demo.resolve("team.pledge.yaml", head + "leaflet: {feedback: {heading: Compliments and concerns}}\n");
  const auto report =
      test::shared_linter().check(lint::subject_of(pledge, demo.catalog()), test::only("typography"));
  CHECK(report.findings.empty());
  CHECK(lint::subject_of(pledge, demo.catalog()).statements.size() == pledge.statements.size());
}
