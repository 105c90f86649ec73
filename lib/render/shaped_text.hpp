#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/string_hash.hpp"
#include "render/font_chain.hpp"
#include "render/text.hpp"

namespace pledge::render {

// One glyph as HarfBuzz set it, in points for text set at 1 pt (multiply by the size).
struct PositionedGlyph {
  GlyphId glyph = 0;
  std::uint32_t cluster = 0;  // byte offset, in the paragraph's text, of the first character of its cluster
  float advance = 0;
  float x_offset = 0;
  float y_offset = 0;  // upwards
};

// Glyphs in one font at one bidi level, standing for bytes [begin, end) of the paragraph's text.
struct GlyphRun {
  const FontProgram* font = nullptr;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::uint8_t level = 0;  // the bidi embedding level: odd is right to left
  bool space = false;      // the spaces between two words, where a line may break; one glyph however many
  std::vector<PositionedGlyph> glyphs;  // left to right as drawn (a right-to-left run's last character first)
  double advance = 0;                   // at 1 pt

  bool right_to_left() const { return (level & 1) != 0; }
};

// A character no font of the chain has, at its byte offset in the paragraph: the caller reports it at the
// text's location (or, allowed, the font's .notdef glyph stands in for it).
struct MissingCharacter {
  char32_t code_point = 0;
  std::size_t offset = 0;
  friend bool operator==(const MissingCharacter&, const MissingCharacter&) = default;
};

// A line cut from a paragraph is shaped on its own, and UAX #9 (rule P2) would take its direction from its
// own first letter: an Urdu line that starts with "NHS" would be set left to right. One of these marks at the
// start of the line's text carries its paragraph's direction; TextShaper::shape takes it as the direction and
// does not keep it in the text it shapes.
inline constexpr std::string_view left_to_right_mark = "\u200E";
inline constexpr std::string_view right_to_left_mark = "\u200F";

// A paragraph (text without line breaks) shaped: runs in logical order.
struct ShapedParagraph {
  std::string text;
  std::vector<GlyphRun> runs;
  std::vector<MissingCharacter> missing;
  bool right_to_left = false;  // the paragraph's direction, from its first strong character (UAX #9 P2)

  double advance() const;  // at 1 pt
};

// How text is shaped. Kerning on: measured on the examples' statements, Liberation Sans' kerning makes
// English text 0.07% narrower (bench/text_engine.cpp). Latin, Greek and Cyrillic ligatures off: an "fi"
// ligature comes back through pdftotext as "fi" too, but it changes how today's documents look for no
// reader's gain and makes words share glyphs with other texts in the ToUnicode map.
struct ShapingOptions {
  bool kerning = true;
  bool latin_ligatures = false;
};

// A word as shaped: its runs, with offsets from the word's start, and the characters no font has.
struct ShapedWord {
  std::vector<GlyphRun> runs;
  std::vector<MissingCharacter> missing;
};

// Words shaped once for every shaper of a run (the poster, leaflet and checklist of a service, and the
// services of a batch, share most of their words), by font chain, language, bidi level and text. Keeps the
// font library its words point into. Safe to use from several threads.
class ShapedWordCache {
 public:
  explicit ShapedWordCache(std::shared_ptr<FontLibrary> library) : m_library(std::move(library)) {}
  const std::shared_ptr<FontLibrary>& library() const { return m_library; }

  // A short prefix for the keys of the words shaped in one way (a chain, a language and options, as
  // `description` says): the same for the same description. Keys are kept short because a batch keeps many.
  std::string key_prefix(const std::string& description);

  std::shared_ptr<const ShapedWord> find(std::string_view key) const;
  void add(std::string key, std::shared_ptr<const ShapedWord> word);
  std::size_t size() const;

  // The words kept at most: far more than the shipped libraries hold (about 3,000 distinct words), few
  // enough that a batch of unusual services stays within its memory (about 300 bytes a word); beyond it
  // the cache starts again.
  static constexpr std::size_t most_words = 50000;

