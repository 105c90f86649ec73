#include <doctest/doctest.h>

#include "base/error.hpp"
#include "font_bytes.hpp"
#include "render/font_program.hpp"
#include "render/render_options.hpp"

using namespace pledge;
using namespace pledge::render;
using namespace pledge::test;

namespace {

// The byte offset of the glyph number of the first component of composite glyph `glyph` (Liberation Sans:
// long loca offsets; its first composite glyph is 98, then 111).
std::size_t first_component_of(const std::string& bytes, std::size_t glyph) {
  REQUIRE(bytes[get_u32(bytes, record_of(bytes, "head") + 8) + 51] == 1);
  const std::size_t loca = get_u32(bytes, record_of(bytes, "loca") + 8);
  const std::size_t at = get_u32(bytes, record_of(bytes, "glyf") + 8) + get_u32(bytes, loca + 4 * glyph);
  REQUIRE(static_cast<signed char>(bytes[at]) < 0);  // numberOfContours below zero: a composite glyph
  return at + 12;
}

std::string refusal(std::string bytes) {
  try {
    FontProgram::from_bytes(std::move(bytes), "damaged.ttf");
  } catch (const Error& error) {
    return error.what();
  }
  return "accepted";
}

}  // namespace

TEST_CASE("a TrueType font is loaded with its metrics and glyphs") {
  const auto font = FontProgram::load(default_font_files().regular.front());
  CHECK(font->postscript_name() == "LiberationSans");
  CHECK(font->metrics().units_per_em == 2048);
  CHECK(font->metrics().ascent == 1854);
  CHECK(font->metrics().descent == -434);
  CHECK(font->metrics().cap_height == 1409);
  CHECK(font->glyph_count() == 2620);
  CHECK(font->covers(U'ŵ'));
  CHECK_FALSE(font->covers(U'ক'));
  CHECK(font->advance(font->glyph_for(U' ')) == 569);
}

TEST_CASE("a font covers exactly the characters its cmap gives a glyph, in and beyond the basic plane") {
  for (const char* file : {"/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
                           "/usr/share/fonts/truetype/noto/NotoSansBengali-Regular.ttf",
                           "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf"}) {
    CAPTURE(file);
    const auto font = FontProgram::load(file);
    std::size_t covered = 0;
    for (char32_t c = 0; c < 0x20000; ++c) {
      if (font->covers(c) != (font->glyph_for(c) != 0)) {
        FAIL_CHECK("U+" << std::hex << static_cast<unsigned>(c));
        break;
      }
      covered += font->covers(c) ? 1 : 0;
    }
    CHECK(covered > 100);
  }
}

TEST_CASE("a font file that is not there is refused with its name") {
  CHECK_THROWS_WITH(FontProgram::load("/nonexistent/Font.ttf"),
                    "cannot read font '/nonexistent/Font.ttf': no such file, or it cannot be opened; give a "
                    "TrueType font with --font FILE.ttf");
}

TEST_CASE("OpenType CFF fonts and font collections are refused with what to give instead") {
  CHECK(
      refusal("OTTO" + std::string(60, '\0')) ==
      "cannot use font 'damaged.ttf': it is an OpenType font with CFF outlines (.otf); give a TrueType font "
      "(.ttf, glyf outlines)");
  CHECK(refusal("ttcf" + std::string(60, '\0')) ==
        "cannot use font 'damaged.ttf': it is a font collection (.ttc); give a single TrueType font (.ttf)");
  CHECK(refusal("%PDF-1.4 and more") ==
        "cannot use font 'damaged.ttf': it does not start like a TrueType font");
}

TEST_CASE("a font whose table directory promises more tables than the file holds is refused") {
  std::string bytes = liberation_bytes().substr(0, 100);
  CHECK(refusal(bytes) ==
        "cannot use font 'damaged.ttf': its table directory lists 19 tables, more than the file holds");
}

