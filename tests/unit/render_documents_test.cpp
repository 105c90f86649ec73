#include <doctest/doctest.h>

#include "pdf_pages.hpp"
#include "render/checklist.hpp"
#include "render/documents.hpp"
#include "render/font_chain.hpp"
#include "render/layout.hpp"
#include "render/leaflet.hpp"
#include "render/poster.hpp"
#include "render/worksheet.hpp"
#include "test_input.hpp"

using namespace pledge;
using namespace pledge::render;
using pledge::test::error_of;

namespace {

const std::string data = std::string(PLEDGE_SOURCE_DIR) + "/tests/data/render";

struct Fixture {
  LibraryCatalog catalog{{data + "/statements", std::string(PLEDGE_SOURCE_DIR) + "/statements"}};
  ResolvedPledge load(const std::string& name) { return resolve_file(data + "/" + name, catalog); }
};

}  // namespace

TEST_CASE("a poster is a one-page PDF, byte-identical when rendered twice") {
  Fixture f;
  const ResolvedPledge pledge = f.load("tiny.pledge.yaml");
  const Poster first = render_poster(pledge, {});
  CHECK(first.pdf.starts_with("%PDF-1."));
  CHECK(first.pdf.find("%%EOF") != std::string::npos);
  CHECK(test::page_count(first.pdf) == 1);
  CHECK(render_poster(pledge, {}).pdf == first.pdf);
}

TEST_CASE("a PDF has no dates unless SOURCE_DATE_EPOCH gives one") {
  Fixture f;
  const ResolvedPledge pledge = f.load("tiny.pledge.yaml");
  CHECK(render_poster(pledge, {}).pdf.find("/CreationDate") == std::string::npos);
  RenderOptions dated;
  dated.source_date_epoch = 1700000000;  // 2023-11-14 22:13:20 UTC
  CHECK(render_poster(pledge, dated).pdf.find("/CreationDate (D:20231114221320Z") != std::string::npos);
}

TEST_CASE("the poster sets a short pledge large and a long one smaller, never below the legible minimum") {
  Fixture f;
  const Poster tiny = render_poster(f.load("tiny.pledge.yaml"), {});
  const Poster ward = render_poster(f.load("welsh-ward.pledge.yaml"), {});
  CHECK(tiny.font_size > ward.font_size);
  CHECK(ward.font_size >= poster_minimum_size);
  CHECK(ward.statement_sheets == 1);
  CHECK(tiny.font_size <= 30);
}

TEST_CASE(
    "a poster held to one sheet whose statements cannot fit it is refused with advice on the statements") {
  Fixture f;
  const ResolvedPledge pledge = f.load("too-much-text.pledge.yaml");  // poster: {size: A4, sheets: 1}
  CHECK(error_of([&] { render_poster(pledge, {}); }) ==
        data +
            "/too-much-text.pledge.yaml: the poster's 44 statements do not fit on one A4 sheet at 8.5 pt or "
            "larger, the smallest size legible on the wall; allow more sheets (poster: {sheets: N}, or leave "
            "it "
            "out), use a larger poster (poster: {size: A2}), shorten or exclude statements, or make separate "
            "pledges for different customers (the guidance 'How to create an individual pledge for your "
            "service' suggests clinical and admin versions)");
}

TEST_CASE(
    "a poster held to one sheet whose team cannot sign under the statements is refused naming the staff") {
  Fixture f;
  ResolvedPledge pledge = f.load("big-ward.pledge.yaml");
  pledge.poster.sheets = 1;
  CHECK(
      error_of([&] { render_poster(pledge, {}); }) ==
      data +
          "/big-ward.pledge.yaml: the poster's 16 statements fit on one A3 sheet at 12 pt, but the "
          "signatures "
          "of the team's 72 staff do not fit under them; leave 'sheets: 1' out of 'poster:' so that the team "
          "signs on signature sheets of their own, or use a larger poster (poster: {size: A2})");
}

