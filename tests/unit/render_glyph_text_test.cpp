#include <doctest/doctest.h>

#include <hb.h>
#include <hpdf.h>

#include <cstdio>
#include <random>

#include "base/error.hpp"
#include "font_bytes.hpp"
#include "render/embedded_font.hpp"
#include "render/font_chain.hpp"
#include "render/font_program.hpp"
#include "render/glyph_text.hpp"
#include "render/render_options.hpp"
#include "render/shaped_text.hpp"
#include "test_input.hpp"

using namespace pledge;
using namespace pledge::render;
using namespace pledge::test;

namespace {

const FontChain& chain() {
  static const FontChain chain({default_font_files().regular.front()}, FontWeight::regular,
                               std::make_shared<FontLibrary>());
  return chain;
}

// What a command prints on its standard output (and its error output, after it).
std::string run(const std::string& command) {
  std::string out;
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  REQUIRE(pipe);
  char buffer[4096];
  while (const std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe))
    out.append(buffer, n);
  pclose(pipe);
  return out;
}

struct Sample {
  const char* language;
  const char* text;
};

// A PDF of one A4 page with each text on a line of its own at 14 pt (right-to-left paragraphs against the
// right margin), the fonts embedded by DocumentFonts.
std::string page_of(const std::vector<Sample>& samples, std::size_t* font_count = nullptr) {
  HPDF_Doc doc = HPDF_New(nullptr, nullptr);
  HPDF_SetCompressionMode(doc, HPDF_COMP_ALL);
  HPDF_Page page = HPDF_AddPage(doc);
  DocumentFonts fonts(doc);
  std::string operators;
  double y = 800;
  for (const Sample& sample : samples) {
    const TextShaper shaper(chain(), sample.language);
    const ShapedParagraph paragraph = shaper.shape(sample.text);
    const auto lines = break_lines(paragraph, 14, 500);
    for (const ShapedLine& line : *lines) {
      const double x = paragraph.right_to_left ? 550 - line.advance * 14 : 40;
      append_line_operators(operators, paragraph, line, x, y, 14, fonts, [&](const EmbeddedFont& font) {
        return std::string(HPDF_Page_GetLocalFontName(page, font.dict()));
      });
      y -= 36;
    }
  }
  fonts.finish();
  if (font_count)
    *font_count = fonts.count();
  HPDF_Stream_Write(static_cast<HPDF_PageAttr>(page->attr)->stream,
                    reinterpret_cast<const HPDF_BYTE*>(operators.data()),
                    static_cast<HPDF_UINT>(operators.size()));
  HPDF_SaveToStream(doc);
  const HPDF_UINT32 size = HPDF_GetStreamSize(doc);
  std::string pdf(size, '\0');
  HPDF_UINT32 read = size;
  HPDF_ReadFromStream(doc, reinterpret_cast<HPDF_BYTE*>(pdf.data()), &read);
  pdf.resize(read);
  HPDF_Free(doc);
  return pdf;
}

// The type, encoding and embedded, subset and ToUnicode columns of pdffonts' line for the font named `name`
// (after its subset tag).
std::string font_line(const std::string& listing, const std::string& name) {
  const std::size_t at = listing.find(name + " ");
  if (at == std::string::npos)
    return "no font " + name;
  const std::size_t line_start = listing.rfind('\n', at) + 1;
  return listing.substr(line_start + 37, 46);
}

// The operators that draw `text` (one line) at (10, 20) in 10 pt, fonts named F1, F2, ... in order of use.
std::string operators_of(const std::string& language, const std::string& text, DocumentFonts& fonts) {
  const TextShaper shaper(chain(), language);
  const ShapedParagraph paragraph = shaper.shape(text);
  std::string out;
  std::vector<const EmbeddedFont*> seen;
  append_line_operators(out, paragraph, break_lines(paragraph, 10, 1000)->front(), 10, 20, 10, fonts,
                        [&](const EmbeddedFont& font) {
                          auto at = std::find(seen.begin(), seen.end(), &font);
                          if (at == seen.end())
                            at = seen.insert(seen.end(), &font);
                          return "F" + std::to_string(at - seen.begin() + 1);
                        });
  return out;
}

