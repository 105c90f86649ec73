#include "render/checklist.hpp"

#include <algorithm>
#include <array>
#include <memory>

#include "render/layout.hpp"
#include "render/page_flow.hpp"
#include "render/pdf_document.hpp"

namespace pledge::render {

namespace {

constexpr double margin_x = 32;
constexpr double margin_top = 36;
constexpr double margin_bottom = 40;
constexpr double body_size = 8;
constexpr double leading = 10;
constexpr double cell_pad = 4;

// A line in a table cell: its text, face and colour, indented for hanging bullets.
struct CellLine {
  std::string text;
  bool bold = false;
  bool muted = false;
  double indent = 0;
  std::string bullet;
  bool tick_box = false;  // an empty box drawn before the text, to tick
};

CellLine plain(std::string text) {
  return CellLine{std::move(text), false, false, 0, "", false};
}
CellLine muted(std::string text) {
  return CellLine{std::move(text), false, true, 0, "", false};
}
CellLine strong(std::string text) {
  return CellLine{std::move(text), true, false, 0, "", false};
}

using Cell = std::vector<CellLine>;

struct Column {
  std::string title;
  double width;
};

class ChecklistLayout {
 public:
  ChecklistLayout(const ResolvedPledge& pledge, PdfDocument& document, const RenderOptions& options)
      : m_pledge(pledge), m_document(document), m_options(options) {
    m_width = page_width(PageSize::a4);
    m_height = page_height(PageSize::a4);
  }

  std::string render() {
    PageFlow flow(margin_top, m_height - margin_bottom);
    title_block(flow);
    const std::vector<Column> columns = {{"#", 18},
                                         {"Statement", 140},
                                         {"Source", 76},
                                         {"Evidence prompts", 120},
                                         {"Evidence and notes", 86},
                                         {"Status", 46},
                                         {"Owner", 45}};
    table(flow, columns, statement_rows(columns));
    if (!m_pledge.excluded.empty()) {
      flow.keep_together(60);
      flow.draw([y = flow.y(), this](Page& page) {
        page.text(margin_x, y + 14, m_document.bold(), 13, "Statements not in this pledge",
                  palette().heading);
      });
      flow.advance(20);
      const std::string note =
          "Auditors may ask why a statement of the libraries was left out; the team's reasons:";
      flow.draw([y = flow.y(), note, this](Page& page) {
        page.text(margin_x, y + 9, m_document.regular(), body_size, note, palette().muted_ink);
      });
      flow.advance(16);
      const std::vector<Column> excluded_columns = {{"Ref", 120}, {"Library wording", 230}, {"Reason", 181}};
      table(flow, excluded_columns, excluded_rows(excluded_columns));
    }
    const std::string running_title = printable_text("Evidence checklist: " + m_pledge.service);
    const std::string made_with = edition_line(m_pledge, m_options);
    flow.render(m_document, PageSize::a4, Orientation::portrait,
                [&](Page& page, std::size_t number, std::size_t pages) {
                  running_footer(page, m_document.regular(), margin_x, m_height - margin_bottom + 22,
                                 running_title + "  ·  " + made_with, number, pages);
                });
    m_document.check("drawing the checklist");
    return m_document.bytes();
  }

 private:
  double content_width() const { return m_width - 2 * margin_x; }

  void title_block(PageFlow& flow) {
    const Palette& colours = palette();
    const Face& bold = m_document.bold();
    const Face& regular = m_document.regular();
    flow.draw([this, &bold](Page& page) {
      page.text(margin_x, margin_top + 20, bold, 22, "Evidence checklist", palette().heading);
    });
    flow.advance(32);
    for (const auto& line : wrap_lines(bold, m_pledge.service, 13, content_width())) {
      flow.draw([y = flow.y(), line, &bold, colours](Page& page) {
        page.text(margin_x, y + 12, bold, 13, line, colours.ink);
      });
      flow.advance(17);
    }
    std::vector<std::string> about;
    if (!m_pledge.audience.empty())
      about.push_back("Who the service is for: " + m_pledge.audience);
    if (const std::string version = version_line(m_pledge); !version.empty())
      about.push_back("Pledge: " + version + ".");
    if (const std::string sources = sources_line(m_pledge); !sources.empty())
      about.push_back(sources + ".");
    about.push_back(
        "For each statement, record the evidence found, whether it is met, and who owns it. Statements "
        "are numbered as on the poster.");
    for (const auto& paragraph : about) {
      for (const auto& line : wrap_lines(regular, paragraph, 9, content_width())) {
        flow.draw([y = flow.y(), line, &regular, colours](Page& page) {
          page.text(margin_x, y + 9, regular, 9, line, colours.muted_ink);
        });
        flow.advance(12);
      }
    }
    flow.advance(10);
  }

  std::vector<std::string> wrap_cell(std::string_view text, double width, bool bold = false) const {
    return wrap_lines(bold ? m_document.bold() : m_document.regular(), text, body_size, width);
  }

  std::vector<Cell> statement_row(const ChecklistRow& row, const std::vector<Column>& columns) const {
    auto inner = [&](std::size_t c) { return columns[c].width - 2 * cell_pad; };
    std::vector<Cell> cells(columns.size());
    cells[0].push_back(strong(row.number));
    for (auto& line : wrap_cell(row.statement, inner(1)))
      cells[1].push_back(plain(std::move(line)));
    for (auto& line : wrap_cell(row.ref, inner(2)))
      cells[2].push_back(muted(std::move(line)));
    for (const auto& ref : split_refs(row.refs))
      for (auto& line : wrap_cell(ref, inner(2)))
        cells[2].push_back(plain(std::move(line)));
    const double bullet_indent = 7;
    for (const auto& prompt : row.prompts) {
      bool first = true;
      for (auto& line : wrap_cell(prompt, inner(3) - bullet_indent)) {
        cells[3].push_back({std::move(line), false, false, bullet_indent, first ? "•" : ""});
        first = false;
      }
    }
    for (auto& line : wrap_cell(row.notes, inner(4)))
      cells[4].push_back(plain(std::move(line)));
    if (row.status.empty()) {
      for (const std::string_view status : {"Met", "Partly met", "Not met"})
        cells[5].push_back({std::string(status), false, true, 9, "", true});
    } else {
      for (auto& line : wrap_cell(row.status, inner(5), true))
        cells[5].push_back(strong(std::move(line)));
    }
    for (auto& line : wrap_cell(row.owner, inner(6)))
      cells[6].push_back(plain(std::move(line)));
    return cells;
  }

