#include "render/checklist.hpp"

#include <algorithm>
#include <array>
#include <memory>

#include "base/calendar_date.hpp"
#include "render/identity_style.hpp"
#include "render/layout.hpp"
#include "render/page_flow.hpp"
#include "render/pdf_document.hpp"
#include "render/pledge_layout.hpp"
#include "render/table.hpp"

namespace pledge::render {

namespace {

constexpr PageMargins margins = {32, 36, 40};
constexpr double body_size = 8;
constexpr double points_per_mm = 72 / 25.4;
// Auditors write in the Owner and notes columns of a printed checklist: at least 30 mm and 45 mm of space
// (issue 14), which with the Change column fits only across an A4 page turned to landscape.
constexpr double owner_width = 88;   // 31 mm
constexpr double notes_width = 132;  // 46.6 mm
static_assert(owner_width >= 30 * points_per_mm && notes_width >= 45 * points_per_mm);

// Appends the lines of `more` to `cell`.
void append(TableCell& cell, TableCell more) {
  for (auto& line : more)
    cell.push_back(std::move(line));
}

class ChecklistLayout : PledgeLayout {
 public:
  using PledgeLayout::PledgeLayout;

  void draw() {
    PageFlow flow(PageSize::a4, Orientation::landscape, margins);
    logo_on_first_page(m_document, flow, m_pledge.identity, page_height(PageSize::a4) - margins.side,
                       margins.top);
    StructureTree& tree = m_document.structure();
    const StructureElement document = tree.document();
    title_block(flow);
    const std::vector<TableColumn> columns = {
        {"#", 18},      {"Statement", 175},        {"Change", 112},
        {"Source", 76}, {"Evidence prompts", 126}, {"Evidence and notes", notes_width},
        {"Status", 50}, {"Owner", owner_width}};
    flow_table(flow, m_document, document, table_style(), columns, statement_rows(columns));
    if (!m_pledge.excluded.empty()) {
      flow.keep_together(60);
      const StructureElement heading = tree.add(document, Role::h2);
      flow.draw([y = flow.y(), this, heading](Page& page) {
        page.tagged(heading, [&] {
          page.text(margins.side, y + 14, m_document.bold(), 13, "Statements not in this pledge",
                    m_style.colours.heading);
        });
      });
      flow.advance(20);
      const std::string note =
          "Auditors may ask why a statement of the libraries was left out; the team's reasons:";
      const StructureElement paragraph = tree.add(document, Role::p);
      flow.draw([y = flow.y(), note, this, paragraph](Page& page) {
        page.tagged(paragraph, [&] {
          page.text(margins.side, y + 9, m_document.regular(), body_size, note, m_style.colours.muted_ink);
        });
      });
      flow.advance(16);
      const std::vector<TableColumn> excluded_columns = {
          {"Ref", 170}, {"Library wording", 340}, {"Reason", content_width() - 510}};
      flow_table(flow, m_document, document, table_style(), excluded_columns,
                 excluded_rows(excluded_columns));
    }
    flow.render(m_document, 22,
                running_title(m_style, "Evidence checklist: " + m_pledge.service + "  ·  " +
                                           edition_line(m_pledge, m_options)));
  }

 private:
  // A4 turned to landscape: its portrait height across.
  static double content_width() { return page_height(PageSize::a4) - 2 * margins.side; }

