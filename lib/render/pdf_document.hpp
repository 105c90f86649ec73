#pragma once

#include <hpdf.h>

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/string_hash.hpp"
#include "render/colour.hpp"
#include "render/embedded_font.hpp"
#include "render/font_chain.hpp"
#include "render/render_options.hpp"
#include "render/shaped_text.hpp"
#include "render/structure_tree.hpp"
#include "render/text.hpp"

namespace pledge::render {

// A face of a document's text (body or headings): its font chain (see FontChain), a shaper, and the
// paragraphs already shaped, so that a fit search measuring the same statements at many sizes only breaks
// them into lines again. Text is drawn with the document's fonts (DocumentFonts), which embed the glyphs
// shown.
class Face {
 public:
  Face(const std::vector<std::filesystem::path>& files, FontWeight weight, DocumentFonts& fonts,
       const RenderOptions& options);
  Face(const Face&) = delete;
  Face& operator=(const Face&) = delete;

  // `text` shaped as one paragraph (a line break counts as a space; a direction mark at its start sets its
  // direction: see right_to_left_mark); kept while the document lives.
  const ShapedParagraph& shaped(std::string_view text) const;
  // Width of `text` set at `size` pt, in points.
  double width(std::string_view text, double size) const;
  // Height above the baseline at 1 pt, from the first font's metrics, in whole thousandths of an em.
  double ascent() const;

  // Records that `line`, cut by wrap_lines or wrap_whole_words from `paragraph` (shaped by this face), is the
  // paragraph's bytes
  // [begin, end), or those and a space where the paragraph has a run of spaces after them: drawing `line`
  // then draws those runs of the paragraph instead of shaping the line's text again. Only a line that
  // shaping again would give the same runs is recorded: whole words, left to right, no character missing
  // (shaped again, its words are the paragraph's words, each shaped alone); any other is shaped again.
  void record_line(std::string_view line, const ShapedParagraph& paragraph, std::uint32_t begin,
                   std::uint32_t end) const;
  // The paragraph `line` was recorded from, and its runs [first_run, last_run); nothing if it was not.
  struct RecordedLine {
    const ShapedParagraph* paragraph = nullptr;
    std::uint32_t first_run = 0;
    std::uint32_t last_run = 0;
  };
  const RecordedLine* recorded_line(std::string_view line) const;

  DocumentFonts& fonts() const { return m_fonts; }
  // Throws Error naming the first character of `paragraph` that no font has, unless the options allow
  // missing glyphs. The documents' texts are checked before rendering (see missing_characters), where the
  // error can name the place in the input: this only stops a text that check does not know of.
  void check_characters(const ShapedParagraph& paragraph) const;

 private:
  FontChain m_chain;
  TextShaper m_shaper;
  DocumentFonts& m_fonts;
  bool m_allow_missing_glyphs;
  mutable std::unordered_map<std::string, ShapedParagraph, StringHash, std::equal_to<>> m_paragraphs;
  // Lines wrapped from m_paragraphs, by their text (see record_line).
  mutable std::unordered_map<std::string, RecordedLine, StringHash, std::equal_to<>> m_lines;
};

enum class PageSize { a4, a3, a2 };  // in the order of paper_sizes in pdf_document.cpp
enum class Orientation { portrait, landscape };

// Parses "A4", "A3" or "A2".
PageSize page_size_from_name(std::string_view name);
// Width and height in points, portrait.
double page_width(PageSize size);
double page_height(PageSize size);

class PdfDocument;

// One page, drawn on with the origin at the top left and y growing downwards, as layouts are reasoned about.
// Everything drawn on it goes inside tagged(...) or artifact(...): the document is tagged (PDF/UA-1), and
// content drawn outside both is an Error when the next sequence opens or the document is saved.
class Page {
 public:
  Page(HPDF_Page page, double width, double height, PageMarks& marks)
      : m_page(page), m_width(width), m_height(height), m_marks(&marks) {}

  double width() const { return m_width; }
  double height() const { return m_height; }

  // Draws what `draw` draws as content of structure `element` (a marked-content sequence with the page's
  // next MCID). Sequences do not nest: a statement drawn line by line is tagged line by line, into the same
  // element.
  template <typename Draw>
  void tagged(StructureElement element, Draw&& draw) {
    open_tagged(element);
    draw();
    close_marked();
  }
  // Draws what `draw` draws as an artifact: decoration, or page furniture (`kind` pagination).
  template <typename Draw>
  void artifact(Draw&& draw, ArtifactKind kind = ArtifactKind::layout) {
    open_artifact(kind);
    draw();
    close_marked();
  }

