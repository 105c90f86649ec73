#include <doctest/doctest.h>

#include "render/pdf_document.hpp"
#include "render/poster.hpp"
#include "test_input.hpp"

using namespace pledge;
using namespace pledge::render;
using pledge::test::error_of;

namespace {

const std::string source_dir = PLEDGE_SOURCE_DIR;

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
