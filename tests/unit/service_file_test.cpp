#include <doctest/doctest.h>

#include "model/service_file.hpp"
#include "test_input.hpp"

using namespace pledge;
using pledge::test::read_service_text;
using pledge::test::service_file_error;
using pledge::test::yaml;

TEST_CASE("a service file gives its selection, exclusions, rewordings, additions and staff") {
  DiagnosticList problems;
  const ServiceFile service = read_service_text(R"(service: District Nursing – North Locality
audience: Patients, families and carers
libraries: [demo]
groups:
  - id: our-team
    title: Our team
exclude:
  - ref: demo/single-sex-accommodation
    reason: We have no inpatient beds.
reword:
  - ref: demo/second-opinion
    text: You can ask for a second opinion.
add:
  - id: syringe-drivers
    group: caring
    text: We check your syringe driver every day.
staff: [Asha Patel, Tom Evans]
)",
                                                problems);
  CHECK(problems.empty());
  CHECK(service.service == "District Nursing – North Locality");
  CHECK(service.audience == "Patients, families and carers");
  REQUIRE(service.libraries.size() == 1);
  CHECK(service.libraries[0].id == "demo");
  CHECK(service.groups.at(0).title == "Our team");
  CHECK(service.exclude.at(0).reason == "We have no inpatient beds.");
  CHECK(service.exclude.at(0).location == Location{"team.pledge.yaml", 8, 10});
  CHECK(service.reword.at(0).text == "You can ask for a second opinion.");
  CHECK(service.reword.at(0).text_location == Location{"team.pledge.yaml", 12, 11});
  CHECK(service.add.at(0).id == "syringe-drivers");
  CHECK(service.staff == std::vector<std::string>{"Asha Patel", "Tom Evans"});
}

TEST_CASE("sections left empty, as a starter file leaves them, read as empty lists") {
  DiagnosticList problems;
  const ServiceFile service =
      read_service_text("service: A\nlibraries: [demo]\nexclude:\nreword:\nadd:\nstaff:\n", problems);
  CHECK(problems.empty());
  CHECK(service.exclude.empty());
  CHECK(service.staff.empty());
}

TEST_CASE("a misspelt section name suggests the right one") {
  CHECK(service_file_error("service: A\nlibraries: [demo]\nexlude: []\n") ==
        "team.pledge.yaml:3:1: unknown key 'exlude' in service file; did you mean 'exclude'?");
}

TEST_CASE("a service file may give the pledge's version and the day it was agreed") {
  DiagnosticList problems;
  const ServiceFile service =
      read_service_text("service: A\nlibraries: [demo]\nversion: \"2\"\nagreed: 2026-10-14\n", problems);
  CHECK(problems.empty());
  CHECK(service.version == "2");
  CHECK(service.agreed == CalendarDate{2026, 10, 14});
}

TEST_CASE("an agreed date that is not written YYYY-MM-DD is an error at the date") {
  CHECK(
      service_file_error("service: A\nlibraries: [demo]\nagreed: 14/10/2026\n") ==
      "team.pledge.yaml:3:9: agreed '14/10/2026' is not a date; write the day the team agreed the pledge as "
      "YYYY-MM-DD, e.g. 2026-03-03");
}

TEST_CASE("a service file without a service name is an error") {
  CHECK(service_file_error("libraries: [demo]\n") ==
        "team.pledge.yaml:1:1: missing 'service' in service file; add 'service: ...'");
}

TEST_CASE("a service name of only spaces is empty, as an empty one is") {
  CHECK(service_file_error("service: \" \u00A0\"\nlibraries: [demo]\n") ==
        "team.pledge.yaml:1:10: 'service' in service file is empty; write a value after 'service:'");
}

TEST_CASE("a service name left empty is reported at its own line, after the colon") {
  CHECK(service_file_error("audience: Patients\nservice:\nlibraries: [demo]\n") ==
        "team.pledge.yaml:2:9: 'service' in service file is empty; write a value after 'service:'");
}

TEST_CASE("a service file without libraries is an error") {
  CHECK(service_file_error("service: A\n") ==
        "team.pledge.yaml:1:1: missing 'libraries' in service file; add 'libraries: ...'");
}

TEST_CASE("an exclusion without a reason is an error asking for one") {
  CHECK(service_file_error("service: A\nlibraries: [demo]\nexclude:\n  - ref: demo/dignity\n") ==
        "team.pledge.yaml:4:5: the exclusion of 'demo/dignity' has no reason; add 'reason:' saying why the "
        "statement does not fit your service (auditors ask)");
}

TEST_CASE("an exclusion with an empty reason is an error too") {
  CHECK(service_file_error(
            "service: A\nlibraries: [demo]\nexclude:\n  - ref: demo/dignity\n    reason: \"\"\n") ==
        "team.pledge.yaml:4:5: the exclusion of 'demo/dignity' has no reason; add 'reason:' saying why the "
        "statement does not fit your service (auditors ask)");
}