  void fill_rect(double x, double top, double w, double h, Colour colour);
  void stroke_rect(double x, double top, double w, double h, Colour colour, double line_width);
  void line(double x1, double y1, double x2, double y2, Colour colour, double line_width);
  // An image loaded by PdfDocument::image, scaled to fill the box whose top left corner is (x, top).
  void image(HPDF_Image image, double x, double top, double w, double h);
  // Text on one line with its baseline at `baseline`, starting at x.
  void text(double x, double baseline, const Face& face, double size, std::string_view text, Colour colour);
  void text_centred(double centre_x, double baseline, const Face& face, double size, std::string_view text,
                    Colour colour);
  void text_right(double right_x, double baseline, const Face& face, double size, std::string_view text,
                  Colour colour);
  // A line of a paragraph wrapped to a column `width` wide from x (by wrap_lines or wrap_whole_words): set
  // against the column's left edge, or against its right edge if the paragraph reads right to left.
  void text_in_column(double x, double width, double baseline, const Face& face, double size,
                      std::string_view line, Colour colour);
  // Text turned a quarter turn anticlockwise, reading upwards from (baseline_x, start_y), its letters to the
  // left of the baseline: for the headers of narrow table columns.
  void text_upwards(double baseline_x, double start_y, const Face& face, double size, std::string_view text,
                    Colour colour);

 private:
  void open_tagged(StructureElement element);
  void open_artifact(ArtifactKind kind);
  void close_marked();
  std::size_t stream_size() const;

  HPDF_Page m_page;
  double m_width;
  double m_height;
  PageMarks* m_marks;
};

// What a PDF says about itself in its document information dictionary.
struct DocumentInfo {
  std::string title;
  std::string subject;         // the service
  std::string lang = "en-GB";  // BCP 47: the document's first language, its /Lang
};

// A libharu document, freed on destruction, with its two faces over the fonts of the options, which pledge
// embeds itself (see DocumentFonts): libharu never parses a font. libharu reports errors through a handler;
// ours records the first and the document throws it as Error at the next check, never unwinding through
// libharu's C frames.
class PdfDocument {
 public:
  PdfDocument(const DocumentInfo& info, const RenderOptions& options);
  ~PdfDocument();
  PdfDocument(const PdfDocument&) = delete;
  PdfDocument& operator=(const PdfDocument&) = delete;

  Page add_page(PageSize size, Orientation orientation);
  // The document's logical structure, to which layouts add elements in reading order.
  StructureTree& structure() { return m_structure; }
  const Face& regular() const { return *m_regular; }
  const Face& bold() const { return *m_bold; }
  // A PNG or JPEG held in `bytes`, embedded once per document (a second call with the same bytes gives the
  // same image). Throws Error if libharu cannot read it.
  HPDF_Image image(const std::string& bytes, bool png);

  // The whole file, its fonts embedded; the document cannot be drawn on afterwards. Throws Error if a font
  // cannot be embedded or libharu cannot save the document.
  std::string bytes();

  // Throws Error if libharu reported an error since the last check; `doing` says what was being done.
  void check(std::string_view doing);

  // Called by libharu's error handler.
  void record_error(HPDF_STATUS error, HPDF_STATUS detail);

 private:
  // What libharu reported since the last check, as a message, and clears it.
  std::string take_error(std::string_view doing);

  // The structure tree, the metadata and the pages' marked content, written by bytes().
  void write_tagging();

  HPDF_Doc m_doc = nullptr;
  HPDF_STATUS m_error = 0;
  HPDF_STATUS m_error_detail = 0;
  std::unique_ptr<DocumentFonts> m_fonts;
  std::unique_ptr<Face> m_regular;
  std::unique_ptr<Face> m_bold;
  DocumentInfo m_info;
  std::optional<std::int64_t> m_date;
  StructureTree m_structure;
  std::vector<HPDF_Page> m_pages;
  std::vector<std::unique_ptr<PageMarks>> m_marks;  // of each page, where its Page points
  std::vector<std::pair<const std::string*, HPDF_Image>> m_images;
};

// Makes a PDF: a PdfDocument of `info` with the fonts of `options`, given to `draw` to draw every page on,
// then checked and saved. Every document is made through here. `what` names the document in messages
// ("poster").
std::string render_pdf(std::string_view what, const DocumentInfo& info, const RenderOptions& options,
                       const std::function<void(PdfDocument&)>& draw);

}  // namespace pledge::render