// Shapes a sentence in `font` and embeds it in a PDF, as a document would: for the damaged fonts the loader
// lets through.
std::string render_with(std::shared_ptr<const FontProgram> font) {
  const FontChain chain({std::move(font)}, FontWeight::regular, std::make_shared<FontLibrary>(),
                        FallbackFolders{"/nonexistent", "/nonexistent", "/nonexistent"});
  const TextShaper shaper(chain, "en-GB");
  const ShapedParagraph paragraph = shaper.shape("Our pledge: we listen, ŵŷ – “always”.");
  HPDF_Doc doc = HPDF_New(nullptr, nullptr);
  HPDF_Page page = HPDF_AddPage(doc);
  DocumentFonts fonts(doc);
  std::string operators;
  const auto lines = break_lines(paragraph, 12, 200, LongWords::break_inside);
  for (const ShapedLine& line : *lines)
    append_line_operators(operators, paragraph, line, 10, 10, 12, fonts, [&](const EmbeddedFont& f) {
      return std::string(HPDF_Page_GetLocalFontName(page, f.dict()));
    });
  try {
    fonts.finish();
  } catch (const Error&) {
    HPDF_Free(doc);
    throw;
  }
  HPDF_SaveToStream(doc);
  const HPDF_UINT32 size = HPDF_GetStreamSize(doc);
  HPDF_Free(doc);
  return std::to_string(size);
}

}  // namespace