  void title_block(PageFlow& flow) {
    const Palette& colours = m_style.colours;
    const Face& bold = m_document.bold();
    const Face& regular = m_document.regular();
    StructureTree& tree = m_document.structure();
    // The document's one H1: its title and the service it is for.
    const StructureElement title = tree.add(tree.document(), Role::h1);
    flow.draw([this, &bold, title](Page& page) {
      page.tagged(title, [&] {
        page.text(margins.side, margins.top + 20, bold, 22, "Evidence checklist ", m_style.colours.heading);
      });
    });
    flow.advance(32);
    for (const auto& line : wrap_lines(bold, m_pledge.service, 13, content_width())) {
      flow.draw([y = flow.y(), line, &bold, colours, title](Page& page) {
        page.tagged(title, [&] {
          page.text_in_column(margins.side, content_width(), y + 12, bold, 13, line, colours.ink);
        });
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
    if (!m_pledge.asks.empty()) {  // printed beside the statements, so auditors see them too
      std::string asks = "What the service asks in return:";
      for (const auto& ask : m_pledge.asks)
        asks += " " + ask.text;
      about.push_back(asks);
    }
    about.push_back(
        std::string("For each statement, record the evidence found, whether it is met, and who owns it.") +
        (m_pledge.poster.numbers ? " Statements are numbered as on the poster and the leaflet." : "") +
        " Change says whether the team kept the library's words, reworded them (the original follows) or "
        "added the statement.");
    for (const auto& paragraph : about) {
      const StructureElement element = tree.add(tree.document(), Role::p);
      for (const auto& line : wrap_lines(regular, paragraph, 9, content_width())) {
        flow.draw([y = flow.y(), line, &regular, colours, element](Page& page) {
          page.tagged(element, [&] {
            page.text_in_column(margins.side, content_width(), y + 9, regular, 9, line, colours.muted_ink);
          });
        });
        flow.advance(12);
      }
    }
    flow.advance(10);
  }

  TableStyle table_style() const { return {margins.side, content_width(), body_size, 10, 4, 1}; }

  TableCell cell(std::string_view text, double column_width, const TableLine& look = {}) const {
    return wrapped_cell(m_document, table_style(), text, column_width, look);
  }

  TableRow statement_row(const ChecklistRow& row, const std::vector<TableColumn>& columns,
                         bool striped) const {
    auto width = [&](std::size_t c) { return columns[c].width; };
    std::vector<TableCell> cells(columns.size());
    cells[0].push_back({row.number, true});
    cells[1] = cell(row.statement, width(1));
    cells[2] = cell(row.change, width(2), {.bold = true});
    if (!row.original.empty())
      append(cells[2], cell("Library wording: " + row.original, width(2), {.muted = true}));
    cells[3] = cell(row.ref, width(3), {.muted = true});
    for (const auto& ref : split_refs(row.refs))
      append(cells[3], cell(ref, width(3)));
    for (const auto& prompt : row.prompts)
      append(cells[4], cell(prompt, width(4), {.indent = 7, .bullet = "•"}));
    cells[5] = cell(row.notes, width(5));
    for (const std::string& line : record_lines(row))
      append(cells[5], cell(line, width(5), {.muted = true}));
    if (row.status.empty()) {
      for (const std::string_view status : {"Met", "Partly met", "Not met"})
        cells[6].push_back({std::string(status), false, true, 9, "", true});
    } else {
      cells[6] = cell(row.status, width(6), {.bold = true});
    }
    cells[7] = cell(row.owner, width(7));
    return {std::move(cells), striped};
  }

  // When the evidence was checked and by whom, where it is, and when it is due for review.
  static std::vector<std::string> record_lines(const ChecklistRow& row) {
    std::vector<std::string> lines;
    auto long_date = [](const std::string& iso) {
      const auto date = parse_calendar_date(iso);
      return date ? long_text(*date) : iso;
    };
    if (!row.checked.empty())
      lines.push_back("Checked " + long_date(row.checked) +
                      (row.reviewer.empty() ? "" : " by " + row.reviewer));
    else if (!row.reviewer.empty())
      lines.push_back("Checked by " + row.reviewer);
    if (!row.link.empty())
      lines.push_back("Evidence: " + row.link);
    if (!row.review_by.empty())
      lines.push_back("Review by " + long_date(row.review_by));
    return lines;
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

  std::vector<TableRow> statement_rows(const std::vector<TableColumn>& columns) const {
    std::vector<TableRow> rows;
    for (const auto& row : checklist_rows(m_pledge))
      rows.push_back(statement_row(row, columns, rows.size() % 2 == 1));
    return rows;
  }

  std::vector<TableRow> excluded_rows(const std::vector<TableColumn>& columns) const {
    std::vector<TableRow> rows;
    for (const auto& excluded : m_pledge.excluded) {
      rows.push_back({{cell(excluded.ref, columns[0].width, {.muted = true}),
                       cell(excluded.original, columns[1].width), cell(excluded.reason, columns[2].width)},
                      rows.size() % 2 == 1});
    }
    return rows;
  }
};

}  // namespace

std::string render_checklist(const ResolvedPledge& pledge, const RenderOptions& options) {
  return render_pdf("checklist", {"Evidence checklist: " + pledge.service, pledge.service}, options,
                    [&](PdfDocument& document) { ChecklistLayout(pledge, document, options).draw(); });
}

}  // namespace pledge::render
