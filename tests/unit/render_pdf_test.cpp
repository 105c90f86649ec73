#include <doctest/doctest.h>

#include "render/layout.hpp"
#include "render/pdf_document.hpp"
#include "render/poster.hpp"
#include "test_input.hpp"

using namespace pledge;
using namespace pledge::render;
using pledge::test::error_of;

namespace {

const std::string source_dir = PLEDGE_SOURCE_DIR;

// Texts wrap_lines breaks in every way: between words, inside a word wider than the line, after runs of
// spaces and tabs, with curly quotes, Welsh letters, and right-to-left words in English.
const std::vector<std::string> wrapped_texts = {
    "We explain each step of your care before we start it, and we check that you understood.",
    "Curly \u2018quotes\u2019 and an en dash \u2013 here, with  two spaces\tand a tab between words.",
    "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch is a long word: so is "
    "https://www.example.nhs.uk/our-pledge/ward-14-acute-medicine",
    "Byddwn yn esbonio pob cam o\u2019ch gofal cyn i ni ei ddechrau, ac yn gwrando ar eich barn.",
    "The clinic says \u0634\u0643\u0631\u0627 \u0644\u0643 to everyone who gives feedback.",
    "One\ntwo paragraphs, the second a little longer than the first",
};

// A PDF of the lines `before` gives (with the document) drawn down a page in the body face at 10 pt.
template <typename Before>
std::string lines_drawn(double width, Before&& before) {
  return render_pdf("test", {"Title", "Subject"}, {}, [&](PdfDocument& document) {
    const std::vector<std::string> lines = before(document);
    Page page = document.add_page(PageSize::a4, Orientation::portrait);
    const StructureElement paragraph = document.structure().add(document.structure().document(), Role::p);
    double y = 40;
    for (const std::string& line : lines) {
      page.tagged(paragraph, [&] {
        page.text_in_column(40, width, y, document.regular(), 10, line, {0, 0, 0});
      });
      y += 12;
    }
  });
}

// Every line of every text wrapped to `width` at 10 pt, each also with a space after it, as a table cell's
// last line has (see wrapped_cell).
std::vector<std::string> wrapped(const Face& face, double width) {
  std::vector<std::string> out;
  for (const std::string& text : wrapped_texts)
    for (const std::string& line : wrap_lines(face, text + ' ', 10, width)) {
      out.push_back(line);
      if (!line.ends_with(' '))
        out.push_back(line + ' ');
    }
  return out;
}

}  // namespace

TEST_CASE("a document is drawn once and saved") {
  int drawings = 0;
  const std::string pdf = render_pdf("test", {"Title", "Subject"}, {}, [&](PdfDocument& document) {
    ++drawings;
    Page page = document.add_page(PageSize::a4, Orientation::portrait);
    const StructureElement paragraph = document.structure().add(document.structure().document(), Role::p);
    page.tagged(paragraph, [&] { page.text(40, 40, document.regular(), 12, "We listen", {0, 0, 0}); });
  });
  CHECK(pdf.starts_with("%PDF-1."));
  CHECK(drawings == 1);
}

TEST_CASE("an error while drawing, such as statements that cannot fit, comes out as it is") {
  CHECK(error_of([&] {
          render_pdf("test", {"Title", "Subject"}, {},
                     [&](PdfDocument&) { throw Error("the statements do not fit"); });
        }) == "the statements do not fit");
}

TEST_CASE("pledge embeds its fonts itself, as CIDFontType2 subsets, and libharu loads none") {
  const std::string pdf = render_pdf("test", {"Title", "Subject"}, {}, [&](PdfDocument& document) {
    Page page = document.add_page(PageSize::a4, Orientation::portrait);
    const StructureElement heading = document.structure().add(document.structure().document(), Role::h1);
    page.tagged(heading, [&] { page.text(40, 40, document.bold(), 12, "Our pledge", {0, 0, 0}); });
  });
  CHECK(pdf.find("/Subtype /CIDFontType2") != std::string::npos);
  CHECK(pdf.find("+LiberationSans-Bold") != std::string::npos);
  CHECK(pdf.find("HPDFAA+") == std::string::npos);  // libharu's own subset name
  // A face nothing was drawn in is not embedded.
  CHECK(pdf.find("+LiberationSans\n") == std::string::npos);
  CHECK(pdf.find("+LiberationSans ") == std::string::npos);
}

TEST_CASE("the poster libharu 2.3 could not save with the font subsets it made comes out whole") {
  LibraryCatalog catalog({source_dir + "/statements"});
  // bench/batch.sh's service 18 of 1,000, whose A2 poster HPDF_SaveToStream refused (HPDF_INVALID_OBJECT).
  const ResolvedPledge pledge =
      resolve_file(source_dir + "/tests/data/build/bench-service-0018.pledge.yaml", catalog);
  const std::string pdf = render_poster(pledge, {}).pdf;
  CHECK(pdf.starts_with("%PDF-1."));
  CHECK(pdf.find("%%EOF") != std::string::npos);
}

TEST_CASE("a line wrap_lines cut from a paragraph is drawn byte for byte as the line shaped on its own") {
  for (const double width : {60.0, 150.0, 400.0}) {
    CAPTURE(width);
    std::vector<std::string> lines;
    // Drawn from the paragraphs' runs: wrapped in the same document first.
    const std::string from_paragraphs = lines_drawn(width, [&](PdfDocument& document) {
      lines = wrapped(document.regular(), width);
      return lines;
    });
    // Shaped on their own: the same lines, wrapped in another document.
    const std::string shaped_again = lines_drawn(width, [&](PdfDocument&) { return lines; });
    CHECK(from_paragraphs == shaped_again);
  }
}

TEST_CASE(
    "only a line of whole words, left to right and in the document's fonts, is drawn from its paragraph") {
  render_pdf("test", {"Title", "Subject"}, {}, [&](PdfDocument& document) {
    const Face& face = document.regular();
    const auto lines = wrap_lines(face, "We listen to you and act on what you tell us ", 10, 60);
    REQUIRE(lines.size() > 2);
    CHECK(face.recorded_line(lines[0]) != nullptr);
    CHECK(face.recorded_line(lines.back()) != nullptr);
    CHECK(face.recorded_line(lines.back() + ' ') != nullptr);  // the paragraph has the space after it
    CHECK(face.recorded_line(lines.back() + "  ") == nullptr);
    // A piece of a word wider than the line is shaped as a word of its own when drawn.
    const auto pieces =
        wrap_lines(face, "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch", 10, 60);
    REQUIRE(pieces.size() > 1);
    CHECK(face.recorded_line(pieces[0]) == nullptr);
    // Right-to-left words in the paragraph: the line is shaped again, to find its directions.
    const auto mixed = wrap_lines(face, "We say \u0634\u0643\u0631\u0627 to everyone", 10, 400);
    REQUIRE(mixed.size() == 1);
    CHECK(face.recorded_line(mixed[0]) == nullptr);
    // A fit search's trial lines are not recorded.
    const auto trial = wrap_whole_words(face, "Trial lines of a fit search", 10, 400);
    REQUIRE(trial);
    CHECK(face.recorded_line((*trial)[0]) == nullptr);
    Page page = document.add_page(PageSize::a4, Orientation::portrait);
    const StructureElement paragraph = document.structure().add(document.structure().document(), Role::p);
    page.tagged(paragraph, [&] { page.text(40, 40, face, 10, "x", {0, 0, 0}); });
  });
}
