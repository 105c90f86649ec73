#include "render/table.hpp"

#include <algorithm>
#include <memory>

#include "render/colour.hpp"
#include "render/layout.hpp"

namespace pledge::render {

namespace {

// What the drawing of each page part keeps until the pages are drawn.
struct Table {
  const PdfDocument& document;
  TableStyle style;
  std::vector<TableColumn> columns;
  std::vector<TableRow> rows;
  // The element each header line of each column is tagged to: its TH, or a P in it for each language.
  std::vector<std::vector<StructureElement>> header_lines;
  // The element each line of each cell of each row is tagged to: its TD, or a P in it for each run of lines
  // in one language.
  std::vector<std::vector<std::vector<StructureElement>>> lines;

  std::size_t header_line_count() const {
    std::size_t most = 1;
    for (const TableColumn& column : columns)
      most = std::max(most, 1 + column.translations.size());
    return most;
  }
  double header_height() const { return count(header_line_count()) * style.leading + 2 * style.cell_pad + 2; }
};

// The element of each line of a cell in `cell_element`: the cell itself when all its lines are in the
// document's language, else a P for each run of lines in one language, so that each carries its /Lang.
std::vector<StructureElement> line_elements(StructureTree& tree, StructureElement cell_element,
                                            const std::vector<std::string_view>& langs) {
  const bool one_language =
      std::all_of(langs.begin(), langs.end(), [](std::string_view lang) { return lang.empty(); });
  if (one_language)
    return std::vector<StructureElement>(langs.size(), cell_element);
  std::vector<StructureElement> elements;
  for (std::size_t i = 0; i < langs.size(); ++i) {
    if (i > 0 && langs[i] == langs[i - 1])
      elements.push_back(elements.back());
    else
      elements.push_back(tree.add(cell_element, Role::p, {.lang = std::string(langs[i])}));
  }
  return elements;
}

// The header row; `first`: the table's first, whose titles are its TH cells; a header repeated at the top
// of a later page is an artifact, as a running header is.
void header(PageFlow& flow, const std::shared_ptr<const Table>& table, bool first) {
  const double height = table->header_height();
  flow.draw([table, y = flow.y(), height, first](Page& page) {
    const TableStyle& style = table->style;
    const Face& bold = table->document.bold();
    page.artifact([&] { page.fill_rect(style.left, y, style.width, height, palette().heading); });
    double x = style.left;
    for (std::size_t c = 0; c < table->columns.size(); ++c) {
      const TableColumn& column = table->columns[c];
      for (std::size_t i = 0; i <= column.translations.size(); ++i) {
        const std::string& text = i == 0 ? column.title : column.translations[i - 1].text;
        const double baseline = y + style.cell_pad + style.text_size + 1 + count(i) * style.leading;
        const auto title = [&] {
          if (column.centred)
            page.text_centred(x + column.width / 2, baseline, bold, style.text_size, text,
                              palette().on_heading);
          else
            page.text(x + style.cell_pad, baseline, bold, style.text_size, text, palette().on_heading);
        };
        if (first)
          page.tagged(table->header_lines[c][i], title);
        else
          page.artifact(title, ArtifactKind::pagination);
      }
      x += column.width;
    }
  });
  flow.advance(height);
}

// Lines [from, to) of row r, at the flow's position.
void row_part(PageFlow& flow, const std::shared_ptr<const Table>& table, std::size_t r, std::size_t from,
              std::size_t to) {
  const double height = count(to - from) * table->style.leading + 2 * table->style.cell_pad;
  flow.draw([table, r, from, to, y = flow.y(), height](Page& page) {
    const TableStyle& style = table->style;
    const TableRow& row = table->rows[r];
    const Palette& colours = palette();
    const auto baseline_of = [&](std::size_t i) {
      return y + style.cell_pad + count(i - from) * style.leading + style.text_size;
    };
    page.artifact([&] {
      if (row.striped)
        page.fill_rect(style.left, y, style.width, height, colours.stripe);
      page.line(style.left, y + height, style.left + style.width, y + height, colours.rule, 0.4);
      double x = style.left;
      for (std::size_t c = 0; c < table->columns.size(); ++c) {
        const TableCell& cell = row.cells[c];
        for (std::size_t i = from; i < std::min(to, cell.size()); ++i)
          if (cell[i].tick_box && !table->columns[c].centred)
            page.stroke_rect(x + style.cell_pad, baseline_of(i) - 6.2, 6.2, 6.2, colours.muted_ink, 0.6);
        x += table->columns[c].width;
      }
    });
    double x = style.left;
    for (std::size_t c = 0; c < table->columns.size(); ++c) {
      const TableColumn& column = table->columns[c];
      const TableCell& cell = row.cells[c];
      const std::vector<StructureElement>& elements = table->lines[r][c];
      // One marked-content sequence for each run of lines tagged to the same element.
      for (std::size_t run = from; run < std::min(to, cell.size());) {
        std::size_t run_end = run + 1;
        while (run_end < std::min(to, cell.size()) && elements[run_end] == elements[run])
          ++run_end;
        page.tagged(elements[run], [&] {
          for (std::size_t i = run; i < run_end; ++i) {
            const TableLine& line = cell[i];
            const double baseline = baseline_of(i);
            const Face& face = line.bold ? table->document.bold() : table->document.regular();
            const Colour ink = line.muted ? colours.muted_ink : colours.ink;
            if (column.centred) {
              page.text_centred(x + column.width / 2, baseline, face, style.text_size, line.text, ink);
              continue;
            }
            if (!line.bullet.empty())
              page.text(x + style.cell_pad, baseline, face, style.text_size, line.bullet, ink);
            page.text_in_column(x + style.cell_pad + line.indent,
                                column.width - 2 * style.cell_pad - line.indent, baseline, face,
                                style.text_size, line.text, ink);
          }
        });
        run = run_end;
      }
      x += column.width;
    }
  });
  flow.advance(height);
}

}  // namespace

TableCell wrapped_cell(const PdfDocument& document, const TableStyle& style, std::string_view text,
                       double column_width, const TableLine& look) {
  TableCell cell;
  const Face& face = look.bold ? document.bold() : document.regular();
  // Wrapped with the space its last line ends with below: the same lines (wrap_lines drops a paragraph's
  // spaces at its end), and the paragraph as shaped then has the space, so that the line is drawn from the
  // paragraph's runs without shaping it again (see Face::record_line).
  for (auto& line : wrap_lines(face, std::string(text) + ' ', style.text_size,
                               column_width - 2 * style.cell_pad - look.indent)) {
    TableLine wrapped = look;
    wrapped.text = std::move(line);
    if (!cell.empty())
      wrapped.bullet.clear();
    cell.push_back(std::move(wrapped));
  }
  // A cell may hold several texts (a ref, then its sources): each ends with a space, as each line broken at
  // a space does, so that the cell's text read back in order keeps them apart.
  if (!cell.empty() && !cell.back().text.ends_with(' '))
    cell.back().text += ' ';
  return cell;
}

void flow_table(PageFlow& flow, PdfDocument& document, StructureElement parent, const TableStyle& style,
                std::vector<TableColumn> columns, std::vector<TableRow> rows) {
  // The structure first, in reading order: the header row's TH cells, then each row's TD cells.
  StructureTree& tree = document.structure();
  const StructureElement element = tree.add(parent, Role::table);
  const StructureElement header_row = tree.add(element, Role::tr);
  std::vector<std::vector<StructureElement>> header_lines;
  for (const TableColumn& column : columns) {
    std::vector<std::string_view> langs = {""};
    for (const TranslatedTitle& translation : column.translations)
      langs.push_back(translation.lang);
    header_lines.push_back(
        line_elements(tree, tree.add(header_row, Role::th, {.scope = HeaderScope::column}), langs));
  }
  std::vector<std::vector<std::vector<StructureElement>>> line_tags;
  for (const TableRow& row : rows) {
    const StructureElement tr = tree.add(element, Role::tr);
    line_tags.emplace_back();
    for (const TableCell& cell : row.cells) {
      std::vector<std::string_view> langs;
      for (const TableLine& line : cell)
        langs.push_back(line.lang);
      line_tags.back().push_back(line_elements(tree, tree.add(tr, Role::td), langs));
    }
  }
  const auto table = std::make_shared<const Table>(Table{document, style, std::move(columns), std::move(rows),
                                                         std::move(header_lines), std::move(line_tags)});
  const double header_height = table->header_height();
  const double leading = style.leading;
  const double pad = style.cell_pad;
  flow.keep_together(header_height + count(style.lines_under_header) * leading + 2 * pad);
  header(flow, table, true);
  flow.on_new_page([table](PageFlow& f) { header(f, table, false); });
  for (std::size_t r = 0; r < table->rows.size(); ++r) {
    std::size_t lines = 1;
    for (const auto& cell : table->rows[r].cells)
      lines = std::max(lines, cell.size());
    const double full = count(lines) * leading + 2 * pad;
    if (full <= flow.page_height_available() - header_height)
      flow.keep_together(full);
    std::size_t from = 0;
    while (from < lines) {
      const auto fit = static_cast<std::size_t>(std::max(0.0, (flow.space_left() - 2 * pad) / leading));
      if (fit == 0) {
        flow.new_page();
        continue;
      }
      const std::size_t to = std::min(lines, from + fit);
      row_part(flow, table, r, from, to);
      from = to;
      if (from < lines)
        flow.new_page();
    }
  }
  flow.on_new_page(nullptr);
}

}  // namespace pledge::render
