#include "render/pdf_document.hpp"

#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>
#include <hpdf_utils.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <stdexcept>
#include <vector>

#include "base/error.hpp"
#include "base/version.hpp"
#include "render/document_metadata.hpp"
#include "render/glyph_text.hpp"
#include "render/pdf_syntax.hpp"
#include "render/stream_compression.hpp"
#include "render/text.hpp"
#include "render/unicode_names.hpp"

namespace pledge::render {

namespace {

void on_libharu_error(HPDF_STATUS error, HPDF_STATUS detail, void* user_data) {
  static_cast<PdfDocument*>(user_data)->record_error(error, detail);
}

HPDF_Date date_of(std::int64_t seconds) {
  const std::time_t time = static_cast<std::time_t>(seconds);
  std::tm utc{};
  gmtime_r(&time, &utc);
  HPDF_Date date{};
  date.year = utc.tm_year + 1900;
  date.month = utc.tm_mon + 1;
  date.day = utc.tm_mday;
  date.hour = utc.tm_hour;
  date.minutes = utc.tm_min;
  date.seconds = utc.tm_sec;
  date.ind = 'Z';
  return date;
}

float to_float(double value) {
  return static_cast<float>(value);
}

// Appends content-stream operators to `page` as they are, for what libharu's own functions write slowly.
void write_operators(HPDF_Page page, std::string_view operators) {
  HPDF_Stream_Write(static_cast<HPDF_PageAttr>(page->attr)->stream,
                    reinterpret_cast<const HPDF_BYTE*>(operators.data()),
                    static_cast<HPDF_UINT>(operators.size()));
}

// The operators of a path: numbers as libharu's own path and colour functions (HPDF_Page_Rectangle,
// HPDF_Page_SetRGBFill, ...) write them, with its HPDF_FToA on the same float, so the content stream is
// the same byte for byte; written in one piece, without the 512-byte buffer each of those functions clears
// and the checks of its graphics state, which pledge never reads (it leaves the page in page description).
class PathOperators {
 public:
  PathOperators& number(double value) {
    char buffer[32] = {};  // HPDF_FToA writes at most 11 bytes and relies on the zeros after them
    const char* end = HPDF_FToA(buffer, to_float(value), buffer + sizeof buffer - 1);
    m_text.append(buffer, static_cast<std::size_t>(end - buffer));
    m_text += ' ';
    return *this;
  }
  PathOperators& colour(Colour colour) {
    return number(colour.red / 255.0).number(colour.green / 255.0).number(colour.blue / 255.0);
  }
  // `name` and a line feed, after the operands.
  PathOperators& op(std::string_view name) {
    m_text += name;
    m_text += '\n';
    return *this;
  }
  void write_to(HPDF_Page page) const { write_operators(page, m_text); }

