#pragma once

#include <hpdf.h>

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "render/font_program.hpp"

namespace pledge::render {

// The ToUnicode CMap for glyphs shown with their texts (UTF-8; a ligature's or a conjunct's glyph stands
// for several characters). Codes are the full font's glyph ids (Identity-H); a glyph with an
// empty text is left out.
std::string to_unicode_cmap(const std::map<GlyphId, std::string>& texts);

// The /W array of a CIDFont for glyphs and their widths in thousandths of an em: "[3 [277.83] 36 [667 722]]",
// consecutive glyph ids in one list.
std::string widths_array(const std::map<GlyphId, double>& widths);

// How the glyphs of a subset are numbered. The content streams are written with the full font's glyph ids
// before the subset is made (they are only all known when the document is), so either the subset keeps
// them (HB_SUBSET_FLAGS_RETAIN_GIDS, CIDToGIDMap /Identity) or it numbers its glyphs 0, 1, 2, ... and a
// CIDToGIDMap stream maps each id to its new number.
enum class GlyphNumbering { kept, renumbered };

// A font program cut down to some glyphs.
struct FontSubsetProgram {
  std::string bytes;
  std::vector<GlyphId> new_ids;  // renumbered: the subset's id for each glyph asked for, in their order
};

// A font program cut down to `glyphs` (ascending) with HarfBuzz's subsetter, without hinting, layout tables,
// glyph names or cmap (nothing reads them: a CIDFontType2 reaches glyphs by id); components of composite
// glyphs come too. Throws Error if HarfBuzz cannot make it.
FontSubsetProgram subset_font(const FontProgram& program, const std::vector<GlyphId>& glyphs,
                              GlyphNumbering numbering);

// The CIDToGIDMap stream for a renumbered subset: for each code from 0 to the highest glyph id, the subset's
// glyph id as two bytes (0 for ids not in the subset).
std::string cid_to_gid_map(const std::vector<GlyphId>& glyphs, const std::vector<GlyphId>& new_ids);

// A font embedded in one PDF by pledge itself, through libharu's object API, so that libharu never parses a
// font file: a Type0 font (Identity-H) over a CIDFontType2 whose codes are the font's glyph ids, with a
// FontDescriptor, the font program cut down to the glyphs shown (HarfBuzz's subsetter; see GlyphNumbering),
// its widths, and a ToUnicode map from each glyph shown to the text it stands for. The Type0 dictionary
// exists from the start, so pages can name it in their resources; everything else is written by finish(),
// when every glyph is known.
class EmbeddedFont {
 public:
  EmbeddedFont(HPDF_Doc doc, const FontProgram& program,
               GlyphNumbering numbering = GlyphNumbering::renumbered);
  EmbeddedFont(const EmbeddedFont&) = delete;
  EmbeddedFont& operator=(const EmbeddedFont&) = delete;

  const FontProgram& program() const { return m_program; }
  // The Type0 font dictionary, for HPDF_Page_GetLocalFontName.
  HPDF_Dict dict() const { return m_type0; }

  // What the PDF says about a glyph shown: the text the ToUnicode map gives it, and its /W width.
  struct Shown {
    std::string text;
    double width = 0;
  };
  // Records that `glyph` is shown, standing for `text`. A glyph keeps the first non-empty text it is shown
  // for (the ToUnicode map has one text per glyph): a glyph reached by other texts later (a shared matra
  // in another conjunct) is written inside an ActualText span by the text writer instead.
  const Shown& show(GlyphId glyph, std::string_view text);
  // The text the ToUnicode map gives `glyph` (empty if none yet).
  const std::string& text_of(GlyphId glyph) const;
  // The advance the PDF reader uses for `glyph` (the /W entry), in thousandths of an em, rounded as written.
  double width(GlyphId glyph) const;
  std::size_t glyph_count() const { return m_shown.size(); }

  // Writes the descriptor, the subset, the widths and the ToUnicode map. Throws Error if the subset cannot
  // be made. Returns the size of the font program embedded (before compression).
  std::size_t finish();
  // That size, once finished.
  std::size_t program_size() const { return m_program_size; }

 private:
  HPDF_Doc m_doc;
  const FontProgram& m_program;
  GlyphNumbering m_numbering;
  HPDF_Dict m_type0 = nullptr;
  // The glyphs shown, in the order first shown, and each glyph id's place among them (-1: not shown): a
  // line looks up every glyph it draws, and an index is cheaper than hashing.
  std::vector<std::pair<GlyphId, Shown>> m_shown;
  std::vector<std::int32_t> m_slot;
  const Shown* find(GlyphId glyph) const;
  std::string m_widths;  // written into the CIDFont by libharu's write_fn
  std::size_t m_program_size = 0;
};

// The fonts one document embeds, one per font program, in the order first used. Owned by the document and
// finished before libharu saves it.
class DocumentFonts {
 public:
  explicit DocumentFonts(HPDF_Doc doc, GlyphNumbering numbering = GlyphNumbering::renumbered)
      : m_doc(doc), m_numbering(numbering) {}

  EmbeddedFont& font(const FontProgram& program);
  // Finishes every font; returns the bytes of their font programs (before compression), for benchmarks.
  std::size_t finish();
  std::size_t count() const { return m_fonts.size(); }
  const std::vector<std::unique_ptr<EmbeddedFont>>& fonts() const { return m_fonts; }

 private:
  HPDF_Doc m_doc;
  GlyphNumbering m_numbering;
  std::vector<std::unique_ptr<EmbeddedFont>> m_fonts;
};

}  // namespace pledge::render
