#include <doctest/doctest.h>

#include "render/pdf_document.hpp"
#include "render/poster.hpp"
#include "test_input.hpp"

using namespace pledge;
using namespace pledge::render;
using pledge::test::error_of;

namespace {

const std::string source_dir = PLEDGE_SOURCE_DIR;

// What render_pdf asked to be drawn: whether each document it made had subset fonts.
struct Drawings {
  std::vector<bool> subset_fonts;

  void record(PdfDocument& document) {
    subset_fonts.push_back(document.uses_font_subsets());
    document.add_page(PageSize::a4, Orientation::portrait);
  }
};

RenderOptions whole_fonts() {
  RenderOptions options;
  options.font_subsets = nullptr;
  return options;
}

}  // namespace

TEST_CASE("a document is drawn once, with subset fonts, when nothing goes wrong") {
  Drawings drawings;
  const std::string pdf = render_pdf("test", {"Title", "Subject"}, {}, layout_characters(),
                                     [&](PdfDocument& document) { drawings.record(document); });
  CHECK(pdf.starts_with("%PDF-1."));
  CHECK(drawings.subset_fonts == std::vector<bool>{true});
}

TEST_CASE("an error while drawing, such as statements that cannot fit, is not drawn again") {
  Drawings drawings;
  CHECK(error_of([&] {
          render_pdf("test", {"Title", "Subject"}, {}, layout_characters(), [&](PdfDocument& document) {
            drawings.record(document);
            throw Error("the statements do not fit");
          });
        }) == "the statements do not fit");
  CHECK(drawings.subset_fonts == std::vector<bool>{true});
}

TEST_CASE("a document libharu cannot save with subset fonts is drawn once more, with the whole fonts") {
  Drawings drawings;
  const std::string pdf =
      render_pdf("test", {"Title", "Subject"}, {}, layout_characters(), [&](PdfDocument& document) {
        drawings.record(document);
        if (document.uses_font_subsets())
          throw PdfSaveError("PDF output failed while writing the PDF", true);
      });
  CHECK(pdf.starts_with("%PDF-1."));
  CHECK(drawings.subset_fonts == std::vector<bool>{true, false});
}

TEST_CASE("a document libharu cannot save with the whole fonts is not drawn again") {
  Drawings drawings;
  CHECK(error_of([&] {
          render_pdf("test", {"Title", "Subject"}, whole_fonts(), layout_characters(),
                     [&](PdfDocument& document) {
                       drawings.record(document);
                       throw PdfSaveError("PDF output failed while writing the PDF", false);
                     });
        }) == "PDF output failed while writing the PDF");
  CHECK(drawings.subset_fonts == std::vector<bool>{false});
}

TEST_CASE("the poster libharu cannot save with subset fonts comes out as it does with the whole fonts") {
  LibraryCatalog catalog({source_dir + "/statements"});
  // bench/batch.sh's service 18 of 1,000, whose A2 poster HPDF_SaveToStream refuses with the subsets.
  const ResolvedPledge failing =
      resolve_file(source_dir + "/tests/data/build/subset-fallback.pledge.yaml", catalog);
  CHECK(render_poster(failing, {}).pdf == render_poster(failing, whole_fonts()).pdf);
  // Any other poster embeds the subsets, which differ from the whole fonts.
  const ResolvedPledge other = resolve_file(source_dir + "/examples/district-nursing.pledge.yaml", catalog);
  CHECK(render_poster(other, {}).pdf != render_poster(other, whole_fonts()).pdf);
}