TEST_CASE("statements that do not fit one sheet continue on more sheets of the same size, at 12 pt or more") {
  Fixture f;
  const Poster poster = render_poster(f.load("long-pledge.pledge.yaml"), {});
  CHECK(poster.statement_sheets == 2);
  CHECK(poster.font_size >= poster_minimum_size);
  CHECK(test::page_count(poster.pdf) == 2);
  CHECK(poster.pdf.find("/MediaBox [ 0 0 841.89001 1190.55005 ]") != std::string::npos);
}

TEST_CASE("a team larger than the signature area signs on signature sheets after the statements") {
  Fixture f;
  const Poster poster = render_poster(f.load("big-ward.pledge.yaml"), {});
  CHECK(poster.statement_sheets == 1);
  CHECK(poster.signature_sheets == 2);
  CHECK(test::page_count(poster.pdf) == 3);
}

TEST_CASE("a small team signs on the statements' sheet") {
  Fixture f;
  const Poster poster = render_poster(f.load("tiny.pledge.yaml"), {});
  CHECK(poster.statement_sheets == 1);
  CHECK(poster.signature_sheets == 0);
}

TEST_CASE("every signature cell has a line of at least 45 mm to sign on, on every poster size") {
  Fixture f;
  ResolvedPledge pledge = f.load("big-ward.pledge.yaml");
  for (const char* size : {"A4", "A3", "A2"}) {
    CAPTURE(size);
    pledge.poster.size = size;
    const Poster poster = render_poster(pledge, {});
    CHECK(poster.signature_line >= 45 * 72 / 25.4);
    CHECK(poster.signature_columns >= 2);
  }
}

TEST_CASE("a poster held to more sheets than the team and statements need refuses no more than it must") {
  Fixture f;
  ResolvedPledge pledge = f.load("big-ward.pledge.yaml");
  pledge.poster.sheets = 2;
  CHECK(error_of([&] { render_poster(pledge, {}); }).find("do not fit on 2 A3 sheets") != std::string::npos);
  pledge.poster.sheets = 3;
  CHECK(test::page_count(render_poster(pledge, {}).pdf) == 3);
}

TEST_CASE("a larger poster page sets its statements larger, never below the minimum scaled to the page") {
  Fixture f;
  ResolvedPledge pledge = f.load("too-much-text.pledge.yaml");
  pledge.poster.sheets = 0;
  const Poster a4 = render_poster(pledge, {});
  pledge.poster.size = "A2";
  const Poster a2 = render_poster(pledge, {});
  CHECK(a4.font_size >= poster_minimum_size * scale_from_a3(PageSize::a4));
  CHECK(a2.font_size >= poster_minimum_size * scale_from_a3(PageSize::a2));
  CHECK(a2.font_size > a4.font_size);
}

TEST_CASE("a pledge too long for the tri-fold leaflet at 10 pt becomes a folded A4 booklet") {
  Fixture f;
  const Leaflet leaflet = render_leaflet_with_layout(f.load("long-pledge.pledge.yaml"), {});
  CHECK(leaflet.booklet_pages == 8);
  CHECK(leaflet.font_size >= 10);
  CHECK(test::page_count(leaflet.pdf) == 4);  // two A4 sheets, both sides
}

TEST_CASE("a pledge that fits the tri-fold leaflet at 10 pt or more stays a tri-fold") {
  Fixture f;
  const Leaflet leaflet = render_leaflet_with_layout(f.load("welsh-ward.pledge.yaml"), {});
  CHECK(leaflet.booklet_pages == 0);
  CHECK(leaflet.font_size >= 10);
}

TEST_CASE("the leaflet is two A4 landscape pages, outside and inside") {
  Fixture f;
  const std::string pdf = render_leaflet(f.load("welsh-ward.pledge.yaml"), {});
  CHECK(test::page_count(pdf) == 2);
  CHECK(pdf.find("/MediaBox [ 0 0 841.89001 595.28003 ]") != std::string::npos);
}

TEST_CASE("the checklist runs over as many A4 pages as its rows need") {
  Fixture f;
  CHECK(test::page_count(render_checklist(f.load("tiny.pledge.yaml"), {})) == 1);
  CHECK(test::page_count(render_checklist(f.load("too-much-text.pledge.yaml"), {})) >= 3);
}

