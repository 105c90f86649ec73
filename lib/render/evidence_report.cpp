#include "render/evidence_report.hpp"

#include <algorithm>

#include "render/layout.hpp"
#include "render/page_flow.hpp"
#include "render/pdf_document.hpp"
#include "render/table.hpp"

namespace pledge::render {

namespace {

constexpr PageMargins margins = {32, 36, 40};
constexpr double body_size = 8;

std::size_t overdue_count(const ServiceEvidence& service) {
  return static_cast<std::size_t>(std::count_if(service.lines.begin(), service.lines.end(),
                                                [](const EvidenceLine& l) { return l.overdue; }));
}

class EvidenceLayout {
 public:
  EvidenceLayout(const EvidenceSummary& summary, PdfDocument& document, const RenderOptions& options)
      : m_summary(summary), m_document(document), m_options(options) {}

  void draw() {
    PageFlow flow(PageSize::a4, Orientation::landscape, margins);
    StructureTree& tree = m_document.structure();
    const StructureElement document = tree.document();
    heading(flow, Role::h1, "Evidence across services", 22, 32);
    paragraph(flow, "Counted on " + long_text(m_summary.day()) +
                        ": a review whose review-by date is before this day is overdue. A statement with no "
                        "record, or a record without a status, has no record.");
    flow.advance(8);
    flow_table(flow, m_document, document, table_style(), totals_columns(), totals_rows());
    flow.advance(16);
    flow.keep_together(60);
    heading(flow, Role::h2, "Overdue reviews", 13, 20);
    if (m_summary.overdue().empty()) {
      paragraph(flow, "No review is overdue.");
    } else {
      paragraph(flow, "Each evidence record whose review-by date has passed, by service, in poster order:");
      flow.advance(6);
      const std::vector<TableColumn> columns = {{"Service", 150},
                                                {"#", 20},
                                                {"Statement", 290},
                                                {"Owner", 85},
                                                {"Reviewer", 85},
                                                {"Review by", 70},
                                                {"Days overdue", content_width() - 700, true}};
      flow_table(flow, m_document, document, table_style(), columns, overdue_rows(columns));
    }
    flow.render(
        m_document, 22,
        "Evidence across services  ·  " + long_text(m_summary.day()) + "  ·  " + made_with_line(m_options));
  }

 private:
  // A4 turned to landscape: its portrait height across.
  static double content_width() { return page_height(PageSize::a4) - 2 * margins.side; }

  TableStyle table_style() const { return {margins.side, content_width(), body_size, 10, 4, 1}; }

  TableCell cell(std::string_view text, double width, const TableLine& look = {}) const {
    return wrapped_cell(m_document, table_style(), text, width, look);
  }

  void heading(PageFlow& flow, Role role, const std::string& text, double size, double advance) {
    StructureTree& tree = m_document.structure();
    const StructureElement element = tree.add(tree.document(), role);
    for (const auto& line : wrap_lines(m_document.bold(), text, size, content_width())) {
      flow.draw([y = flow.y(), line, size, element, this](Page& page) {
        page.tagged(element, [&] {
          page.text_in_column(margins.side, content_width(), y + size, m_document.bold(), size, line,
                              palette().heading);
        });
      });
      flow.advance(advance);
    }
  }

  void paragraph(PageFlow& flow, const std::string& text) {
    StructureTree& tree = m_document.structure();
    const StructureElement element = tree.add(tree.document(), Role::p);
    for (const auto& line : wrap_lines(m_document.regular(), text, 9, content_width())) {
      flow.draw([y = flow.y(), line, element, this](Page& page) {
        page.tagged(element, [&] {
          page.text_in_column(margins.side, content_width(), y + 9, m_document.regular(), 9, line,
                              palette().muted_ink);
        });
      });
      flow.advance(12);
    }
  }

  static std::vector<TableColumn> totals_columns() {
    const double numbers = 78;
    return {{"Service", content_width() - 6 * numbers},
            {"Statements", numbers, true},
            {"Met", numbers, true},
            {"Partly met", numbers, true},
            {"Not met", numbers, true},
            {"No record", numbers, true},
            {"Overdue reviews", numbers, true}};
  }

  std::vector<TableRow> totals_rows() const {
    const auto columns = totals_columns();
    std::vector<TableRow> rows;
    auto row = [&](const std::string& name, const EvidenceTotals& t, std::size_t overdue, bool bold) {
      std::vector<TableCell> cells = {cell(name, columns[0].width, {.bold = bold})};
      for (std::size_t n : {t.statements(), t.met, t.partly_met, t.not_met, t.no_record, overdue})
        cells.push_back({{std::to_string(n), bold}});
      rows.push_back({std::move(cells), rows.size() % 2 == 1});
    };
    for (const ServiceEvidence& s : m_summary.services())
      row(s.name, s.totals, overdue_count(s), false);
    row("All services", m_summary.totals(), m_summary.overdue().size(), true);
    return rows;
  }

  std::vector<TableRow> overdue_rows(const std::vector<TableColumn>& columns) const {
    std::vector<TableRow> rows;
    for (const OverdueReview& r : m_summary.overdue()) {
      rows.push_back({{cell(r.service, columns[0].width),
                       {{std::to_string(r.number), true}},
                       cell(r.statement, columns[2].width),
                       cell(r.owner, columns[3].width),
                       cell(r.reviewer, columns[4].width),
                       cell(long_text(r.review_by), columns[5].width),
                       {{std::to_string(r.days_overdue), true}}},
                      rows.size() % 2 == 1});
    }
    return rows;
  }

  const EvidenceSummary& m_summary;
  PdfDocument& m_document;
  const RenderOptions& m_options;
};

}  // namespace

std::string render_evidence(const EvidenceSummary& summary, const RenderOptions& options) {
  const std::size_t services = summary.services().size();
  const std::string subject =
      "Evidence of " + std::to_string(services) + (services == 1 ? " service" : " services");
  return render_pdf("evidence report", {"Evidence across services", subject}, options,
                    [&](PdfDocument& document) { EvidenceLayout(summary, document, options).draw(); });
}

}  // namespace pledge::render