TEST_CASE("a rewording without text is an error") {
  CHECK(service_file_error("service: A\nlibraries: [demo]\nreword:\n  - ref: demo/dignity\n") ==
        "team.pledge.yaml:4:5: missing 'text' in rewording; add 'text: ...'");
}

TEST_CASE("two added statements with one id are an error") {
  CHECK(service_file_error(
            "service: A\nlibraries: [demo]\nadd:\n  - {id: x, group: caring, text: One.}\n  - {id: x, group: "
            "caring, text: Two.}\n") ==
        "team.pledge.yaml:5:10: duplicate id 'x' under 'add'; each added statement needs its own id");
}

TEST_CASE("a library listed twice is an error") {
  CHECK(service_file_error("service: A\nlibraries: [demo, demo]\n") ==
        "team.pledge.yaml:2:19: library 'demo' is listed twice under 'libraries'; list it once");
}

TEST_CASE("staff given as one text instead of a list is an error") {
  CHECK(service_file_error("service: A\nlibraries: [demo]\nstaff: Asha Patel\n") ==
        "team.pledge.yaml:3:8: 'staff' in service file must be a list (items starting with '- ', or [a, b]), "
        "but it is a text");
}

TEST_CASE("an exclusion written as a bare ref is an error saying a mapping is needed") {
  CHECK(service_file_error("service: A\nlibraries: [demo]\nexclude:\n  - demo/dignity\n") ==
        "team.pledge.yaml:4:5: this exclusion must be written as 'key: value' lines, but it is a text");
}

TEST_CASE("problems in different sections are all reported") {
  CHECK(service_file_error("service: A\nlibraries: demo\nreword:\n  - ref: demo/dignity\nstaff: [[x]]\n") ==
        "team.pledge.yaml:2:12: 'libraries' in service file must be a list (items starting with '- ', or [a, "
        "b]), but it is a text\n"
        "team.pledge.yaml:4:5: missing 'text' in rewording; add 'text: ...'\n"
        "team.pledge.yaml:5:9: each item of 'staff' must be a text, but this is a list");
}

TEST_CASE("poster, contact, words, glossary and evidence settings are read") {
  DiagnosticList problems;
  const ServiceFile service = read_service_text(R"(service: A
libraries: [demo]
contact: Call 01234 567890, 8am to 6pm.
poster: {size: A2, copies: 12}
words: [Prydderch]
glossary: {GP: family doctor}
evidence:
  - {ref: demo/dignity, status: partly met, owner: Asha Patel, notes: Survey due in May.}
lint:
  spelling: error
)",
                                                problems);
  CHECK(problems.empty());
  CHECK(service.contact == "Call 01234 567890, 8am to 6pm.");
  CHECK(service.poster.size == "A2");
  CHECK(service.poster.copies == 12);
  CHECK(service.words == std::vector<std::string>{"Prydderch"});
  CHECK(service.glossary.at(0).meaning == "family doctor");
  CHECK(service.evidence.at(0).status == "Partly met");
  CHECK(service.evidence.at(0).owner == "Asha Patel");
  REQUIRE(service.lint.rules.size() == 1);
  CHECK(service.lint.rules[0].rule == "spelling");
  CHECK(service.lint.rules[0].severity->text == "error");
}

TEST_CASE("a poster size other than A4, A3 or A2 is an error") {
  CHECK(service_file_error("service: A\nlibraries: [demo]\nposter: {size: A5}\n") ==
        "team.pledge.yaml:3:16: poster size 'A5' is not one of A4, A3, A2; did you mean 'A4'?");
}

TEST_CASE("a number of poster copies that is not a whole number is an error") {
  CHECK(service_file_error("service: A\nlibraries: [demo]\nposter: {copies: lots}\n") ==
        "team.pledge.yaml:3:18: poster copies must be a whole number from 1 to 9999, not 'lots'");
}

TEST_CASE("an evidence status outside Met, Partly met and Not met is an error with a suggestion") {
  CHECK(service_file_error(
            "service: A\nlibraries: [demo]\nevidence:\n  - {ref: demo/dignity, status: Partially met}\n") ==
        "team.pledge.yaml:4:33: evidence status 'Partially met' is not one of Met, Partly met, Not met; did "
        "you mean 'Partly "
        "met'?");
}

TEST_CASE("an evidence record gives when it was checked, by whom, where the evidence is and when it is due") {
  DiagnosticList problems;
  const ServiceFile service = read_service_text(R"(service: A
libraries: [demo]
evidence:
  - ref: demo/dignity
    status: Met
    checked: 2026-02-10
    reviewer: Ruth Okafor
    link: https://intranet.example.nhs.uk/audit/dignity
    review-by: 2026-08-10
)",
                                                problems);
  CHECK(problems.empty());
  const EvidenceRecord& record = service.evidence.at(0);
  CHECK(record.checked == CalendarDate{2026, 2, 10});
  CHECK(record.reviewer == "Ruth Okafor");
  CHECK(record.link == "https://intranet.example.nhs.uk/audit/dignity");
  CHECK(record.review_by == CalendarDate{2026, 8, 10});
  CHECK(record.review_by_location.line == 9);
}

