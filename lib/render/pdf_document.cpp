#include "render/pdf_document.hpp"

#include <hpdf_encoder.h>
#include <hpdf_font.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <stdexcept>
#include <vector>

#include "base/error.hpp"
#include "base/version.hpp"

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

// Appends content-stream operators to `page` as they are, for what libharu's own functions write slowly.
void write_operators(HPDF_Page page, std::string_view operators) {
  HPDF_Stream_Write(static_cast<HPDF_PageAttr>(page->attr)->stream,
                    reinterpret_cast<const HPDF_BYTE*>(operators.data()),
                    static_cast<HPDF_UINT>(operators.size()));
}

// Four upper-case hex digits, as CMaps write codes.
std::string hex4(char32_t c) {
  static constexpr char digits[] = "0123456789ABCDEF";
  std::string out(4, '0');
  for (int i = 3; i >= 0; --i, c >>= 4)
    out[static_cast<std::size_t>(i)] = digits[c & 0xF];
  return out;
}

// Writes `value` as a PDF number with up to `decimals` decimal places, without trailing zeros.
void append_number(std::string& out, double value, int decimals = 2) {
  long long scale = 1;
  for (int i = 0; i < decimals; ++i)
    scale *= 10;
  long long scaled = std::llround(value * static_cast<double>(scale));
  if (scaled < 0) {
    out += '-';
    scaled = -scaled;
  }
  out += std::to_string(scaled / scale);
  long long fraction = scaled % scale;
  if (fraction == 0)
    return;
  out += '.';
  for (long long digit = scale / 10; digit > 0 && fraction != 0; digit /= 10) {
    out += static_cast<char>('0' + fraction / digit);
    fraction %= digit;
  }
}

// Appends `text` as a literal string of two-byte codes (the code points, as the UTF-8 encoder's Identity-H
// fonts read them). libharu writes the same codes as hex, four characters for each one; a literal takes two
// (bytes that end a literal or a line are escaped; NUL bytes are allowed in PDF strings), which leaves zlib
// half the content to compress.
void append_literal(std::string& out, std::u32string_view text) {
  auto append_byte = [&out](unsigned byte) {
    switch (byte) {
      case '(':
      case ')':
      case '\\':
        out += '\\';
        out += static_cast<char>(byte);
        break;
      case '\r':
        out += "\\r";
        break;
      case '\n':
        out += "\\n";
        break;
      default:
        out += static_cast<char>(byte);
    }
  };
  out += '(';
  for (const char32_t c : text) {
    append_byte(static_cast<unsigned>(c >> 8) & 0xFF);
    append_byte(static_cast<unsigned>(c) & 0xFF);
  }
  out += ')';
}

// libharu 2.3 builds each UTF-8 font's code-to-glyph map (CIDToGIDMap) and width array by looking up every
// one of the 65,536 BMP code points in the face's cmap, and embeds a 128 KB map: more than half the time of a
// document went on those lookups and on compressing the map. For an encoder whose to_unicode_fn is its
// CMapEncoder_ToUnicode, CIDFontType2_New (hpdf_font_cid.c) instead looks up only the codes the encoder maps,
// and the map ends at the highest of them. So while a font is created, the document's UTF-8 encoder is made
// to look like such an encoder that maps exactly the document's characters, each to its own code point: the
// CIDs are the code points either way (Identity-H), so the text and the widths are unchanged, and every glyph
// the document can show is in the map. The encoder is put back as it was
// afterwards: its UTF-8 functions keep their parse state in the first bytes of cid_map, which this leaves
// alone (control characters are never shown).
class CharactersOnlyCodeMap {
 public:
  CharactersOnlyCodeMap(HPDF_Encoder encoder, const std::vector<char32_t>& characters)
      : m_encoder(encoder), m_to_unicode(encoder->to_unicode_fn) {
    auto* attr = static_cast<HPDF_CMapEncoderAttr>(encoder->attr);
    for (const char32_t c : characters)
      set(attr, c);
    // libharu maps the codes below the highest one it finds, not the highest itself: one more, which maps
    // to no glyph, keeps the document's last character in the map.
    if (!characters.empty() && characters.back() < 0xFFFF)
      set(attr, characters.back() + 1);
    m_encoder->to_unicode_fn = HPDF_CMapEncoder_ToUnicode;
  }
  ~CharactersOnlyCodeMap() {
    auto* attr = static_cast<HPDF_CMapEncoderAttr>(m_encoder->attr);
    for (const char32_t c : m_set)
      attr->cid_map[c >> 8][c & 0xFF] = 0;
    m_encoder->to_unicode_fn = m_to_unicode;
  }
  CharactersOnlyCodeMap(const CharactersOnlyCodeMap&) = delete;
  CharactersOnlyCodeMap& operator=(const CharactersOnlyCodeMap&) = delete;

 private:
  void set(HPDF_CMapEncoderAttr attr, char32_t c) {
    attr->cid_map[c >> 8][c & 0xFF] = static_cast<HPDF_UINT16>(c);
    attr->unicode_map[c >> 8][c & 0xFF] = static_cast<HPDF_UNICODE>(c);
    m_set.push_back(c);
  }

  HPDF_Encoder m_encoder;
  HPDF_Encoder_ToUnicode_Func m_to_unicode;
  std::vector<char32_t> m_set;
};