 private:
  std::string m_text;
};

// Sets a text entry of the document information dictionary, which libharu would write in PDFDocEncoding
// without a UTF-8 encoder (and pledge sets no libharu encoder: it writes its own glyph codes).
void set_info_text(HPDF_Doc doc, const char* key, std::string_view text) {
  const std::string bytes = utf16_text_string(text);
  HPDF_Dict_Add(doc->info, key,
                HPDF_Binary_New(doc->mmgr, reinterpret_cast<HPDF_BYTE*>(const_cast<char*>(bytes.data())),
                                static_cast<HPDF_UINT>(bytes.size())));
}

// The line `paragraph` makes when it is not broken: every run, the spaces included.
ShapedLine whole_line(const ShapedParagraph& paragraph) {
  ShapedLine line;
  for (std::size_t r = 0; r < paragraph.runs.size(); ++r) {
    const GlyphRun& run = paragraph.runs[r];
    line.slices.push_back({r, run.begin, run.end});
    line.advance += run.advance;
  }
  line.end = static_cast<std::uint32_t>(paragraph.text.size());
  return line;
}

}  // namespace

Face::Face(const std::vector<std::filesystem::path>& files, FontWeight weight, DocumentFonts& fonts,
           const RenderOptions& options)
    : m_chain(files, weight, options.font_library),
      m_shaper(m_chain, "en-GB", {}, options.shaped_words),
      m_fonts(fonts),
      m_allow_missing_glyphs(options.allow_missing_glyphs) {}

const ShapedParagraph& Face::shaped(std::string_view text) const {
  auto found = m_paragraphs.find(text);
  if (found != m_paragraphs.end())
    return found->second;
  std::string key(text);
  if (text.find('\n') != std::string_view::npos) {
    std::string one_line = key;
    std::replace(one_line.begin(), one_line.end(), '\n', ' ');
    return m_paragraphs.emplace(std::move(key), m_shaper.shape(one_line)).first->second;
  }
  return m_paragraphs.emplace(std::move(key), m_shaper.shape(text)).first->second;
}

double Face::width(std::string_view text, double size) const {
  return shaped(text).advance() * size;
}

double Face::ascent() const {
  const FontMetrics& metrics = m_chain.primary().metrics();
  // As libharu gave it, and as the FontDescriptor says: whole thousandths of an em.
  return std::trunc(metrics.ascent * 1000.0 / metrics.units_per_em) / 1000;
}

void Face::record_line(std::string_view line, const ShapedParagraph& paragraph, std::uint32_t begin,
                       std::uint32_t end) const {
  if (paragraph.right_to_left || !paragraph.missing.empty() || begin >= end || end > paragraph.text.size())
    return;
  const std::string_view text = std::string_view(paragraph.text).substr(begin, end - begin);
  const bool spaced = line.size() == text.size() + 1 && line.back() == ' ' && line.starts_with(text);
  if (!spaced && line != text)
    return;
  const std::vector<GlyphRun>& runs = paragraph.runs;
  std::size_t first = 0;
  while (first < runs.size() && runs[first].begin < begin)
    ++first;
  // The line starts and ends between words: a piece of a word broken because it is wider than the line is
  // shaped as a word of its own when drawn.
  if (first == runs.size() || runs[first].begin != begin || runs[first].space ||
      (first > 0 && !runs[first - 1].space))
    return;
  std::size_t last = first;
  while (last < runs.size() && runs[last].end <= end)
    ++last;
  // No whole run ends within the line (its first word is longer than the line): nothing to record.
  if (last == first || runs[last - 1].end != end || (last < runs.size() && !runs[last].space))
    return;
  if (spaced) {
    if (last == runs.size())
      return;
    ++last;  // the spaces after the line, which the line's own space stands for: one glyph however many
  }
  // Every run at the paragraph's level, left to right: then shaping the line alone finds no direction to
  // resolve either.
  for (std::size_t r = first; r < last; ++r)
    if (runs[r].level != 0)
      return;
  m_lines.try_emplace(std::string(line), RecordedLine{&paragraph, static_cast<std::uint32_t>(first),
                                                      static_cast<std::uint32_t>(last)});
}

const Face::RecordedLine* Face::recorded_line(std::string_view line) const {
  const auto found = m_lines.find(line);
  return found == m_lines.end() ? nullptr : &found->second;
}

void Face::check_characters(const ShapedParagraph& paragraph) const {
  if (paragraph.missing.empty() || m_allow_missing_glyphs)
    return;
  throw Error("the text '" + paragraph.text + "' has " +
              describe_character(paragraph.missing.front().code_point) +
              ", which none of the fonts has; give a font that has it with --font FILE.ttf, or build with "
              "--allow-missing-glyphs to print an empty box in its place");
}

namespace {

// Portrait width and height in points, in the order of PageSize.
struct PaperSize {
  std::string_view name;
  double width;
  double height;
};
constexpr PaperSize paper_sizes[] = {
    {"A4", 595.28, 841.89}, {"A3", 841.89, 1190.55}, {"A2", 1190.55, 1683.78}};

const PaperSize& paper(PageSize size) {
  return paper_sizes[static_cast<std::size_t>(size)];
}

}  // namespace

PageSize page_size_from_name(std::string_view name) {
  for (std::size_t i = 0; i < std::size(paper_sizes); ++i)
    if (paper_sizes[i].name == name)
      return static_cast<PageSize>(i);
  return PageSize::a3;
}

double page_width(PageSize size) {
  return paper(size).width;
}

double page_height(PageSize size) {
  return paper(size).height;
}

std::size_t Page::stream_size() const {
  return static_cast<HPDF_PageAttr>(m_page->attr)->stream->size;
}

void Page::open_tagged(StructureElement element) {
  write_operators(m_page, m_marks->open_tagged(element, stream_size()));
}

void Page::open_artifact(ArtifactKind kind) {
  write_operators(m_page, m_marks->open_artifact(kind, stream_size()));
}

void Page::close_marked() {
  write_operators(m_page, PageMarks::close_operator());
  m_marks->closed(stream_size());
}

void Page::fill_rect(double x, double top, double w, double h, Colour colour) {
  PathOperators()
      .colour(colour)
      .op("rg")
      .number(x)
      .number(m_height - top - h)
      .number(w)
      .number(h)
      .op("re")
      .op("f")
      .write_to(m_page);
}

void Page::image(HPDF_Image image, double x, double top, double w, double h) {
  HPDF_Page_DrawImage(m_page, image, to_float(x), to_float(m_height - top - h), to_float(w), to_float(h));
}

void Page::stroke_rect(double x, double top, double w, double h, Colour colour, double line_width) {
  PathOperators()
      .colour(colour)
      .op("RG")
      .number(line_width)
      .op("w")
      .number(x)
      .number(m_height - top - h)
      .number(w)
      .number(h)
      .op("re")
      .op("S")
      .write_to(m_page);
}

void Page::line(double x1, double y1, double x2, double y2, Colour colour, double line_width) {
  PathOperators()
      .colour(colour)
      .op("RG")
      .number(line_width)
      .op("w")
      .number(x1)
      .number(m_height - y1)
      .op("m")
      .number(x2)
      .number(m_height - y2)
      .op("l")
      .op("S")
      .write_to(m_page);
}

namespace {

// Draws `line` of `paragraph` with the start of its baseline at (x, y) in PDF coordinates.
void draw_line(HPDF_Page page, double x, double y, const Face& face, double size,
               const ShapedParagraph& paragraph, const ShapedLine& line, Colour colour,
               LineOrientation orientation) {
  // Each line sets its colour; a page's lines are mostly in one or two colours, so the last one's operator
  // is kept rather than its three numbers formatted again for every line.
  thread_local Colour last_colour{};
  thread_local std::string last_fill;
  if (last_fill.empty() || !(colour == last_colour)) {
    last_fill.clear();
    append_number(last_fill, colour.red / 255.0, 3);
    last_fill += ' ';
    append_number(last_fill, colour.green / 255.0, 3);
    last_fill += ' ';
    append_number(last_fill, colour.blue / 255.0, 3);
    last_fill += " rg\n";
    last_colour = colour;
  }
  std::string operators = last_fill;
  append_line_operators(
      operators, paragraph, line, x, y, size, face.fonts(),
      [page](const EmbeddedFont& font) { return std::string(HPDF_Page_GetLocalFontName(page, font.dict())); },
      orientation);
  write_operators(page, operators);
}

// Draws `paragraph` unbroken.
void draw_line(HPDF_Page page, double x, double y, const Face& face, double size,
               const ShapedParagraph& paragraph, Colour colour, LineOrientation orientation) {
  if (paragraph.runs.empty())
    return;
  face.check_characters(paragraph);
  draw_line(page, x, y, face, size, paragraph, whole_line(paragraph), colour, orientation);
}

// Draws `text` as one line rightwards: the runs of the paragraph it was wrapped from if the face recorded it
// (see Face::record_line), else shaped as a paragraph of its own. Its left end at x, or its right end at
// x + width if it reads right to left (no recorded line does).
void draw_text(HPDF_Page page, double x, double width, double y, const Face& face, double size,
               std::string_view text, Colour colour) {
  if (const Face::RecordedLine* recorded = face.recorded_line(text)) {
    ShapedLine line;
    for (std::uint32_t r = recorded->first_run; r < recorded->last_run; ++r) {
      const GlyphRun& run = recorded->paragraph->runs[r];
      line.slices.push_back({r, run.begin, run.end});
    }
    draw_line(page, x, y, face, size, *recorded->paragraph, line, colour, LineOrientation::rightwards);
    return;
  }
  const ShapedParagraph& paragraph = face.shaped(text);
  const double left = paragraph.right_to_left ? x + width - paragraph.advance() * size : x;
  draw_line(page, left, y, face, size, paragraph, colour, LineOrientation::rightwards);
}

}  // namespace

void Page::text(double x, double baseline, const Face& face, double size, std::string_view text,
                Colour colour) {
  draw_line(m_page, x, m_height - baseline, face, size, face.shaped(text), colour,
            LineOrientation::rightwards);
}

void Page::text_centred(double centre_x, double baseline, const Face& face, double size,
                        std::string_view text, Colour colour) {
  this->text(centre_x - face.width(text, size) / 2, baseline, face, size, text, colour);
}

void Page::text_right(double right_x, double baseline, const Face& face, double size, std::string_view text,
                      Colour colour) {
  this->text(right_x - face.width(text, size), baseline, face, size, text, colour);
}

void Page::text_in_column(double x, double width, double baseline, const Face& face, double size,
                          std::string_view line, Colour colour) {
  draw_text(m_page, x, width, m_height - baseline, face, size, line, colour);
}

void Page::text_upwards(double baseline_x, double start_y, const Face& face, double size,
                        std::string_view text, Colour colour) {
  draw_line(m_page, baseline_x, m_height - start_y, face, size, face.shaped(text), colour,
            LineOrientation::upwards);
}

PdfDocument::PdfDocument(const DocumentInfo& info, const RenderOptions& options)
    : m_info(info), m_date(options.source_date_epoch), m_structure(info.lang) {
  m_doc = HPDF_New(on_libharu_error, this);
  if (!m_doc)
    throw Error("cannot create a PDF document: out of memory");
  HPDF_SetCompressionMode(m_doc, HPDF_COMP_ALL);
  m_fonts = std::make_unique<DocumentFonts>(m_doc);
  m_regular = std::make_unique<Face>(options.fonts.regular, FontWeight::regular, *m_fonts, options);
  m_bold = std::make_unique<Face>(options.fonts.bold, FontWeight::bold, *m_fonts, options);
  const std::string creator = std::string("pledge ") + version;
  HPDF_SetInfoAttr(m_doc, HPDF_INFO_CREATOR, creator.c_str());  // makes the information dictionary
  check("writing the document information");
  set_info_text(m_doc, "Creator", creator);
  set_info_text(m_doc, "Title", info.title);
  set_info_text(m_doc, "Subject", info.subject);
  if (options.source_date_epoch) {
    const HPDF_Date date = date_of(*options.source_date_epoch);
    HPDF_SetInfoDateAttr(m_doc, HPDF_INFO_CREATION_DATE, date);
    HPDF_SetInfoDateAttr(m_doc, HPDF_INFO_MOD_DATE, date);
  }
  check("writing the document information");
}

PdfDocument::~PdfDocument() {
  m_bold.reset();
  m_regular.reset();
  m_fonts.reset();
  HPDF_Free(m_doc);
}

Page PdfDocument::add_page(PageSize size, Orientation orientation) {
  const HPDF_Page page = HPDF_AddPage(m_doc);
  double width = page_width(size);
  double height = page_height(size);
  if (orientation == Orientation::landscape)
    std::swap(width, height);
  HPDF_Page_SetWidth(page, to_float(width));
  HPDF_Page_SetHeight(page, to_float(height));
  check("adding a page");
  m_pages.push_back(page);
  m_marks.push_back(std::make_unique<PageMarks>(m_structure, m_pages.size() - 1));
  return Page(page, width, height, *m_marks.back());
}

HPDF_Image PdfDocument::image(const std::string& bytes, bool png) {
  for (const auto& [held, image] : m_images) {
    if (held == &bytes)
      return image;
  }
  const auto* data = reinterpret_cast<const HPDF_BYTE*>(bytes.data());
  const auto size = static_cast<HPDF_UINT>(bytes.size());
  const HPDF_Image image =
      png ? HPDF_LoadPngImageFromMem(m_doc, data, size) : HPDF_LoadJpegImageFromMem(m_doc, data, size);
  check(png ? "reading the PNG logo" : "reading the JPEG logo");
  if (!image)
    throw Error("PDF output failed while reading the logo");
  m_images.emplace_back(&bytes, image);
  return image;
}

void PdfDocument::write_tagging() {
  std::vector<std::vector<StructureElement>> parents;
  for (std::size_t p = 0; p < m_pages.size(); ++p) {
    m_marks[p]->check_closed(static_cast<HPDF_PageAttr>(m_pages[p]->attr)->stream->size);
    parents.push_back(m_marks[p]->parents());
  }
  m_structure.write(m_doc, m_pages, parents);
  check("writing the structure tree");
  write_document_metadata(m_doc, {m_info.title, m_info.subject, std::string("pledge ") + version,
                                  HPDF_GetVersion(), m_structure.lang(), m_date});
  check("writing the document metadata");
}

std::string PdfDocument::bytes() {
  write_tagging();
  m_fonts->finish();
  check("embedding the fonts");
  std::string out;
  if (const HPDF_STATUS status = save_compressed(m_doc, out); status != HPDF_OK)
    record_error(status, 0);
  check("writing the PDF");
  return out;
}

void PdfDocument::record_error(HPDF_STATUS error, HPDF_STATUS detail) {
  if (m_error == 0) {
    m_error = error;
    m_error_detail = detail;
  }
}

void PdfDocument::check(std::string_view doing) {
  if (m_error != 0)
    throw Error(take_error(doing));
}

std::string PdfDocument::take_error(std::string_view doing) {
  char code[64];
  std::snprintf(code, sizeof code, "libharu error 0x%04X, detail %u", static_cast<unsigned>(m_error),
                static_cast<unsigned>(m_error_detail));
  m_error = 0;
  HPDF_ResetError(m_doc);
  return "PDF output failed while " + std::string(doing) + " (" + code + ")";
}

std::string render_pdf(std::string_view what, const DocumentInfo& info, const RenderOptions& options,
                       const std::function<void(PdfDocument&)>& draw) {
  PdfDocument document(info, options);
  draw(document);
  document.check("drawing the " + std::string(what));
  return document.bytes();
}

}  // namespace pledge::render