TEST_CASE("PDF metadata strings are UTF-16, so curly quotes and dashes in service names survive") {
  Fixture f;
  const ResolvedPledge pledge = f.load("tiny.pledge.yaml");
  const std::string pdf = render_worksheet(pledge, f.catalog, {});
  // "Pledge worksheet: Tiny Team, Clinic “A”": the title ends with U+201C A U+201D.
  CHECK(pdf.find("/Title <FEFF0050006C0065006400670065") != std::string::npos);
  CHECK(pdf.find("201C0041201D>") != std::string::npos);
  CHECK(pdf.find("/Creator <FEFF0070006C00650064006700650020") != std::string::npos);  // "pledge "
}

TEST_CASE("a missing font is refused before anything is rendered, naming the file") {
  FontLibrary library;
  CHECK(error_of([&] { load_font_files(font_files_for({"/no/such/font.ttf"}), library); }) ==
        "cannot read font '/no/such/font.ttf': no such file, or it cannot be opened; give a TrueType font "
        "with --font FILE.ttf");
}

TEST_CASE("--font puts each font given first, with its bold sibling for headings, then Liberation Sans") {
  const FontFiles files =
      font_files_for({"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/tmp/Face.ttf"});
  CHECK(files.regular == std::vector<std::filesystem::path>{
                             "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/tmp/Face.ttf",
                             "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf"});
  CHECK(files.bold == std::vector<std::filesystem::path>{
                          "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "/tmp/Face.ttf",
                          "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"});
  CHECK(font_files_for({"/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf"}).bold.front() ==
        "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf");
}

TEST_CASE("SOURCE_DATE_EPOCH must be whole seconds") {
  CHECK(parse_source_date_epoch("1700000000") == 1700000000);
  CHECK(error_of([] { parse_source_date_epoch("1.5"); }) ==
        "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01, not '1.5'");
  CHECK(format_date(1700000000) == "14 November 2023");
}

TEST_CASE("the documents table gives each document its name and file name, in the order a build makes them") {
  CHECK(documents().names() ==
        std::vector<std::string>{"poster", "leaflet", "checklist", "worksheet", "large-print", "html"});
  CHECK(documents().at("checklist").file_name == "checklist.pdf");
}

TEST_CASE(
    "every document of the table renders the pledge, as a PDF or the web page, through its one signature") {
  Fixture f;
  const ResolvedPledge pledge = f.load("tiny.pledge.yaml");
  for (const Document& document : documents().rows()) {
    CAPTURE(document.name);
    std::vector<Diagnostic> warnings;
    const std::string bytes = document.render(pledge, f.catalog, {}, warnings);
    CHECK(bytes.starts_with(document.file_name.ends_with(".html") ? "<!DOCTYPE html>" : "%PDF-1.7"));
    CHECK(warnings.empty());
  }
}

TEST_CASE("an unknown document is an error, with did-you-mean and the documents to choose from") {
  CHECK(error_of([] { documents().at("postr"); }) ==
        "unknown document 'postr'; did you mean 'poster'? (poster, leaflet, checklist, worksheet, "
        "large-print or html)");
  CHECK(error_of([] { documents().at("flyer"); }) ==
        "unknown document 'flyer'; choose poster, leaflet, checklist, worksheet, large-print or html");
}

TEST_CASE(
    "the poster's row warns, at the service file, when its statements are too small to read across a room") {
  LibraryCatalog catalog({std::string(PLEDGE_SOURCE_DIR) + "/statements"});
  const std::string file = std::string(PLEDGE_SOURCE_DIR) + "/examples/hydrotherapy.pledge.yaml";
  const ResolvedPledge pledge = resolve_file(file, catalog);
  std::vector<Diagnostic> warnings;
  documents().at("poster").render(pledge, catalog, {}, warnings);
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].where == Location{file, 0, 0});
  CHECK(warnings[0].message ==
        "the poster's statements are set at 13.25 pt to fit one A3 sheet: readable close up, small from "
        "across a "
        "room; a larger poster (poster: {size: A2}) or shorter or fewer statements would allow larger text");
}
