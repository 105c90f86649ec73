#include <doctest/doctest.h>

#include <string>

#include "pdf_pages.hpp"
#include "render/leaflet.hpp"
#include "test_input.hpp"

using namespace pledge;
using namespace pledge::render;
using pledge::test::error_of;

// The leaflet in every language of its pledge (issue 16) and with the service's own panel texts (issue 14).

namespace {

// A library `ward` of `count` statements of about twenty words, each with its Welsh translation, in one
// group.
std::string welsh_ward_of(int count) {
  std::string text =
      "library: ward\ntitle: Ward\nsource: A test\ngroups: [{id: care, title: Your care, "
      "translations: {cy: Eich gofal}}]\nstatements:\n";
  for (int i = 1; i <= count; ++i) {
    const std::string n = std::to_string(i);
    text += "  - id: s" + n + "\n    group: care\n    text: We explain part " + n +
            " of your care to you and your family in clear words, and check that you have understood it.\n"
            "    translations:\n      cy: Byddwn yn esbonio rhan " +
            n + " o'ch gofal i chi a'ch teulu mewn geiriau clir, ac yn gwirio eich bod wedi'i deall.\n";
  }
  return text;
}

struct WelshWard : test::LibraryFolder {
  explicit WelshWard(int statements) { add("ward", welsh_ward_of(statements)); }
  ResolvedPledge in(const std::string& service, std::string_view only_language = "") {
    DiagnosticList problems;
    ServiceFile file = read_service_file(test::yaml("ward.pledge.yaml", service), problems);
    return pledge::resolve(std::move(file), std::move(problems), catalog(), only_language);
  }
};

const std::string bilingual = "service: Ward 7\nlanguages: [cy, en-GB]\nlibraries: [ward]\n";

// A text of about `bytes` bytes of short English sentences.
std::string long_text(std::size_t bytes) {
  std::string out;
  while (out.size() + 40 < bytes)
    out += "Ask the nurse in charge of the ward. ";
  return out;
}

}  // namespace

TEST_CASE("a bilingual pledge that fits the tri-fold leaflet in one language takes a booklet in two") {
  WelshWard ward(24);
  const Leaflet english = render_leaflet_with_layout(ward.in(bilingual, "en-GB"), {});
  CHECK(english.booklet_pages == 0);
  const Leaflet both = render_leaflet_with_layout(ward.in(bilingual), {});
  CHECK(both.booklet_pages > 0);
  CHECK(both.font_size >= 10);
}

TEST_CASE("a bilingual leaflet is in its first language, with the text of the second tagged with its own") {
  WelshWard ward(3);
  const std::string pdf = render_leaflet(ward.in(bilingual), {});
  CHECK(pdf.find("/Lang (cy)") != std::string::npos);
  CHECK(pdf.find("/Lang (en-GB)") != std::string::npos);
}

TEST_CASE("a leaflet in one language of a bilingual pledge tags nothing with another language") {
  WelshWard ward(3);
  const std::string pdf = render_leaflet(ward.in(bilingual, "cy"), {});
  CHECK(pdf.find("/Lang (cy)") != std::string::npos);
  CHECK(pdf.find("/Lang (en-GB)") == std::string::npos);
}

TEST_CASE("a leaflet whose flap and back texts do not fit the tri-fold's two outside panels is a booklet") {
  WelshWard ward(3);
  const std::string service =
      "service: Ward 7\nlibraries: [ward]\nleaflet:\n  why: {text: " + long_text(1500) +
      "}\n  contact: {text: " + long_text(1500) + "}\n";
  CHECK(render_leaflet_with_layout(ward.in("service: Ward 7\nlibraries: [ward]\n"), {}).booklet_pages == 0);
  const Leaflet leaflet = render_leaflet_with_layout(ward.in(service), {});
  CHECK(leaflet.booklet_pages == 8);
  CHECK(test::page_count(leaflet.pdf) == 4);
}

TEST_CASE(
    "leaflet panel texts too long for an 8-page booklet are an error naming the texts, not the statements") {
  WelshWard ward(3);
  std::string service = "service: Ward 7\nlibraries: [ward]\nleaflet:\n";
  for (const char* panel : {"who", "why", "your-part", "contact", "feedback"})
    service += std::string("  ") + panel + ": {text: " + long_text(3900) + "}\n";
  CHECK(error_of([&] { render_leaflet(ward.in(service), {}); }) ==
        "ward.pledge.yaml: the leaflet's panel texts (who the pledge is for, why, your part, who to contact, "
        "feedback) do not fit an 8-page booklet at 10 pt; shorten the texts of its 'leaflet:' section or its "
        "'contact:', or build the other documents with --only poster,checklist,worksheet");
}
