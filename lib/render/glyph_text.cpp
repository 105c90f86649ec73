#include "render/glyph_text.hpp"

#include <algorithm>
#include <cmath>

#include "render/pdf_syntax.hpp"

namespace pledge::render {

namespace {

// A glyph id as two bytes of a literal string (bytes that end a literal or a line escaped).
void append_glyph(std::string& out, GlyphId glyph) {
  for (const unsigned byte : {(glyph >> 8) & 0xFFu, glyph & 0xFFu}) {
    if (byte > ')' && byte != '\\') {  // most bytes, and every one above the ASCII controls but the three
      out += static_cast<char>(byte);
      continue;
    }
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
  }
}

// The UTF-8 characters of `text`, each as its own piece.
std::vector<std::string_view> characters_of(std::string_view text) {
  std::vector<std::string_view> out;
  for (std::size_t at = 0; at < text.size();) {
    const auto lead = static_cast<unsigned char>(text[at]);
    std::size_t length = lead < 0x80 ? 1 : (lead & 0xE0) == 0xC0 ? 2 : (lead & 0xF0) == 0xE0 ? 3 : 4;
    length = std::min(length, text.size() - at);
    out.push_back(text.substr(at, length));
    at += length;
  }
  return out;
}

char32_t decode_one(std::string_view character) {
  const auto lead = static_cast<unsigned char>(character[0]);
  if (character.size() == 1)
    return lead;
  char32_t c = lead & (0xFF >> (character.size() + 1));
  for (std::size_t i = 1; i < character.size(); ++i)
    c = (c << 6) | (static_cast<unsigned char>(character[i]) & 0x3F);
  return c;
}

// Gives the glyphs of one cluster (in logical order) their texts for the ToUnicode map, where they have none
// yet: a single glyph stands for the whole cluster (a ligature, a conjunct); of several, each glyph that is
// the font's own glyph for one of the cluster's characters stands for that character, and the first of the
// others for the characters left over.
void propose_texts(EmbeddedFont& font, const std::vector<GlyphId>& glyphs, std::string_view text) {
  if (glyphs.size() == 1) {
    font.show(glyphs.front(), text);
    return;
  }
  const std::vector<std::string_view> characters = characters_of(text);
  std::vector<bool> claimed(characters.size(), false);
  std::vector<std::string> proposals(glyphs.size());
  for (std::size_t g = 0; g < glyphs.size(); ++g) {
    for (std::size_t c = 0; c < characters.size(); ++c) {
      if (!claimed[c] && font.program().glyph_for(decode_one(characters[c])) == glyphs[g]) {
        claimed[c] = true;
        proposals[g] = characters[c];
        break;
      }
    }
  }
  std::string rest;
  for (std::size_t c = 0; c < characters.size(); ++c)
    if (!claimed[c])
      rest += characters[c];
  for (std::size_t g = 0; g < glyphs.size() && !rest.empty(); ++g) {
    if (proposals[g].empty()) {
      proposals[g] = rest;
      break;
    }
  }
  for (std::size_t g = 0; g < glyphs.size(); ++g)
    font.show(glyphs[g], proposals[g]);
}

class OperatorWriter {
 public:
  OperatorWriter(std::string& out, double size) : m_out(out), m_size(size) {}

  void set_font(const std::string& name) {
    flush();
    m_out += '/';
    m_out += name;
    m_out += ' ';
    append_number(m_out, m_size, 2);
    m_out += " Tf\n";
  }
  // Moves the reader's pen to `target` (points from the line's start) with a TJ adjustment.
  void move_to(double target) {
    const double thousandths = (m_pen - target) * 1000.0 / m_size;
    if (std::fabs(thousandths) >= 0.05) {
      close_string();
      if (!m_array.empty())
        m_array += ' ';
      append_number(m_array, thousandths, 2);
    }
    m_pen = target;
  }
  void set_rise(double rise) {
    if (std::fabs(rise - m_rise) < 0.005)
      return;
    flush();
    append_number(m_out, rise, 3);
    m_out += " Ts\n";
    m_rise = rise;
  }
  void glyph(GlyphId glyph, double width) {
    if (!m_string_open) {
      if (!m_array.empty())
        m_array += ' ';
      m_array += '(';
      m_string_open = true;  // later glyphs join the string until an adjustment or the end
    }
    append_glyph(m_array, glyph);
    m_pen += width * m_size / 1000.0;
  }
  void raw(std::string_view operators) {
    flush();
    m_out += operators;
  }
  void flush() {
    close_string();
    if (m_array.empty())
      return;
    m_out += '[';
    m_out += m_array;
    m_out += "] TJ\n";
    m_array.clear();
  }
  double pen() const { return m_pen; }
  double rise() const { return m_rise; }

 private:
  std::string& m_out;
  double m_size;
  void close_string() {
    if (m_string_open)
      m_array += ')';
    m_string_open = false;
  }

