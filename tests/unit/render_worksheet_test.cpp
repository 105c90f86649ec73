#include <doctest/doctest.h>

#include "model/fixed_texts.hpp"
#include "render/worksheet.hpp"
#include "test_input.hpp"

using namespace pledge;

namespace {

const std::filesystem::path& shipped = test::shipped_languages;

using WelshWard = test::WelshWardLibrary;

using test::occurrences;

}  // namespace

TEST_CASE("the worksheet's fixed texts come from each language's file") {
  const FixedTexts english = texts_for("en-GB", {shipped});
  const FixedTexts welsh = texts_for("cy", {shipped});
  CHECK(english.text("reason-for-crossing-off") == "Reason for crossing off");
  CHECK(welsh.text("reason-for-crossing-off") == "Rheswm dros groesi allan");
  CHECK(english.text("new-statements-of-our-own") == "New statements of our own");
  CHECK(welsh.text("new-statements-of-our-own") == "Ein datganiadau newydd ein hunain");
  CHECK(welsh.text("added-in-service-file") == "wedi'i ychwanegu yn ffeil y gwasanaeth");
}

TEST_CASE("the checklist's note says the worksheet numbers statements as the poster and leaflet do") {
  CHECK(texts_for("en-GB", {shipped}).text("checklist-numbered") ==
        "Statements are numbered as on the poster, the leaflet and the worksheet.");
  CHECK(texts_for("cy", {shipped}).text("checklist-numbered") ==
        "Mae'r datganiadau wedi'u rhifo fel ar y poster, y daflen a'r daflen waith.");
}

TEST_CASE("a bilingual worksheet is in its first language, with each text in the other tagged with its own") {
  WelshWard ward;
  const ResolvedPledge pledge =
      ward.resolve("team.pledge.yaml", "service: A\nlanguages: [cy, en-GB]\nlibraries: [ward]\n");
  const std::string pdf = render::render_worksheet(pledge, ward.catalog(), {});
  CHECK(occurrences(pdf, "/Lang (cy)") == 1);  // the catalog's
  // The title, the heading and six steps, the group title, the statement, its three tick boxes, the reason,
  // "New wording", the section's own statements and the last page's heading and note: each once in English.
  CHECK(occurrences(pdf, "/Lang (en-GB)") == 18);
}

TEST_CASE("a worksheet in one language tags no text with another") {
  WelshWard ward;
  const ResolvedPledge pledge =
      ward.resolve("team.pledge.yaml", "service: A\nlanguages: [cy]\nlibraries: [ward]\n");
  const std::string pdf = render::render_worksheet(pledge, ward.catalog(), {});
  CHECK(occurrences(pdf, "/Lang (cy)") == 1);
  CHECK(occurrences(pdf, "/Lang (en-GB)") == 0);
}

TEST_CASE("the statements a service adds are on its worksheet, to be kept, crossed off or reworded") {
  WelshWard ward;
  const std::string service = "service: A\nlibraries: [ward]\n";
  const std::string added = service + "add: [{id: tea, group: respect, text: We offer you tea.}]\n";
  const std::string without =
      render::render_worksheet(ward.resolve("a.pledge.yaml", service), ward.catalog(), {});
  const std::string with = render::render_worksheet(ward.resolve("b.pledge.yaml", added), ward.catalog(), {});
  // One list item for each statement, and six for the steps of "How to use this sheet".
  CHECK(occurrences(without, "/S /LI") == 6 + 1);
  CHECK(occurrences(with, "/S /LI") == 6 + 2);
}