TEST_CASE("a table running past the end of the file is refused, naming the table") {
  std::string bytes = liberation_bytes();
  const std::size_t record = record_of(bytes, "loca");
  put_u32(bytes, record + 12, 0x7FFFFFFF);
  CHECK(refusal(bytes) ==
        "cannot use font 'damaged.ttf': table 'loca' runs past the end of the file (offset " +
            std::to_string(get_u32(bytes, record + 8)) + ", length 2147483647, file " +
            std::to_string(bytes.size()) + " bytes)");
}

TEST_CASE("glyph counts and metrics that do not fit their tables are refused") {
  std::string more_glyphs = liberation_bytes();
  put_u16(more_glyphs, get_u32(more_glyphs, record_of(more_glyphs, "maxp") + 8) + 4, 60000);
  CHECK(refusal(more_glyphs) == "cannot use font 'damaged.ttf': table 'hmtx' is too short for 60000 glyphs");
  std::string more_metrics = liberation_bytes();
  put_u16(more_metrics, get_u32(more_metrics, record_of(more_metrics, "hhea") + 8) + 34, 9999);
  CHECK(refusal(more_metrics) ==
        "cannot use font 'damaged.ttf': table 'hhea' gives 9999 horizontal metrics for 2620 glyphs");
  std::string em = liberation_bytes();
  put_u16(em, get_u32(em, record_of(em, "head") + 8) + 18, 0);
  CHECK(refusal(em) ==
        "cannot use font 'damaged.ttf': table 'head' gives 0 units per em (16 to 16384 are allowed)");
}

TEST_CASE("a loca table pointing outside the glyf table is refused") {
  std::string bytes = liberation_bytes();
  const std::size_t loca = get_u32(bytes, record_of(bytes, "loca") + 8);
  const bool long_offsets = bytes[get_u32(bytes, record_of(bytes, "head") + 8) + 51] == 1;
  if (long_offsets)
    put_u32(bytes, loca + 4 * 5, 0x7FFFFFF0);
  else
    put_u16(bytes, loca + 2 * 5, 0xFFF0);
  CHECK(refusal(bytes) ==
        "cannot use font 'damaged.ttf': table 'loca' points outside table 'glyf' at glyph 5");
}

TEST_CASE("a composite glyph made of itself is refused, naming the glyph") {
  std::string bytes = liberation_bytes();
  put_u16(bytes, first_component_of(bytes, 98), 98);
  CHECK(
      refusal(bytes) ==
      "cannot use font 'damaged.ttf': composite glyph 98 in table 'glyf' is made of itself: the table loops");
}

TEST_CASE("composite glyphs made of each other are refused, naming both") {
  std::string bytes = liberation_bytes();
  put_u16(bytes, first_component_of(bytes, 98), 111);
  put_u16(bytes, first_component_of(bytes, 111), 98);
  CHECK(refusal(bytes) ==
        "cannot use font 'damaged.ttf': composite glyph 98 in table 'glyf' is made of itself "
        "(through glyph 111): the table loops");
}

TEST_CASE("a composite glyph made of a glyph the font does not have is refused") {
  std::string bytes = liberation_bytes();
  put_u16(bytes, first_component_of(bytes, 98), 0xFFFF);
  CHECK(refusal(bytes) ==
        "cannot use font 'damaged.ttf': composite glyph 98 in table 'glyf' is made of glyph "
        "65535, which the font does not have");
}

TEST_CASE("a font whose cmap maps no characters is refused") {
  std::string bytes = liberation_bytes();
  const std::size_t cmap = get_u32(bytes, record_of(bytes, "cmap") + 8);
  put_u16(bytes, cmap + 2, 0);  // no encoding records
  CHECK(refusal(bytes) ==
        "cannot use font 'damaged.ttf': its 'cmap' table maps no Unicode characters (it is damaged, or a "
        "symbol font)");
}

TEST_CASE("a GSUB table HarfBuzz's sanitizer rejects is refused") {
  std::string bytes = liberation_bytes();
  put_u32(bytes, record_of(bytes, "GSUB") + 12, 6);  // too short for its header
  CHECK(refusal(bytes) == "cannot use font 'damaged.ttf': table 'GSUB' is damaged");
}