  std::string m_array;
  bool m_string_open = false;
  double m_pen = 0;
  double m_rise = 0;
};

}  // namespace

void append_line_operators(std::string& out, const ShapedParagraph& paragraph, const ShapedLine& line,
                           double x, double y, double size, DocumentFonts& fonts,
                           const FontResourceName& resource_name, LineOrientation orientation) {
  out += "BT\n";
  // Upwards, the text matrix turns text space a quarter turn: the TJ adjustments and text rises below work
  // in text space, so nothing else changes.
  if (orientation == LineOrientation::upwards)
    out += "0 1 -1 0 ";
  append_number(out, x, 2);
  out += ' ';
  append_number(out, y, 2);
  out += orientation == LineOrientation::upwards ? " Tm\n" : " Td\n";
  OperatorWriter writer(out, size);
  const EmbeddedFont* current = nullptr;
  double want = 0;  // where HarfBuzz's pen is, in points from x
  std::vector<std::uint32_t> starts;
  std::vector<GlyphId> cluster_glyphs;
  for (const LineSlice& slice : visual_order(paragraph, line)) {
    const GlyphRun& run = paragraph.runs[slice.run];
    EmbeddedFont& font = fonts.font(*run.font);
    if (&font != current) {
      writer.set_font(resource_name(font));
      current = &font;
    }
    starts.clear();
    for (const PositionedGlyph& glyph : run.glyphs)
      if (starts.empty() || starts.back() != glyph.cluster)
        starts.push_back(glyph.cluster);
    // HarfBuzz keeps clusters in order: ascending left to right, descending right to left.
    if (run.right_to_left())
      std::reverse(starts.begin(), starts.end());
    if (!std::is_sorted(starts.begin(), starts.end())) {
      std::sort(starts.begin(), starts.end());
      starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    }
    const GlyphId space = run.font->space_glyph();
    const std::vector<PositionedGlyph>& glyphs = run.glyphs;
    for (std::size_t first = 0; first < glyphs.size();) {
      std::size_t last = first + 1;
      while (last < glyphs.size() && glyphs[last].cluster == glyphs[first].cluster)
        ++last;
      const std::uint32_t begin = glyphs[first].cluster;
      if (begin < slice.begin || begin >= slice.end) {
        first = last;
        continue;
      }
      const auto next = std::upper_bound(starts.begin(), starts.end(), begin);
      const std::uint32_t end = next == starts.end() ? run.end : *next;
      const std::string_view text = std::string_view(paragraph.text).substr(begin, end - begin);
      const std::string_view cluster_text = run.space ? std::string_view(" ") : text;
      bool read_back_differs = false;
      double single_width = 0;  // of a cluster of one glyph, as the PDF gives it
      if (last == first + 1) {
        const EmbeddedFont::Shown& shown = font.show(glyphs[first].glyph, cluster_text);
        read_back_differs = shown.text != cluster_text;
        single_width = shown.width;
      } else {
        cluster_glyphs.clear();
        for (std::size_t g = first; g < last; ++g)
          cluster_glyphs.push_back(glyphs[g].glyph);
        if (run.right_to_left())
          std::reverse(cluster_glyphs.begin(), cluster_glyphs.end());
        propose_texts(font, cluster_glyphs, cluster_text);
        std::string read_back;
        for (const GlyphId glyph : cluster_glyphs)
          read_back += font.text_of(glyph);
        read_back_differs = read_back != cluster_text;
      }
      bool off_baseline = false;
      for (std::size_t g = first; g < last; ++g)
        off_baseline = off_baseline || std::fabs(glyphs[g].y_offset * size) >= 0.01;
      const bool span = !run.space && space != 0 && (read_back_differs || off_baseline);
      if (span) {
        font.show(space, " ");
        writer.set_rise(0);
        writer.flush();
        std::string marked = "/Span <</ActualText <FEFF";
        append_utf16_hex(marked, text);
        marked += ">>> BDC\n";
        writer.raw(marked);
        writer.move_to(want);
        writer.glyph(space, font.width(space));
        writer.move_to(want);
      }
      for (std::size_t g = first; g < last; ++g) {
        const PositionedGlyph& glyph = glyphs[g];
        writer.set_rise(glyph.y_offset * size);
        writer.move_to(want + glyph.x_offset * size);
        writer.glyph(glyph.glyph, last == first + 1 ? single_width : font.width(glyph.glyph));
        want += glyph.advance * size;
      }
      if (span) {
        writer.set_rise(0);
        writer.move_to(want - font.width(space) * size / 1000.0);
        writer.glyph(space, font.width(space));
        writer.raw("EMC\n");
      }
      first = last;
    }
  }
  writer.set_rise(0);
  writer.flush();
  out += "ET\n";
}

}  // namespace pledge::render
