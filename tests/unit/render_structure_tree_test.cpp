#include <doctest/doctest.h>

#include "render/document_metadata.hpp"
#include "render/layout.hpp"
#include "render/pdf_document.hpp"
#include "render/structure_tree.hpp"
#include "test_input.hpp"

using namespace pledge;
using namespace pledge::render;
using pledge::test::error_of;

namespace {

using Content = std::vector<std::pair<std::size_t, std::size_t>>;

std::string drawn(const std::function<void(PdfDocument&)>& draw) {
  return render_pdf("test", {"Our pledge: Test", "Test"}, {}, draw);
}

}  // namespace

TEST_CASE("structure elements are read in the order they are added, whatever order they are drawn in") {
  StructureTree tree;
  const StructureElement heading = tree.add(tree.document(), Role::h1);
  const StructureElement list = tree.add(tree.document(), Role::l);
  const StructureElement item = tree.add(list, Role::li);
  PageMarks marks(tree, 0);
  CHECK(marks.open_tagged(item, 0) == "/LI <</MCID 0>> BDC\n");
  marks.closed(30);
  CHECK(marks.open_tagged(heading, 30) == "/H1 <</MCID 1>> BDC\n");
  marks.closed(60);
  CHECK(tree.children(tree.document()) == std::vector<StructureElement>{heading, list});
  CHECK(tree.content(heading) == Content{{0, 1}});
  CHECK(marks.parents() == std::vector<StructureElement>{item, heading});
}

TEST_CASE("an element drawn in several sequences, on several pages, holds each in the order drawn") {
  StructureTree tree;
  const StructureElement cell = tree.add(tree.document(), Role::td);
  PageMarks first(tree, 0);
  PageMarks second(tree, 1);
  first.open_tagged(cell, 0);
  first.closed(10);
  second.open_tagged(cell, 0);
  second.closed(10);
  CHECK(tree.content(cell) == Content{{0, 0}, {1, 0}});
}

TEST_CASE("artifacts are marked by kind and take no MCID") {
  StructureTree tree;
  PageMarks marks(tree, 0);
  CHECK(marks.open_artifact(ArtifactKind::layout, 0) == "/Artifact BMC\n");
  marks.closed(20);
  CHECK(marks.open_artifact(ArtifactKind::pagination, 20) == "/Artifact <</Type /Pagination>> BDC\n");
  marks.closed(40);
  CHECK(marks.parents().empty());
}

TEST_CASE("content drawn outside any structure element or artifact is an error when the document is saved") {
  CHECK(error_of([] {
          drawn([](PdfDocument& document) {
            Page page = document.add_page(PageSize::a4, Orientation::portrait);
            page.fill_rect(0, 0, 10, 10, palette().heading);
          });
        }) ==
        "internal error: content drawn on page 1 outside any structure element or artifact; please "
        "report this");
}

TEST_CASE("content drawn outside any structure element is an error when the next sequence opens") {
  CHECK(error_of([] {
          drawn([](PdfDocument& document) {
            Page page = document.add_page(PageSize::a4, Orientation::portrait);
            page.artifact([&] { page.fill_rect(0, 0, 10, 10, palette().heading); });
            page.line(0, 0, 10, 10, palette().rule, 1);
            page.tagged(document.structure().add(document.structure().document(), Role::p),
                        [&] { page.text(10, 10, document.regular(), 10, "Hello", palette().ink); });
          });
        }) ==
        "internal error: content drawn on page 1 outside any structure element or artifact; please "
        "report this");
}

TEST_CASE("a sequence opened inside another is an error") {
  CHECK(error_of([] {
          drawn([](PdfDocument& document) {
            Page page = document.add_page(PageSize::a4, Orientation::portrait);
            StructureTree& tree = document.structure();
            page.tagged(tree.add(tree.document(), Role::p),
                        [&] { page.tagged(tree.add(tree.document(), Role::h1), [] {}); });
          });
        }) ==
        "internal error: H1 opened on page 1 inside another marked-content sequence; please report "
        "this");
}

TEST_CASE("a tagged document is PDF 1.7, marked, in its language, and shows its title") {
  const std::string pdf = drawn([](PdfDocument& document) {
    Page page = document.add_page(PageSize::a4, Orientation::portrait);
    page.tagged(document.structure().add(document.structure().document(), Role::h1),
                [&] { page.text(10, 10, document.regular(), 10, "Our pledge", palette().ink); });
  });
  CHECK(pdf.starts_with("%PDF-1.7"));
  for (const std::string_view expected :
       {"/Type /StructTreeRoot", "/ParentTreeNextKey 1", "/Marked true", "/DisplayDocTitle true",
        "/Lang (en-GB)", "/StructParents 0", "/Tabs /S", "/S /H1", "<pdfuaid:part>1</pdfuaid:part>",
        "<rdf:li xml:lang=\"x-default\">Our pledge: Test</rdf:li>"})
    CHECK_MESSAGE(pdf.find(expected) != std::string::npos, expected);
}

TEST_CASE("the XMP packet has dates only from SOURCE_DATE_EPOCH, never the clock") {
  DocumentMetadata metadata{"Our pledge: Ward <7>", "Ward <7>", "pledge 0.1.0", "libharu", "en-GB", {}};
  const std::string undated = xmp_packet(metadata);
  CHECK(
      undated.find("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">Our pledge: Ward &lt;7&gt;</rdf:li>") !=
      std::string::npos);
  CHECK(undated.find("Date>") == std::string::npos);
  CHECK(undated == xmp_packet(metadata));
  metadata.date = 1700000000;
  CHECK(xmp_packet(metadata).find("<xmp:CreateDate>2023-11-14T22:13:20Z</xmp:CreateDate>") !=
        std::string::npos);
}

TEST_CASE("an element's language, alternative text and table attributes are written into its dictionary") {
  const std::string pdf = drawn([](PdfDocument& document) {
    StructureTree& tree = document.structure();
    Page page = document.add_page(PageSize::a4, Orientation::portrait);
    page.tagged(tree.add(tree.document(), Role::p, {.lang = "cy"}),
                [&] { page.text(10, 10, document.regular(), 10, "Croeso", palette().ink); });
    page.tagged(tree.add(tree.document(), Role::figure, {.alt = "Logo"}),
                [&] { page.fill_rect(0, 0, 5, 5, palette().heading); });
    page.tagged(tree.add(tree.document(), Role::th, {.scope = HeaderScope::column, .column_span = 2}),
                [&] { page.text(10, 30, document.regular(), 10, "Status", palette().ink); });
  });
  for (const std::string_view expected :
       {"/Lang (cy)", "/Alt (Logo)", "/O /Table", "/Scope /Column", "/ColSpan 2"})
    CHECK_MESSAGE(pdf.find(expected) != std::string::npos, expected);
}
