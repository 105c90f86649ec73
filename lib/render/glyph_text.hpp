#pragma once

#include <functional>
#include <string>

#include "render/embedded_font.hpp"
#include "render/shaped_text.hpp"

namespace pledge::render {

// The page resource name ("F3") a page gives an embedded font: Page asks libharu
// (HPDF_Page_GetLocalFontName with the font's dict), tests make their own.
using FontResourceName = std::function<std::string(const EmbeddedFont&)>;

// Which way a line's baseline runs on the page: rightwards, as text reads, or upwards (a quarter turn
// anticlockwise, the letters to the left of the baseline), for the headers of narrow table columns.
enum class LineOrientation { rightwards, upwards };

// Appends to `out` the content-stream operators that draw `line` of `paragraph` at `size` pt with the start
// of its baseline (its left end, or its bottom end when upwards) at (x, y) in PDF coordinates, in the current
// fill colour: BT ... ET.
//
// Glyphs are written as their ids (two bytes each, in literal strings), placed where HarfBuzz put them: a
// TJ adjustment where the shaped advance differs from the font's own (kerning, marks), a text rise (Ts) for
// a glyph moved up or down. Each glyph is recorded in its EmbeddedFont with the text of its cluster, for the
// ToUnicode map. Where a PDF reader would not get a cluster's text back from the glyphs' ToUnicode texts (a
// vowel sign drawn before its consonant, a glyph that keeps the text of another cluster, glyphs moved off the
// baseline, which pdftotext reads as another line), the cluster is drawn inside a marked-content span with
// its text as /ActualText, between two spaces on the baseline that anchor the span's extent where pdftotext
// places that text.
void append_line_operators(std::string& out, const ShapedParagraph& paragraph, const ShapedLine& line,
                           double x, double y, double size, DocumentFonts& fonts,
                           const FontResourceName& resource_name,
                           LineOrientation orientation = LineOrientation::rightwards);

}  // namespace pledge::render