 private:
  std::shared_ptr<FontLibrary> m_library;
  mutable std::mutex m_mutex;
  std::unordered_map<std::string, std::shared_ptr<const ShapedWord>, StringHash, std::equal_to<>> m_words;
  std::unordered_map<std::string, std::string> m_prefixes;  // by description
};

// Shapes paragraphs in one font chain and language: itemized by script (HarfBuzz's Unicode functions),
// bidi levels from FriBidi, each run in the first font of the chain that has every character of it (or of
// each of its clusters), shaped by HarfBuzz. Words are shaped on their own and kept, so a fit search
// measuring the same statements at many sizes shapes each word once; a space takes the font of the word
// before it; with a ShapedWordCache made from the chain's font library, words are shared with the other
// shapers of the run too. Not safe to share between threads (one per document and face, like the faces
// today).
class TextShaper {
 public:
  TextShaper(const FontChain& chain, std::string language, ShapingOptions options = {},
             std::shared_ptr<ShapedWordCache> shared = nullptr);

  // `text` must not hold '\n' (split paragraphs first). Runs of spaces and tabs count as one space. A
  // direction mark at its start sets the paragraph's direction (see right_to_left_mark).
  ShapedParagraph shape(std::string_view text) const;
  // The width of `text` at 1 pt, as `shape(text).advance()`.
  double width(std::string_view text) const;
  // True if the chain's document fonts have every character of `text` (line breaks, spaces and the
  // characters HarfBuzz removes aside): then no character of it is missing, and shaping it loads no fallback
  // font. Looks characters up in the fonts' cmaps without shaping.
  bool document_fonts_cover(std::string_view text) const;
  const FontChain& chain() const { return m_chain; }
  const std::string& language() const { return m_language; }

 private:
  const ShapedWord& shape_word(std::string_view word, std::uint8_t level) const;
  ShapedWord shape_word_uncached(std::string_view word, std::uint8_t level) const;

  const FontChain& m_chain;
  std::string m_language;
  ShapingOptions m_options;
  hb_language_t m_hb_language;
  std::shared_ptr<ShapedWordCache> m_shared;  // null unless the chain's fonts come from its library
  std::string m_shared_prefix;                // the chain, language and options, for the shared cache's keys
  // By the word's bidi level (one byte) and its text.
  mutable std::unordered_map<std::string, std::shared_ptr<const ShapedWord>, StringHash, std::equal_to<>>
      m_words;
  // A bit for each ASCII character document_fonts_cover takes as covered, made at its first call.
  mutable std::optional<std::array<std::uint64_t, 2>> m_ascii_covered;
};

// The part of a run standing for bytes [begin, end) of the paragraph (a whole run, or a piece of a word
// broken because it is wider than the line).
struct LineSlice {
  std::size_t run = 0;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  friend bool operator==(const LineSlice&, const LineSlice&) = default;
};

// One line of a shaped paragraph: its slices in logical order, without the spaces it was broken at.
struct ShapedLine {
  std::vector<LineSlice> slices;
  double advance = 0;  // at 1 pt
  std::uint32_t begin = 0;
  std::uint32_t end = 0;  // bytes [begin, end) of the paragraph: the line's text
};

// The width at 1 pt of the glyphs of `slice`.
double slice_advance(const ShapedParagraph& paragraph, const LineSlice& slice);

// Breaks a shaped paragraph into lines no wider than `width` at `size` pt, between words at spaces only, as
// wrap_text does with the widths of the words as shaped. Nothing if a word is wider than the line and
// `long_words` is fail; with break_inside such a word is broken between clusters (after '/' or '-' where
// possible), never inside one. An empty paragraph is one empty line.
std::optional<std::vector<ShapedLine>> break_lines(const ShapedParagraph& paragraph, double size,
                                                   double width, LongWords long_words = LongWords::fail);

// The bytes [begin, end) of the paragraph each line of break_lines holds, and nothing else: what a fit search
// trying many sizes needs, without the slices (a line's text is shaped again when it is drawn).
struct LineExtent {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  friend bool operator==(const LineExtent&, const LineExtent&) = default;
};
std::optional<std::vector<LineExtent>> break_line_extents(const ShapedParagraph& paragraph, double size,
                                                          double width,
                                                          LongWords long_words = LongWords::fail);

// The slices of `line` in the order they are drawn, left to right (UAX #9 rule L2 on the runs' levels).
std::vector<LineSlice> visual_order(const ShapedParagraph& paragraph, const ShapedLine& line);

}  // namespace pledge::render
