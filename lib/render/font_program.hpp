#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

struct hb_blob_t;
struct hb_face_t;
struct hb_font_t;

namespace pledge::render {

// A glyph's index in its font.
using GlyphId = std::uint32_t;

// What a PDF FontDescriptor says about a face, in font units.
struct FontMetrics {
  unsigned units_per_em = 1000;
  int ascent = 0;   // above the baseline, positive
  int descent = 0;  // below the baseline, negative
  int cap_height = 0;
  int x_min = 0, y_min = 0, x_max = 0, y_max = 0;  // the bounding box of every glyph
  double italic_angle = 0;
  bool fixed_pitch = false;
  bool serif = false;
  int weight = 400;  // OS/2 usWeightClass
};

// A TrueType font file (glyf outlines), checked before anything reads it: the table directory and every
// table this program or an embedded subset depends on are checked against the file's length and against one
// another, and HarfBuzz's sanitizer must accept them, so that a damaged file is refused with a message
// instead of crashing the shaper, the subsetter or a PDF reader. Immutable once loaded: one FontProgram may
// serve several documents on several threads at once (HarfBuzz faces and fonts are safe to share for
// reading).
class FontProgram {
 public:
  // Throws Error naming `file` and what is wrong if it cannot be read, is not a TrueType font or is damaged.
  static std::shared_ptr<const FontProgram> load(const std::filesystem::path& file);
  // The same for a font held in memory (`name` is how messages name it).
  static std::shared_ptr<const FontProgram> from_bytes(std::string bytes, std::string name);
  ~FontProgram();
  FontProgram(const FontProgram&) = delete;
  FontProgram& operator=(const FontProgram&) = delete;

  const std::string& name() const { return m_name; }
  // The PostScript name (name table id 6), with characters a PDF name cannot hold removed; the file's stem if
  // the font has none.
  const std::string& postscript_name() const { return m_postscript_name; }
  const FontMetrics& metrics() const { return m_metrics; }
  unsigned glyph_count() const { return m_glyph_count; }

  // The glyph the font's cmap gives `c`, or 0 (.notdef) if it has none.
  GlyphId glyph_for(char32_t c) const;
  // Whether the cmap gives `c` a glyph: for the Basic Multilingual Plane from a table made when the font is
  // loaded (the shaper and the check for missing characters ask for every character of every text).
  bool covers(char32_t c) const {
    return c < 0x10000 ? ((m_basic_plane[c >> 6] >> (c & 63)) & 1) != 0 : glyph_for(c) != 0;
  }
  // glyph_for(U' '), looked up once: every space and every ActualText anchor needs it.
  GlyphId space_glyph() const { return m_space_glyph; }
  // Its advance in font units, looked up once too.
  int space_advance() const { return m_space_advance; }
  // Horizontal advance in font units, from hmtx.
  int advance(GlyphId glyph) const;

  // For the shaper and the subsetter; HarfBuzz's font is scaled to font units.
  hb_face_t* face() const { return m_face; }
  hb_font_t* font() const { return m_font; }

 private:
  FontProgram() = default;
  hb_blob_t* m_blob = nullptr;
  hb_face_t* m_face = nullptr;
  hb_font_t* m_font = nullptr;
  std::string m_name;
  std::string m_postscript_name;
  FontMetrics m_metrics;
  unsigned m_glyph_count = 0;
  GlyphId m_space_glyph = 0;
  int m_space_advance = 0;
  std::array<std::uint64_t, 0x10000 / 64> m_basic_plane{};  // a bit for each code point the cmap maps
};

}  // namespace pledge::render
