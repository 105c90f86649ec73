#pragma once

#include <hpdf.h>

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "render/font_program.hpp"

namespace pledge::render {

// The ToUnicode CMap for glyphs shown with their texts (UTF-8; a ligature's or a conjunct's glyph stands
// for several characters). Codes are glyph ids (Identity-H with CIDToGIDMap /Identity); a glyph with an
// empty text is left out.
std::string to_unicode_cmap(const std::map<GlyphId, std::string>& texts);

// The /W array of a CIDFont for glyphs and their widths in thousandths of an em: "[3 [277.83] 36 [667 722]]",
// consecutive glyph ids in one list.
std::string widths_array(const std::map<GlyphId, double>& widths);

// A font embedded in one PDF by pledge itself, through libharu's object API, so that libharu never parses a
// font file: a Type0 font (Identity-H) over a CIDFontType2 whose glyphs are reached by their glyph ids
// (CIDToGIDMap /Identity), with a FontDescriptor, the font program cut down to the glyphs shown (HarfBuzz's
// subsetter, keeping glyph ids: see subset_font), its widths, and a ToUnicode map from each glyph shown to
// the text it stands for. The Type0 dictionary exists from the start, so pages can name it in their
// resources; everything else is written by finish(), when every glyph is known.
class EmbeddedFont {
 public:
  EmbeddedFont(HPDF_Doc doc, const FontProgram& program);
  EmbeddedFont(const EmbeddedFont&) = delete;
  EmbeddedFont& operator=(const EmbeddedFont&) = delete;

  const FontProgram& program() const { return m_program; }
  // The Type0 font dictionary, for HPDF_Page_GetLocalFontName.
  HPDF_Dict dict() const { return m_type0; }

  // Records that `glyph` is shown, standing for `text`. A glyph keeps the first non-empty text it is shown
  // for (the ToUnicode map has one text per glyph): a glyph reached by other texts later (a shared matra
  // in another conjunct) is written inside an ActualText span by the text writer instead.
  void show(GlyphId glyph, std::string_view text);
  // The text the ToUnicode map gives `glyph` (empty if none yet).
  const std::string& text_of(GlyphId glyph) const;
  // The advance the PDF reader uses for `glyph` (the /W entry), in thousandths of an em, rounded as written.
  double width(GlyphId glyph) const;
  std::size_t glyph_count() const { return m_texts.size(); }

  // Writes the descriptor, the subset, the widths and the ToUnicode map. Throws Error if the subset cannot
  // be made. Returns the size of the font program embedded (before compression).
  std::size_t finish();

 private:
  HPDF_Doc m_doc;
  const FontProgram& m_program;
  HPDF_Dict m_type0 = nullptr;
  std::map<GlyphId, std::string> m_texts;
  std::string m_widths;  // written into the CIDFont by libharu's write_fn
};

// The fonts one document embeds, one per font program, in the order first used. Owned by the document and
// finished before libharu saves it.
class DocumentFonts {
 public:
  explicit DocumentFonts(HPDF_Doc doc) : m_doc(doc) {}

  EmbeddedFont& font(const FontProgram& program);
  // Finishes every font; returns the bytes of their font programs (before compression), for benchmarks.
  std::size_t finish();
  std::size_t count() const { return m_fonts.size(); }

 private:
  HPDF_Doc m_doc;
  std::vector<std::unique_ptr<EmbeddedFont>> m_fonts;
};

// A font program cut down to `glyphs` with HarfBuzz's subsetter, glyph ids kept (HB_SUBSET_FLAGS_RETAIN_GIDS:
// the content streams were written with them, and the codes are glyph ids), without hinting, layout tables,
// glyph names or cmap (nothing reads them: a CIDFontType2 reaches glyphs by id). Throws Error if HarfBuzz
// cannot make it.
std::string subset_font(const FontProgram& program, const std::vector<GlyphId>& glyphs);

}  // namespace pledge::render