// libharu 2.3 gives each UTF-8 font a copy of its encoding CMap (cidrange operators) as the ToUnicode map,
// which is not a ToUnicode map: poppler warns "Invalid 'begincidrange' operator in ToUnicode CMap" and
// guesses, and other readers may copy or search the text wrongly. This writes a real one in its place,
// mapping each of the document's characters (codes are code points) to itself.
void write_to_unicode_map(HPDF_Font font, const std::vector<char32_t>& characters) {
  const HPDF_Dict map = static_cast<HPDF_FontAttr>(font->attr)->cmap_stream;
  if (!map || !map->stream)
    return;
  std::string text =
      "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
  // Runs of consecutive characters, each within one high byte (bfrange may only vary the last byte), at most
  // 100 to a section.
  std::vector<std::pair<char32_t, char32_t>> runs;
  for (const char32_t c : characters) {
    if (!runs.empty() && runs.back().second + 1 == c && (c & 0xFF) != 0)
      runs.back().second = c;
    else
      runs.emplace_back(c, c);
  }
  for (std::size_t start = 0; start < runs.size(); start += 100) {
    const std::size_t end = std::min(runs.size(), start + 100);
    text += std::to_string(end - start) + " beginbfrange\n";
    for (std::size_t i = start; i < end; ++i)
      text += "<" + hex4(runs[i].first) + "> <" + hex4(runs[i].second) + "> <" + hex4(runs[i].first) + ">\n";
    text += "endbfrange\n";
  }
  text += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
  HPDF_MemStream_FreeData(map->stream);
  HPDF_Stream_Write(map->stream, reinterpret_cast<const HPDF_BYTE*>(text.data()),
                    static_cast<HPDF_UINT>(text.size()));
}

}  // namespace

double Face::width(std::string_view text, double size) const {
  auto found = m_widths.find(text);
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

void Face::prepare_to_show(std::string_view text, std::u32string_view characters) const {
  bool all_shown_before = true;
  for (const char32_t c : characters) {
    if (c == U'\n')
      continue;
    if (!m_characters->contains(c))
      throw Error("internal error: the text '" + std::string(text) + "' has " + code_point_name(c) +
                  ", which its document's fonts were not prepared for; please report this");
    if (!m_shown[c]) {
      m_shown[c] = true;
      all_shown_before = false;
    }
  }
  // libharu embeds the outlines of the glyphs it has measured: measuring the text marks its glyphs.
  if (!all_shown_before)
    HPDF_Font_TextWidth(m_font, reinterpret_cast<const HPDF_BYTE*>(text.data()),
                        static_cast<HPDF_UINT>(text.size()));
}

double Face::ascent() const {
  return HPDF_Font_GetAscent(m_font) / 1000.0;
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
  const std::u32string characters = code_points(text);
  face.prepare_to_show(text, characters);
  // Written here rather than through libharu's text functions, which format each operator through a
  // zero-filled buffer and write the text in hex: see append_literal.
  std::string operators = "BT\n/";
  operators += HPDF_Page_GetLocalFontName(m_page, face.handle());
  operators += ' ';
  append_number(operators, size);
  operators += " Tf\n";
  append_number(operators, colour.red / 255.0, 3);
  operators += ' ';
  append_number(operators, colour.green / 255.0, 3);
  operators += ' ';
  append_number(operators, colour.blue / 255.0, 3);
  operators += " rg\n";
  append_number(operators, x);
  operators += ' ';
  append_number(operators, m_height - baseline);
  operators += " Td\n";
  append_literal(operators, characters);
  operators += " Tj\nET\n";
  write_operators(m_page, operators);
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
  const std::u32string characters = code_points(text);
  face.prepare_to_show(text, characters);
  HPDF_Page_BeginText(m_page);
  HPDF_Page_SetFontAndSize(m_page, face.handle(), to_float(size));
  set_fill(m_page, colour);
  HPDF_Page_SetTextMatrix(m_page, 0, 1, -1, 0, to_float(baseline_x), to_float(m_height - start_y));
  // As Page::text, the text as a literal rather than libharu's hex.
  std::string operators;
  append_literal(operators, characters);
  operators += " Tj\n";
  write_operators(m_page, operators);
  HPDF_Page_EndText(m_page);
}

PdfDocument::PdfDocument(const DocumentInfo& info, const RenderOptions& options, CharacterSet characters)
    : m_characters(std::move(characters)) {
  m_characters.add(info.title);
  m_characters.add(info.subject);
  for (char32_t c = 0x20; c < 0x10000; ++c)
    if (m_characters.contains(c))
      m_code_points.push_back(c);
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
  if (subset)
    m_uses_font_subsets = true;
  const char* name =
      HPDF_LoadTTFontFromFile(m_doc, subset ? subset->path().c_str() : file.c_str(), HPDF_TRUE);
  check("loading font '" + file.string() + "'");
  HPDF_Font font = nullptr;
  if (name) {
    const CharactersOnlyCodeMap code_map(HPDF_GetEncoder(m_doc, "UTF-8"), m_code_points);
    font = HPDF_GetFont(m_doc, name, "UTF-8");
  }
  if (font)
    write_to_unicode_map(font, m_code_points);
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
  if (m_error != 0)
    throw PdfSaveError(take_error("writing the PDF"), m_uses_font_subsets);
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
                       const CharacterSet& characters, const std::function<void(PdfDocument&)>& draw) {
  const auto make = [&](const RenderOptions& with) {
    PdfDocument document(info, with, characters);
    draw(document);
    document.check("drawing the " + std::string(what));
    return document.bytes();
  };
  try {
    return make(options);
  } catch (const PdfSaveError& e) {
    if (!e.subset_fonts())
      throw;
  }
  RenderOptions whole_fonts = options;
  whole_fonts.font_subsets = nullptr;
  return make(whole_fonts);
}

}  // namespace pledge::render
