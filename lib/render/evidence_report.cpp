#include "render/evidence_report.hpp"

#include <algorithm>

#include "model/fixed_text_lines.hpp"
#include "render/fixed_text_files.hpp"
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
  EvidenceLayout(const EvidenceSummary& summary, PdfDocument& document, const RenderOptions& options,
                 const FixedTexts& texts)
      : m_summary(summary), m_document(document), m_options(options), m_texts(texts) {}

  void draw() {
    PageFlow flow(PageSize::a4, Orientation::landscape, margins);
    StructureTree& tree = m_document.structure();
    const StructureElement document = tree.document();
    heading(flow, Role::h1, text("evidence-across-services"), 22, 32);
    paragraph(flow, filled(text("evidence-counted-on"), "{date}", long_date(m_summary.day(), m_texts)));
    flow.advance(8);
    flow_table(flow, m_document, document, table_style(), totals_columns(), totals_rows());
    flow.advance(16);
    flow.keep_together(60);
    heading(flow, Role::h2, text("overdue-reviews"), 13, 20);
    if (m_summary.overdue().empty()) {
      paragraph(flow, text("no-review-overdue"));
    } else {
      paragraph(flow, text("evidence-overdue-note"));
      flow.advance(6);
      const std::vector<TableColumn> columns = {{text("service-column"), 150},
                                                {"#", 20},
                                                {text("statement"), 290},
                                                {text("owner"), 85},
                                                {text("reviewer"), 85},
                                                {text("review-by-column"), 70},
                                                {text("days-overdue"), content_width() - 700, true}};
      flow_table(flow, m_document, document, table_style(), columns, overdue_rows(columns));
    }
    flow.render(m_document, 22,
                text("evidence-across-services") + "  ·  " + long_date(m_summary.day(), m_texts) + "  ·  " +
                    made_with_line(m_texts, m_options.source_date_epoch),
                [this](std::size_t page, std::size_t pages) {
                  return m_texts.page_of(static_cast<int>(page), static_cast<int>(pages));
                });
  }

 private:
  const std::string& text(std::string_view key) const { return m_texts.text(key); }

  // The statement of an overdue review in the report's language, or in its pledge's first when it has none.
  const LanguageText& wording(const OverdueReview& review) const {
    const LanguageText* translated = find_language(review.statement_texts, m_texts.language());
    return translated ? *translated : review.statement_texts.front();
  }

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

  std::vector<TableColumn> totals_columns() const {
    const double numbers = 78;
    return {{text("service-column"), content_width() - 6 * numbers},
            {text("statements-column"), numbers, true},
            {text("met"), numbers, true},
            {text("partly-met"), numbers, true},
            {text("not-met"), numbers, true},
            {text("no-record"), numbers, true},
            {text("overdue-reviews"), numbers, true}};
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
    row(text("all-services"), m_summary.totals(), m_summary.overdue().size(), true);
    return rows;
  }

  std::vector<TableRow> overdue_rows(const std::vector<TableColumn>& columns) const {
    std::vector<TableRow> rows;
    for (const OverdueReview& r : m_summary.overdue()) {
      const LanguageText& statement = wording(r);
      rows.push_back({{cell(r.service, columns[0].width),
                       {{std::to_string(r.number), true}},
                       cell(statement.text, columns[2].width,
                            {.lang = statement.language == m_texts.language() ? "" : statement.language}),
                       cell(r.owner, columns[3].width),
                       cell(r.reviewer, columns[4].width),
                       cell(long_date(r.review_by, m_texts), columns[5].width),
                       {{std::to_string(r.days_overdue), true}}},
                      rows.size() % 2 == 1});
    }
    return rows;
  }

  const EvidenceSummary& m_summary;
  PdfDocument& m_document;
  const RenderOptions& m_options;
  const FixedTexts& m_texts;  // of the report's language (RenderOptions::report_language)
};

}  // namespace

std::string render_evidence(const EvidenceSummary& summary, const RenderOptions& options) {
  const FixedTexts& texts = report_texts(options);
  const std::size_t services = summary.services().size();
  const std::string subject =
      filled(texts.text("evidence-of"), "{services}",
             std::to_string(services) + " " + texts.text(services == 1 ? "service-one" : "service-many"));
  return render_pdf("evidence report", {texts.text("evidence-across-services"), subject, texts.language()},
                    options,
                    [&](PdfDocument& document) { EvidenceLayout(summary, document, options, texts).draw(); });
}

}  // namespace pledge::render
