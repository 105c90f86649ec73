#include "render/pdf_document.hpp"

#include <cstdio>
#include <ctime>
#include <stdexcept>

#include "error.hpp"
#include "version.hpp"

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

void set_fill(HPDF_Page page, Colour colour) {
  HPDF_Page_SetRGBFill(page, to_float(colour.red / 255.0), to_float(colour.green / 255.0),
                       to_float(colour.blue / 255.0));
}

void set_stroke(HPDF_Page page, Colour colour) {
  HPDF_Page_SetRGBStroke(page, to_float(colour.red / 255.0), to_float(colour.green / 255.0),
                         to_float(colour.blue / 255.0));
}

}  // namespace

double Face::width(std::string_view text, double size) const {
  auto found = m_widths.find(std::string(text));
  if (found == m_widths.end()) {
    const HPDF_TextWidth measured = HPDF_Font_TextWidth(
        m_font, reinterpret_cast<const HPDF_BYTE*>(text.data()), static_cast<HPDF_UINT>(text.size()));
    found = m_widths.emplace(std::string(text), measured.width / 1000.0).first;
  }
  return found->second * size;
}

MeasureText Face::measure() const {
  return [this](std::string_view text) { return width(text, 1.0); };
}

void Face::check_prepared(std::string_view text) const {
  for (const char32_t c : code_points(text))
    if (c != U'\n' && !m_characters->contains(c))
      throw Error("internal error: the text '" + std::string(text) + "' has " + code_point_name(c) +
                  ", which its document's fonts were not prepared for; please report this");
}

double Face::ascent() const {
  return HPDF_Font_GetAscent(m_font) / 1000.0;
}

double Face::descent() const {
  return -HPDF_Font_GetDescent(m_font) / 1000.0;
}

PageSize page_size_from_name(std::string_view name) {
  if (name == "A4")
    return PageSize::a4;
  if (name == "A2")
    return PageSize::a2;
  return PageSize::a3;
}

double page_width(PageSize size) {
  switch (size) {
    case PageSize::a4:
      return 595.28;
    case PageSize::a3:
      return 841.89;
    case PageSize::a2:
      return 1190.55;
  }
  return 841.89;
}

double page_height(PageSize size) {
  switch (size) {
    case PageSize::a4:
      return 841.89;
    case PageSize::a3:
      return 1190.55;
    case PageSize::a2:
      return 1683.78;
  }
  return 1190.55;
}

void Page::fill_rect(double x, double top, double w, double h, Colour colour) {
  set_fill(m_page, colour);
  HPDF_Page_Rectangle(m_page, to_float(x), to_float(m_height - top - h), to_float(w), to_float(h));
  HPDF_Page_Fill(m_page);
}

void Page::stroke_rect(double x, double top, double w, double h, Colour colour, double line_width) {
  set_stroke(m_page, colour);
  HPDF_Page_SetLineWidth(m_page, to_float(line_width));
  HPDF_Page_Rectangle(m_page, to_float(x), to_float(m_height - top - h), to_float(w), to_float(h));
  HPDF_Page_Stroke(m_page);
}

void Page::line(double x1, double y1, double x2, double y2, Colour colour, double line_width) {
  set_stroke(m_page, colour);
  HPDF_Page_SetLineWidth(m_page, to_float(line_width));
  HPDF_Page_MoveTo(m_page, to_float(x1), to_float(m_height - y1));
  HPDF_Page_LineTo(m_page, to_float(x2), to_float(m_height - y2));
  HPDF_Page_Stroke(m_page);
}

void Page::text(double x, double baseline, const Face& face, double size, std::string_view text,
                Colour colour) {
  if (text.empty())
    return;
  face.check_prepared(text);
  const std::string terminated(text);  // libharu wants NUL-terminated strings
  HPDF_Page_BeginText(m_page);
  HPDF_Page_SetFontAndSize(m_page, face.handle(), to_float(size));
  set_fill(m_page, colour);
  HPDF_Page_TextOut(m_page, to_float(x), to_float(m_height - baseline), terminated.c_str());
  HPDF_Page_EndText(m_page);
}

void Page::text_centred(double centre_x, double baseline, const Face& face, double size,
                        std::string_view text, Colour colour) {
  this->text(centre_x - face.width(text, size) / 2, baseline, face, size, text, colour);
}

void Page::text_right(double right_x, double baseline, const Face& face, double size, std::string_view text,
                      Colour colour) {
  this->text(right_x - face.width(text, size), baseline, face, size, text, colour);
}