TEST_CASE("an evidence record's checked date that is not a real day is an error at its place") {
  CHECK(
      service_file_error(
          "service: A\nlibraries: [demo]\nevidence:\n  - {ref: demo/dignity, checked: 2026-02-30}\n") ==
      "team.pledge.yaml:4:34: checked '2026-02-30' is not a date; write the day the evidence was checked as "
      "YYYY-MM-DD, e.g. 2026-03-03");
}

TEST_CASE("an evidence record's review-by date that is not a date is an error at its place") {
  CHECK(service_file_error(
            "service: A\nlibraries: [demo]\nevidence:\n  - {ref: demo/dignity, review-by: next May}\n") ==
        "team.pledge.yaml:4:36: review-by 'next May' is not a date; write the day the evidence is due for "
        "review as YYYY-MM-DD, e.g. 2026-03-03");
}

TEST_CASE("columns count characters, not bytes, after accented letters and dashes") {
  CHECK(service_file_error("service: Gwasanaeth – ŵyr\nlibraries: [demo]\nstaff: [Siân, [x]]\n") ==
        "team.pledge.yaml:3:15: each item of 'staff' must be a text, but this is a list");
}

TEST_CASE("asks are read in order, each with its place") {
  DiagnosticList problems;
  const ServiceFile service = read_service_text(
      "service: A\nlibraries: [demo]\nasks:\n  - Tell us if you are in pain.\n  - Bring a list of your "
      "medicines.\n",
      problems);
  CHECK(problems.empty());
  REQUIRE(service.asks.size() == 2);
  CHECK(service.asks[0].text == "Tell us if you are in pain.");
  CHECK(service.asks[1].text == "Bring a list of your medicines.");
  CHECK(service.asks[1].location == Location{"team.pledge.yaml", 5, 5});
}

TEST_CASE("an ask that is not a text is an error") {
  CHECK(service_file_error("service: A\nlibraries: [demo]\nasks:\n  - [be, kind]\n") ==
        "team.pledge.yaml:4:5: each item of 'asks' must be a short text saying what you ask of patients, "
        "relatives and carers (or 'text:' with 'translations:'), but this is a list");
}

TEST_CASE("an ask may be written as its text and translations") {
  DiagnosticList problems;
  const ServiceFile service = read_service_text(
      "service: A\nlibraries: [demo]\nasks:\n  - text: Tell us if you are in pain.\n"
      "    translations: {cy: Dywedwch wrthym os ydych mewn poen.}\n",
      problems);
  CHECK(problems.empty());
  REQUIRE(service.asks.size() == 1);
  CHECK(service.asks[0].text == "Tell us if you are in pain.");
  CHECK(service.asks[0].location == Location{"team.pledge.yaml", 4, 11});
  REQUIRE(service.asks[0].translations.size() == 1);
  CHECK(service.asks[0].translations[0].language == "cy");
  CHECK(service.asks[0].translations[0].text == "Dywedwch wrthym os ydych mewn poen.");
}

TEST_CASE("an ask written as a mapping needs its text, and no other keys") {
  CHECK(service_file_error("service: A\nlibraries: [demo]\nasks:\n  - {be: kind}\n") ==
        "team.pledge.yaml:4:5: missing 'text' in ask; add 'text: ...'\n"
        "team.pledge.yaml:4:6: unknown key 'be' in ask; an ask may have: text, translations");
}

TEST_CASE("a poster's sheets and numbers are read, numbers on by default") {
  DiagnosticList problems;
  CHECK(read_service_text("service: A\nlibraries: [demo]\n", problems).poster.numbers);
  CHECK(read_service_text("service: A\nlibraries: [demo]\n", problems).poster.sheets == 0);
  const ServiceFile service =
      read_service_text("service: A\nlibraries: [demo]\nposter: {sheets: 1, numbers: false}\n", problems);
  CHECK(problems.empty());
  CHECK(service.poster.sheets == 1);
  CHECK_FALSE(service.poster.numbers);
}

TEST_CASE("a number of poster sheets outside 1 to 9 is an error") {
  CHECK(service_file_error("service: A\nlibraries: [demo]\nposter: {sheets: 0}\n") ==
        "team.pledge.yaml:3:18: poster sheets must be a whole number from 1 to 9, not '0' (leave it out to "
        "take as many sheets as the pledge and the team need)");
}

TEST_CASE("poster numbers that are not true or false are an error") {
  CHECK(service_file_error("service: A\nlibraries: [demo]\nposter: {numbers: [1]}\n") ==
        "team.pledge.yaml:3:19: poster numbers must be true or false, not a list");
}
