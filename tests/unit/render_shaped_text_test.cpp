#include <doctest/doctest.h>

#include "render/font_chain.hpp"
#include "render/render_options.hpp"
#include "render/shaped_text.hpp"

using namespace pledge::render;

namespace {

const FontChain& chain() {
  static const FontChain chain({default_font_files().regular.front()}, FontWeight::regular,
                               std::make_shared<FontLibrary>());
  return chain;
}

// "Font bytes level" for each run, spaces as "_".
std::vector<std::string> runs_of(const ShapedParagraph& paragraph) {
  std::vector<std::string> out;
  for (const GlyphRun& run : paragraph.runs) {
    if (run.space) {
      out.push_back("_");
      continue;
    }
    out.push_back(run.font->postscript_name() + " " + paragraph.text.substr(run.begin, run.end - run.begin) +
                  " " + std::to_string(run.level));
  }
  return out;
}

std::vector<std::string> lines_of(const ShapedParagraph& paragraph, const std::vector<ShapedLine>& lines) {
  std::vector<std::string> out;
  for (const ShapedLine& line : lines)
    out.push_back(paragraph.text.substr(line.begin, line.end - line.begin));
  return out;
}

// The text of each slice of a line, left to right as drawn.
std::vector<std::string> drawn(const ShapedParagraph& paragraph, const ShapedLine& line) {
  std::vector<std::string> out;
  for (const LineSlice& slice : visual_order(paragraph, line))
    out.push_back(paragraph.text.substr(slice.begin, slice.end - slice.begin));
  return out;
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("Latin text is one run in the document's font, a glyph per letter, with its advances") {
  const TextShaper shaper(chain(), "en-GB");
  const ShapedParagraph paragraph = shaper.shape("Our");
  REQUIRE(runs_of(paragraph) == Strings{"LiberationSans Our 0"});
  const GlyphRun& run = paragraph.runs.front();
  REQUIRE(run.glyphs.size() == 3);
  const FontProgram& font = *run.font;
  CHECK(run.glyphs[0].glyph == font.glyph_for(U'O'));
  CHECK(run.glyphs[2].glyph == font.glyph_for(U'r'));
  CHECK(run.glyphs[1].advance == doctest::Approx(1139.0 / 2048));
  CHECK(run.advance == doctest::Approx((1593.0 + 1139 + 682) / 2048));
  CHECK_FALSE(paragraph.right_to_left);
}

TEST_CASE("kerning is applied inside words, and can be turned off") {
  const TextShaper kerned(chain(), "en-GB");
  const TextShaper plain(chain(), "en-GB", ShapingOptions{.kerning = false});
  CHECK(plain.width("AV") == doctest::Approx(2732.0 / 2048));
  CHECK(kerned.width("AV") == doctest::Approx((2732.0 - 152) / 2048));
}

TEST_CASE("Latin ligatures are off: 'fi' stays two glyphs") {
  const TextShaper shaper(chain(), "en-GB");
  CHECK(shaper.shape("fit").runs.front().glyphs.size() == 3);
}

TEST_CASE("runs of spaces are one space between words, where lines may break") {
  const TextShaper shaper(chain(), "en-GB");
  const ShapedParagraph paragraph = shaper.shape("we   care");
  CHECK(runs_of(paragraph) == Strings{"LiberationSans we 0", "_", "LiberationSans care 0"});
  CHECK(paragraph.runs[1].glyphs.size() == 1);
  CHECK(paragraph.runs[1].advance == doctest::Approx(569.0 / 2048));
}

TEST_CASE("combining marks are placed on their letter: one cluster, the mark moved, not advancing") {
  const TextShaper shaper(chain(), "yo");
  const ShapedParagraph paragraph = shaper.shape("o\u0323\u0300");  // o, dot below, grave
  const GlyphRun& run = paragraph.runs.front();
  REQUIRE(run.glyphs.size() == 2);  // ọ composed by HarfBuzz, the grave as a mark
  CHECK(run.glyphs[0].glyph == run.font->glyph_for(U'ọ'));
  CHECK(run.glyphs[1].glyph == run.font->glyph_for(U'\u0300'));
  CHECK(run.glyphs[1].cluster == 0);
  CHECK(run.glyphs[1].advance == 0);
  CHECK(run.glyphs[1].x_offset == doctest::Approx(-282.0 / 2048));
  CHECK(run.glyphs[1].y_offset == doctest::Approx(-340.0 / 2048));
}

TEST_CASE("Bengali is set in Noto Sans Bengali, a conjunct in fewer glyphs than its characters") {
  const TextShaper shaper(chain(), "bn");
  const ShapedParagraph paragraph = shaper.shape("ক্ষ");  // KA, VIRAMA, SSA
  REQUIRE(runs_of(paragraph) == Strings{"NotoSansBengali-Regular ক্ষ 0"});
  CHECK(paragraph.runs.front().glyphs.size() == 1);
}

TEST_CASE("Urdu is a right-to-left paragraph in Nastaliq, its glyphs drawn last character first") {
  const TextShaper shaper(chain(), "ur");
  const ShapedParagraph paragraph = shaper.shape("ہم آپ");
  CHECK(paragraph.right_to_left);
  CHECK(runs_of(paragraph) == Strings{"NotoNastaliqUrdu-Regular ہم 1", "_", "NotoNastaliqUrdu-Regular آپ 1"});
  const GlyphRun& word = paragraph.runs.front();
  CHECK(word.glyphs.front().cluster > word.glyphs.back().cluster);
}

TEST_CASE("Arabic in another language is set in Naskh") {
  const TextShaper shaper(chain(), "ar");
  CHECK(runs_of(shaper.shape("نحن")) == Strings{"NotoNaskhArabic-Regular نحن 1"});
}

TEST_CASE("each run takes the first font of the chain that has all of its characters") {
  const TextShaper shaper(chain(), "en-GB");
  CHECK(runs_of(shaper.shape("Ward আমরা 中")) == Strings{"LiberationSans Ward 0", "_",
                                                         "NotoSansBengali-Regular আমরা 0", "_",
                                                         "DroidSansFallback 中 0"});
}

TEST_CASE("punctuation takes the script of the text it follows") {
  const TextShaper shaper(chain(), "bn");
  CHECK(runs_of(shaper.shape("আমরা,")) == Strings{"NotoSansBengali-Regular আমরা, 0"});
}

TEST_CASE("a character no font of the chain has is reported with its offset, never dropped") {
  const TextShaper shaper(chain(), "en-GB");
  const ShapedParagraph paragraph = shaper.shape("ab \uE000c");
  CHECK(paragraph.missing == std::vector<MissingCharacter>{{U'\uE000', 3}});
  CHECK(runs_of(paragraph) == Strings{"LiberationSans ab 0", "_", "LiberationSans \uE000c 0"});
  CHECK(paragraph.runs.back().glyphs.front().glyph == 0);
}

TEST_CASE("an emoji or a symbol inside a word is set in the fonts of symbols, whatever the word's script") {
  const TextShaper shaper(chain(), "en-GB");
  const ShapedParagraph paragraph = shaper.shape("care😀 ⌛");
  CHECK(paragraph.missing.empty());
  CHECK(runs_of(paragraph) ==
        Strings{"LiberationSans care 0", "Symbola 😀 0", "_", "NotoSansSymbols2-Regular ⌛ 0"});
}

TEST_CASE("a direction mark at the start sets the paragraph's direction and is not shaped") {
  const TextShaper shaper(chain(), "ur");
  const ShapedParagraph marked = shaper.shape(std::string(right_to_left_mark) + "NHS ٹیم");
  CHECK(marked.right_to_left);
  CHECK(marked.text == "NHS ٹیم");
  const auto lines = break_lines(marked, 10, 1000);
  REQUIRE(lines);
  CHECK(drawn(marked, lines->front()) == Strings{"ٹیم", " ", "NHS"});
  // Unmarked, the same text takes its direction from its first letter, N.
  CHECK_FALSE(shaper.shape("NHS ٹیم").right_to_left);
  const ShapedParagraph left = shaper.shape(std::string(left_to_right_mark) + "ٹیم NHS");
  CHECK_FALSE(left.right_to_left);
  CHECK(left.text == "ٹیم NHS");
}

TEST_CASE("with no fallback fonts installed, Bengali is missing character by character") {
  const FontChain bare({default_font_files().regular.front()}, FontWeight::regular,
                       std::make_shared<FontLibrary>(),
                       FallbackFolders{"/nonexistent", "/nonexistent", "/nonexistent"});
  const TextShaper shaper(bare, "bn");
  CHECK(shaper.shape("কি").missing == std::vector<MissingCharacter>{{U'ক', 0}, {U'ি', 3}});
}

TEST_CASE("the document fonts cover a text when they have every character, spaces and line breaks aside") {
  const TextShaper shaper(chain(), "cy");
  CHECK(shaper.document_fonts_cover("We   care,\tand\r\nlisten: ŵ ŷ “quoted”"));
  CHECK(shaper.document_fonts_cover(""));
  CHECK_FALSE(shaper.document_fonts_cover("care আমরা"));
  CHECK_FALSE(shaper.document_fonts_cover("tab\x01"));
}

TEST_CASE("the document fonts need not have the characters HarfBuzz removes, nor cover an invalid byte") {
  const TextShaper shaper(chain(), "en-GB");
  CHECK(shaper.document_fonts_cover("co\u00ADoperate\u200D\uFE0F"));
  CHECK_FALSE(shaper.document_fonts_cover("caf\xE9"));
  CHECK_FALSE(shaper.document_fonts_cover("\xE2\x80"));
}

TEST_CASE("lines break at spaces by the widths of the words as shaped") {
  const TextShaper shaper(chain(), "en-GB");
  const ShapedParagraph paragraph = shaper.shape("We treat you with dignity and respect");
  const double width = shaper.width("We treat you with") * 10;
  const auto lines = break_lines(paragraph, 10, width);
  REQUIRE(lines);
  CHECK(lines_of(paragraph, *lines) == Strings{"We treat you with", "dignity and", "respect"});
  CHECK(lines->front().advance == doctest::Approx(shaper.width("We treat you with")));
}

TEST_CASE("a word wider than the line does not fit, unless it may be broken between clusters") {
  const TextShaper shaper(chain(), "en-GB");
  const ShapedParagraph paragraph = shaper.shape("see nice-patient-experience/second-opinion");
  const double width = shaper.width("nice-patient-experience/") * 10;
  CHECK_FALSE(break_lines(paragraph, 10, width).has_value());
  const auto lines = break_lines(paragraph, 10, width, LongWords::break_inside);
  REQUIRE(lines);
  CHECK(lines_of(paragraph, *lines) == Strings{"see", "nice-patient-experience/", "second-opinion"});
}

TEST_CASE("an empty paragraph is one empty line") {
  const TextShaper shaper(chain(), "en-GB");
  const ShapedParagraph paragraph = shaper.shape("");
  const auto lines = break_lines(paragraph, 10, 100);
  REQUIRE(lines);
  CHECK(lines->size() == 1);
  CHECK(lines->front().slices.empty());
}

TEST_CASE(
    "a right-to-left line is drawn with its first word on the right, an English word inside it kept left to "
    "right") {
  const TextShaper shaper(chain(), "ur");
  const ShapedParagraph paragraph = shaper.shape("ہم NHS ٹیم");
  CHECK(paragraph.right_to_left);
  const auto lines = break_lines(paragraph, 10, 1000);
  REQUIRE(lines);
  CHECK(drawn(paragraph, lines->front()) == Strings{"ٹیم", " ", "NHS", " ", "ہم"});
}

TEST_CASE("an Urdu phrase in an English line is drawn right to left in its place") {
  const TextShaper shaper(chain(), "en-GB");
  const ShapedParagraph paragraph = shaper.shape("Say ہم آپ today");
  CHECK_FALSE(paragraph.right_to_left);
  const auto lines = break_lines(paragraph, 10, 1000);
  REQUIRE(lines);
  CHECK(drawn(paragraph, lines->front()) == Strings{"Say", " ", "آپ", " ", "ہم", " ", "today"});
}

TEST_CASE("right-to-left lines break at spaces in logical order") {
  const TextShaper shaper(chain(), "ur");
  const ShapedParagraph paragraph = shaper.shape("ہم آپ کی بات سنتے ہیں");
  const double width = shaper.width("بات سنتے ہیں") * 10;
  const auto lines = break_lines(paragraph, 10, width);
  REQUIRE(lines);
  CHECK(lines_of(paragraph, *lines) == Strings{"ہم آپ کی", "بات سنتے ہیں"});
}

TEST_CASE("shapers sharing a word cache shape each word once for all of them") {
  const auto library = std::make_shared<FontLibrary>();
  const FontChain shared_chain({default_font_files().regular.front()}, FontWeight::regular, library);
  const auto cache = std::make_shared<ShapedWordCache>(library);
  const TextShaper poster(shared_chain, "en-GB", {}, cache);
  const ShapedParagraph first = poster.shape("we care");
  CHECK(cache->size() == 2);
  const TextShaper leaflet(shared_chain, "en-GB", {}, cache);
  const ShapedParagraph second = leaflet.shape("care we");
  CHECK(cache->size() == 2);
  CHECK(second.runs[0].glyphs.size() == first.runs[2].glyphs.size());
  CHECK(second.runs[0].advance == first.runs[2].advance);
  const TextShaper welsh(shared_chain, "cy", {}, cache);
  welsh.shape("care");
  CHECK(cache->size() == 3);
}

TEST_CASE("a shaper whose fonts are not from the cache's library does not share words") {
  const auto cache = std::make_shared<ShapedWordCache>(std::make_shared<FontLibrary>());
  const TextShaper shaper(chain(), "en-GB", {}, cache);
  shaper.shape("we care");
  CHECK(cache->size() == 0);
}

TEST_CASE("line extents are the lines break_lines makes, without their slices") {
  const TextShaper shaper(chain(), "en-GB");
  for (const char* text :
       {"We treat you with dignity and respect", "see nice-patient-experience/second-opinion", "",
        "  two  spaces  ", "ہم آپ کی بات سنتے ہیں"}) {
    CAPTURE(text);
    const ShapedParagraph paragraph = shaper.shape(text);
    for (const double width : {1.0, 40.0, 120.0, 1000.0}) {
      for (const LongWords long_words : {LongWords::fail, LongWords::break_inside}) {
        const auto lines = break_lines(paragraph, 10, width, long_words);
        const auto extents = break_line_extents(paragraph, 10, width, long_words);
        REQUIRE(lines.has_value() == extents.has_value());
        if (!lines)
          continue;
        std::vector<LineExtent> expected;
        for (const ShapedLine& line : *lines)
          expected.push_back({line.begin, line.end});
        CHECK(*extents == expected);
      }
    }
  }
}