TEST_CASE(
    "the ToUnicode map gives each glyph its text, several characters for a conjunct, none for an empty one") {
  CHECK(to_unicode_cmap({{3, " "}, {36, "A"}, {500, "ক্ষ"}, {7, ""}, {9, "😀"}}) ==
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
        "4 beginbfchar\n<0003> <0020>\n<0009> <D83DDE00>\n<0024> <0041>\n<01F4> <099509CD09B7>\nendbfchar\n"
        "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
}

TEST_CASE("the ToUnicode map has at most 100 glyphs to a section") {
  std::map<GlyphId, std::string> texts;
  for (GlyphId glyph = 1; glyph <= 150; ++glyph)
    texts.emplace(glyph, "a");
  const std::string cmap = to_unicode_cmap(texts);
  CHECK(cmap.find("100 beginbfchar\n<0001> <0061>\n") != std::string::npos);
  CHECK(cmap.find("endbfchar\n50 beginbfchar\n<0065> <0061>\n") != std::string::npos);
}

TEST_CASE("the widths array lists consecutive glyphs together, in thousandths of an em to two places") {
  CHECK(widths_array({{3, 277.832}, {36, 667}, {37, 722.5}, {40, 500}}) ==
        "[3 [277.83] 36 [667 722.5] 40 [500]]");
  CHECK(widths_array({}) == "[]");
}

TEST_CASE("a glyph keeps the first text it is shown for") {
  HPDF_Doc doc = HPDF_New(nullptr, nullptr);
  {
    DocumentFonts fonts(doc);
    EmbeddedFont& font = fonts.font(chain().primary());
    font.show(5, "");
    font.show(5, "a");
    font.show(5, "b");
    CHECK(font.text_of(5) == "a");
    CHECK(font.text_of(6).empty());
    CHECK(&fonts.font(chain().primary()) == &font);
  }
  HPDF_Free(doc);
}

TEST_CASE("a subset keeps the glyph ids and advances of the glyphs it holds, and little else") {
  const FontProgram& font = chain().primary();
  const GlyphId w = font.glyph_for(U'ŵ');
  const std::string subset = subset_font(font, {0, font.glyph_for(U'O'), w}, GlyphNumbering::kept).bytes;
  CHECK(subset.size() * 10 < liberation_bytes().size());
  hb_blob_t* blob = hb_blob_create(subset.data(), static_cast<unsigned>(subset.size()),
                                   HB_MEMORY_MODE_READONLY, nullptr, nullptr);
  hb_face_t* face = hb_face_create(blob, 0);
  hb_font_t* subset_font = hb_font_create(face);
  // ŵ is a composite of w and a circumflex, glyph 648, which the subset keeps with it.
  CHECK(hb_face_get_glyph_count(face) == 649);
  CHECK(hb_font_get_glyph_h_advance(subset_font, w) == font.advance(w));
  hb_glyph_extents_t extents{};
  CHECK(hb_font_get_glyph_extents(subset_font, w, &extents));
  CHECK(extents.height < 0);
  hb_font_destroy(subset_font);
  hb_face_destroy(face);
  hb_blob_destroy(blob);
}

TEST_CASE("a line is drawn as glyph ids in one TJ array, kerning as adjustments") {
  HPDF_Doc doc = HPDF_New(nullptr, nullptr);
  {
    DocumentFonts fonts(doc);
    // A is glyph 36 ('$'), V glyph 57 ('9'): the pair is kerned by 152 units of 2048.
    using namespace std::string_literals;
    CHECK(operators_of("en-GB", "AV A", fonts) ==
          "BT\n10 20 Td\n/F1 10 Tf\n[(\0$) 74.22 (\0009\0\3\0$)] TJ\nET\n"s);
    CHECK(fonts.font(chain().primary()).text_of(36) == "A");
    CHECK(fonts.font(chain().primary()).text_of(3) == " ");
  }
  HPDF_Free(doc);
}

TEST_CASE(
    "an upward line is drawn in a text matrix turned a quarter turn, its glyphs as a rightward line's") {
  HPDF_Doc doc = HPDF_New(nullptr, nullptr);
  {
    DocumentFonts fonts(doc);
    const TextShaper shaper(chain(), "en-GB");
    const ShapedParagraph paragraph = shaper.shape("AV A");
    const ShapedLine line = break_lines(paragraph, 10, 1000)->front();
    const auto name = [](const EmbeddedFont&) { return std::string("F1"); };
    std::string rightwards;
    append_line_operators(rightwards, paragraph, line, 10, 20, 10, fonts, name);
    std::string upwards;
    append_line_operators(upwards, paragraph, line, 10, 20, 10, fonts, name, LineOrientation::upwards);
    CHECK(upwards.starts_with("BT\n0 1 -1 0 10 20 Tm\n/F1 10 Tf\n"));
    CHECK(upwards.substr(upwards.find("/F1")) == rightwards.substr(rightwards.find("/F1")));
  }
  HPDF_Free(doc);
}

TEST_CASE("a mark moved off the baseline is drawn with a text rise, its cluster in an ActualText span") {
  HPDF_Doc doc = HPDF_New(nullptr, nullptr);
  {
    DocumentFonts fonts(doc);
    const std::string operators = operators_of("yo", "o\u0323\u0300", fonts);  // o, dot below, grave
    CHECK(operators.find("/Span <</ActualText <FEFF006F03230300>>> BDC\n") != std::string::npos);
    CHECK(operators.find(" Ts\n") != std::string::npos);
    CHECK(operators.find("0 Ts\n") != std::string::npos);
    CHECK(operators.ends_with("EMC\nET\n"));
  }
  HPDF_Free(doc);
}

TEST_CASE("a vowel sign drawn before its consonant is read back through an ActualText span") {
  HPDF_Doc doc = HPDF_New(nullptr, nullptr);
  {
    DocumentFonts fonts(doc);
    const std::string operators = operators_of("bn", "কি", fonts);  // KA, I: the I is drawn first
    CHECK(operators.find("/Span <</ActualText <FEFF099509BF>>> BDC\n") != std::string::npos);
  }
  HPDF_Free(doc);
}

TEST_CASE("the embedded fonts are CID TrueType subsets with ToUnicode maps, and the PDF checks clean") {
  const pledge::test::TempFolder folder;
  std::size_t fonts = 0;
  const auto file = folder.write("page.pdf", page_of({{"en-GB", "We listen"}, {"bn", "আমরা শুনি"}}, &fonts));
  CHECK(fonts == 2);
  CHECK(run("qpdf --check " + file.string()).find("No syntax or stream encoding errors found") !=
        std::string::npos);
  const std::string listed = run("pdffonts " + file.string());
  CHECK(font_line(listed, "+LiberationSans") == "CID TrueType      Identity-H       yes yes yes");
  CHECK(font_line(listed, "+NotoSansBengali-Regular") == "CID TrueType      Identity-H       yes yes yes");
}

TEST_CASE("the same text makes the same bytes") {
  const std::vector<Sample> samples = {{"cy", "Croeso ŵyr"}, {"ur", "ہم آپ"}};
  CHECK(page_of(samples) == page_of(samples));
}

TEST_CASE("a sentence in every script the fallback fonts cover is read back by pdftotext in logical order") {
  const pledge::test::TempFolder folder;
  const auto file = folder.write("scripts.pdf", page_of({
                                                    {"en-GB", "We listen to you. Adébáyọ̀ is welcome here."},
                                                    {"cy", "Rydym yn gwrando arnoch chi: ŵyr a ŷd."},
                                                    {"el", "Σας ακούμε με προσοχή."},
                                                    {"uk", "Ми уважно вас слухаємо."},
                                                    {"ur", "ہم آپ کی بات سنتے ہیں۔"},
                                                    {"ar", "نحن نستمع إليك دائما"},
                                                    {"he", "אנחנו מקשיבים לך"},
                                                    {"bn", "আমরা আপনার কথা শুনি।"},
                                                    {"hi", "हम आपकी बात सुनते हैं।"},
                                                    {"pa", "ਅਸੀਂ ਤੁਹਾਡੀ ਗੱਲ ਸੁਣਦੇ ਹਾਂ।"},
                                                    {"gu", "અમે તમારી વાત સાંભળીએ છીએ."},
                                                    {"ta", "நாங்கள் உங்கள் பேச்சைக் கேட்கிறோம்."},
                                                    {"zh", "我们倾听您的意见。"},
                                                }));
  // pdftotext marks a right-to-left run with U+202B and U+202C.
  CHECK(run("pdftotext " + file.string() + " -") ==
        "We listen to you. Adébáyọ̀ is welcome here.\n"
        "Rydym yn gwrando arnoch chi: ŵyr a ŷd.\n"
        "Σας ακούμε με προσοχή.\n"
        "Ми уважно вас слухаємо.\n"
        "\u202Bہم آپ کی بات سنتے ہیں۔\u202C\n"
        "\u202Bنحن نستمع إليك دائما\u202C\n"
        "\u202Bאנחנו מקשיבים לך\u202C\n"
        "আমরা আপনার কথা শুনি।\n"
        "हम आपकी बात सुनते हैं।\n"
        "ਅਸੀਂ ਤੁਹਾਡੀ ਗੱਲ ਸੁਣਦੇ ਹਾਂ।\n"
        "અમે તમારી વાત સાંભળીએ છીએ.\n"
        "நாங்கள் உங்கள் பேச்சைக் கேட்கிறோம்.\n"
        "我们倾听您的意见。\n\n\f");
}

TEST_CASE("400 random mutations of Liberation Sans are refused or render, and none crashes") {
  std::mt19937 random(20240516);
  const std::string& original = liberation_bytes();
  const std::size_t directory_end = 12 + 16 * 19;
  int refused = 0;
  int rendered = 0;
  for (int mutant = 0; mutant < 400; ++mutant) {
    std::string bytes = original;
    switch (random() % 4) {
      case 0:  // bytes of the table directory
        for (unsigned n = 1 + random() % 4; n > 0; --n)
          bytes[random() % directory_end] = static_cast<char>(random());
        break;
      case 1:  // one table record's offset or length
        put_u32(bytes, 12 + 16 * (random() % 19) + 8 + 4 * (random() % 2),
                static_cast<std::uint32_t>(random()));
        break;
      case 2:  // bytes anywhere
        for (unsigned n = 1 + random() % 16; n > 0; --n)
          bytes[random() % bytes.size()] = static_cast<char>(random());
        break;
      default:  // cut short
        bytes.resize(random() % bytes.size());
    }
    const std::string name = "mutant-" + std::to_string(mutant) + ".ttf";
    std::shared_ptr<const FontProgram> font;
    try {
      font = FontProgram::from_bytes(std::move(bytes), name);
    } catch (const Error& error) {
      CHECK(std::string(error.what()).starts_with("cannot use font '" + name + "': "));
      ++refused;
      continue;
    }
    try {
      render_with(font);
      ++rendered;
    } catch (const Error& error) {
      CHECK(std::string(error.what()).starts_with("cannot embed font '" + name + "': "));
      ++refused;
    }
  }
  CHECK(refused + rendered == 400);
  CHECK(refused > 100);
  CHECK(rendered > 50);
}
