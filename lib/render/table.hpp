#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "render/page_flow.hpp"
#include "render/pdf_document.hpp"

namespace pledge::render {

// How a table is set, in points.
struct TableStyle {
  double left = 0;   // the table's left edge
  double width = 0;  // of all its columns: the header band, the stripes and the rules span it
  double text_size = 8;
  double leading = 10;  // from one line of a cell to the next
  double cell_pad = 4;  // above and below each row's lines, and before each cell's text
  // Lines of the first row that must fit under the header on its page, so that a header never ends a page.
  std::size_t lines_under_header = 1;
};

// A column title in one of a document's other languages, set under the title at the same size.
struct TranslatedTitle {
  std::string lang;  // BCP 47
  std::string text;
};

struct TableColumn {
  std::string title;
  double width = 0;
  bool centred = false;                            // its title and text centred across it
  std::vector<TranslatedTitle> translations = {};  // a bilingual document's: one header line each
};

// A line of a table cell.
struct TableLine {
  std::string text = {};  // a line as wrap_lines gives it
  bool bold = false;
  bool muted = false;       // in the muted ink
  double indent = 0;        // of the text, after the cell's padding: room for a bullet or a tick box
  std::string bullet = {};  // set before the indent ("•" for the first line of an item)
  bool tick_box = false;    // an empty box set before the indent, to tick
  std::string lang = {};    // BCP 47, for a line in another language than the document's
};

using TableCell = std::vector<TableLine>;

struct TableRow {
  std::vector<TableCell> cells;  // one per column
  bool striped = false;          // on the stripe colour
};

// `text` wrapped to a cell of a column `column_width` wide, less `look.indent`, each line set as `look`; a
// bullet marks the first line only.
TableCell wrapped_cell(const PdfDocument& document, const TableStyle& style, std::string_view text,
                       double column_width, const TableLine& look = {});

// Lays out a table from the flow's position: a header row of the column titles, repeated at the top of every
// page the table runs onto, then the rows, each with a rule under it. A row that fits a page moves whole to
// the next one; only a row taller than a page is split between lines. Tagged as a Table, the last child of
// `parent` so far: a TR of TH cells (scope Column) for the header, where it is first drawn (the repeats are
// artifacts), and a TR of TD cells for each row; stripes, rules and tick boxes are artifacts. A header cell
// with translations, or a cell with lines in another language (TableLine::lang), holds a P for each run of
// lines in one language, that of a line in another language with its /Lang.
void flow_table(PageFlow& flow, PdfDocument& document, StructureElement parent, const TableStyle& style,
                std::vector<TableColumn> columns, std::vector<TableRow> rows);

}  // namespace pledge::render