  static std::vector<std::string> split_refs(const std::string& refs) {
    std::vector<std::string> out;
    std::size_t at = 0;
    while (at < refs.size()) {
      std::size_t end = refs.find("; ", at);
      if (end == std::string::npos)
        end = refs.size();
      out.push_back(refs.substr(at, end - at));
      at = end + 2;
    }
    return out;
  }

  std::vector<std::vector<Cell>> statement_rows(const std::vector<Column>& columns) const {
    std::vector<std::vector<Cell>> rows;
    for (const auto& row : checklist_rows(m_pledge))
      rows.push_back(statement_row(row, columns));
    return rows;
  }

  std::vector<std::vector<Cell>> excluded_rows(const std::vector<Column>& columns) const {
    std::vector<std::vector<Cell>> rows;
    for (const auto& excluded : m_pledge.excluded) {
      std::vector<Cell> cells(3);
      for (auto& line : wrap_cell(excluded.ref, columns[0].width - 2 * cell_pad))
        cells[0].push_back(muted(std::move(line)));
      for (auto& line : wrap_cell(excluded.original, columns[1].width - 2 * cell_pad))
        cells[1].push_back(plain(std::move(line)));
      for (auto& line : wrap_cell(excluded.reason, columns[2].width - 2 * cell_pad))
        cells[2].push_back(plain(std::move(line)));
      rows.push_back(std::move(cells));
    }
    return rows;
  }

  // The header row, drawn at the flow's position.
  void header(PageFlow& flow, const std::vector<Column>& columns) const {
    const double height = leading + 2 * cell_pad + 2;
    flow.draw([columns, y = flow.y(), height, this](Page& page) {
      page.fill_rect(margin_x, y, content_width(), height, palette().heading);
      double x = margin_x;
      for (const auto& column : columns) {
        page.text(x + cell_pad, y + cell_pad + body_size + 1, m_document.bold(), body_size, column.title,
                  palette().on_heading);
        x += column.width;
      }
    });
    flow.advance(height);
  }

  // Lines [from, to) of a row, drawn at the flow's position.
  void row_part(PageFlow& flow, const std::vector<Column>& columns,
                std::shared_ptr<const std::vector<Cell>> cells, std::size_t from, std::size_t to,
                bool striped) const {
    const double height = static_cast<double>(to - from) * leading + 2 * cell_pad;
    flow.draw([=, this, y = flow.y()](Page& page) {
      const Palette& colours = palette();
      if (striped)
        page.fill_rect(margin_x, y, content_width(), height, colours.stripe);
      double x = margin_x;
      for (std::size_t c = 0; c < columns.size(); ++c) {
        const Cell& cell = (*cells)[c];
        for (std::size_t i = from; i < std::min(to, cell.size()); ++i) {
          const CellLine& line = cell[i];
          const double baseline = y + cell_pad + static_cast<double>(i - from) * leading + body_size;
          const Face& face = line.bold ? m_document.bold() : m_document.regular();
          const Colour ink = line.muted ? colours.muted_ink : colours.ink;
          if (!line.bullet.empty())
            page.text(x + cell_pad, baseline, face, body_size, line.bullet, ink);
          if (line.tick_box)
            page.stroke_rect(x + cell_pad, baseline - 6.2, 6.2, 6.2, colours.muted_ink, 0.6);
          page.text(x + cell_pad + line.indent, baseline, face, body_size, line.text, ink);
        }
        x += columns[c].width;
      }
      page.line(margin_x, y + height, margin_x + content_width(), y + height, colours.rule, 0.4);
    });
    flow.advance(height);
  }

  void table(PageFlow& flow, const std::vector<Column>& columns, const std::vector<std::vector<Cell>>& rows) {
    const double header_height = leading + 2 * cell_pad + 2;
    flow.keep_together(header_height + leading + 2 * cell_pad);
    header(flow, columns);
    flow.on_new_page([this, columns](PageFlow& f) { header(f, columns); });
    std::vector<std::size_t> lines;
    for (const auto& row : rows) {
      std::size_t most = 1;
      for (const auto& cell : row)
        most = std::max(most, cell.size());
      lines.push_back(most);
    }
    flow_table_rows(
        flow, lines, leading, cell_pad, header_height, [&](std::size_t r, std::size_t from, std::size_t to) {
          row_part(flow, columns, std::make_shared<const std::vector<Cell>>(rows[r]), from, to, r % 2 == 1);
        });
    flow.on_new_page(nullptr);
  }

  const ResolvedPledge& m_pledge;
  PdfDocument& m_document;
  const RenderOptions& m_options;
  double m_width = 0;
  double m_height = 0;
};

}  // namespace

std::string render_checklist(const ResolvedPledge& pledge, const RenderOptions& options) {
  PdfDocument document({"Evidence checklist: " + pledge.service, pledge.service}, options,
                       characters_of(pledge));
  ChecklistLayout layout(pledge, document, options);
  return layout.render();
}

}  // namespace pledge::render