void Page::text_upwards(double baseline_x, double start_y, const Face& face, double size,
                        std::string_view text, Colour colour) {
  if (text.empty())
    return;
  face.check_prepared(text);
  const std::string terminated(text);
  HPDF_Page_BeginText(m_page);
  HPDF_Page_SetFontAndSize(m_page, face.handle(), to_float(size));
  set_fill(m_page, colour);
  HPDF_Page_SetTextMatrix(m_page, 0, 1, -1, 0, to_float(baseline_x), to_float(m_height - start_y));
  HPDF_Page_ShowText(m_page, terminated.c_str());
  HPDF_Page_EndText(m_page);
}

PdfDocument::PdfDocument(const DocumentInfo& info, const RenderOptions& options, CharacterSet characters)
    : m_characters(std::move(characters)) {
  m_characters.add(info.title);
  m_characters.add(info.subject);
  m_doc = HPDF_New(on_libharu_error, this);
  if (!m_doc)
    throw Error("cannot create a PDF document: out of memory");
  HPDF_SetCompressionMode(m_doc, HPDF_COMP_ALL);
  HPDF_UseUTFEncodings(m_doc);
  HPDF_SetCurrentEncoder(m_doc, "UTF-8");
  check("setting up UTF-8 text");
  FontSubsets* subsets = options.font_subsets.get();
  const HPDF_Font regular = load_font(options.fonts.regular, subsets);
  const HPDF_Font bold =
      options.fonts.bold == options.fonts.regular ? regular : load_font(options.fonts.bold, subsets);
  m_regular = Face(regular, &m_characters);
  m_bold = Face(bold, &m_characters);
  const std::string creator = std::string("pledge ") + version;
  HPDF_SetInfoAttr(m_doc, HPDF_INFO_TITLE, info.title.c_str());
  HPDF_SetInfoAttr(m_doc, HPDF_INFO_SUBJECT, info.subject.c_str());
  HPDF_SetInfoAttr(m_doc, HPDF_INFO_CREATOR, creator.c_str());
  if (options.source_date_epoch) {
    const HPDF_Date date = date_of(*options.source_date_epoch);
    HPDF_SetInfoDateAttr(m_doc, HPDF_INFO_CREATION_DATE, date);
    HPDF_SetInfoDateAttr(m_doc, HPDF_INFO_MOD_DATE, date);
  }
  check("writing the document information");
}

PdfDocument::~PdfDocument() {
  HPDF_Free(m_doc);
}

HPDF_Font PdfDocument::load_font(const std::filesystem::path& file, FontSubsets* subsets) {
  // The subset when it can be made, else the whole face (the same text, slower and larger).
  const std::shared_ptr<const FontSubset> subset =
      subsets ? subsets->find_or_make(file, m_characters) : nullptr;
  const char* name =
      HPDF_LoadTTFontFromFile(m_doc, subset ? subset->path().c_str() : file.c_str(), HPDF_TRUE);
  check("loading font '" + file.string() + "'");
  const HPDF_Font font = name ? HPDF_GetFont(m_doc, name, "UTF-8") : nullptr;
  check("loading font '" + file.string() + "'");
  if (!font)
    throw Error("cannot use font '" + file.string() + "': it could not be loaded for UTF-8 text");
  return font;
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
  return Page(page, width, height);
}

std::string PdfDocument::bytes() {
  HPDF_SaveToStream(m_doc);
  check("writing the PDF");
  const HPDF_UINT32 size = HPDF_GetStreamSize(m_doc);
  std::string out(size, '\0');
  HPDF_UINT32 read = size;
  HPDF_ReadFromStream(m_doc, reinterpret_cast<HPDF_BYTE*>(out.data()), &read);
  // libharu reports the end of the stream as an error even when everything was read.
  if (m_error == HPDF_STREAM_EOF)
    m_error = 0;
  check("reading the PDF back");
  out.resize(read);
  return out;
}

void PdfDocument::record_error(HPDF_STATUS error, HPDF_STATUS detail) {
  if (m_error == 0) {
    m_error = error;
    m_error_detail = detail;
  }
}

void PdfDocument::check(std::string_view doing) {
  if (m_error == 0)
    return;
  char code[64];
  std::snprintf(code, sizeof code, "libharu error 0x%04X, detail %u", static_cast<unsigned>(m_error),
                static_cast<unsigned>(m_error_detail));
  m_error = 0;
  HPDF_ResetError(m_doc);
  throw Error("PDF output failed while " + std::string(doing) + " (" + code + ")");
}

}  // namespace pledge::render
