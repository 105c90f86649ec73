#include "render/output_formats.hpp"

#include "render/checklist.hpp"
#include "render/coverage_report.hpp"
#include "render/evidence_report.hpp"
#include "report/checklist.hpp"
#include "report/coverage_formats.hpp"
#include "report/evidence_formats.hpp"

namespace pledge::render {

namespace {

// A text writer as a row of a table whose PDF row needs the render options.
template <typename Input, std::string (*write)(const Input&)>
std::string text(const Input& input, const RenderOptions&) {
  return write(input);
}

// A workbook's creation date: SOURCE_DATE_EPOCH's.
std::optional<long long> creation_date(const RenderOptions& options) {
  return options.source_date_epoch ? std::optional<long long>(*options.source_date_epoch) : std::nullopt;
}

// A workbook writer as a row of such a table.
template <typename Input, std::string (*write)(const Input&, std::optional<long long>)>
std::string workbook(const Input& input, const RenderOptions& options) {
  return write(input, creation_date(options));
}

// The help lines that differ between the reports over many services, in the order of their rows: who those
// formats are for.
struct ServicesReportHelp {
  std::string_view text;
  std::string_view csv;
  std::string_view xlsx;
};

// The --format rows of a report over many services (coverage, evidence): its text forms `writers`, each with
// its help line, then its A4 landscape PDF, which `pdf` renders and `pdf_made` names ("a PDF coverage
// report").
template <typename Report, const report::ServicesReportWriters<Report>& writers>
std::vector<report::OutputFormat<Report, RenderOptions>> services_report_formats(
    const ServicesReportHelp& help, std::string (*pdf)(const Report&, const RenderOptions&),
    std::string_view pdf_made) {
  return {
      {"text", help.text, [](const Report& r, const RenderOptions&) { return writers.text(r); }},
      {"csv", help.csv, [](const Report& r, const RenderOptions&) { return writers.csv(r); }},
      {"json", "for programs", [](const Report& r, const RenderOptions&) { return writers.json(r); }},
      {"markdown", "for a wiki or a pull request",
       [](const Report& r, const RenderOptions&) { return writers.markdown(r); }},
      {"xlsx", help.xlsx,
       [](const Report& r, const RenderOptions& options) { return writers.xlsx(r, creation_date(options)); },
       "an Excel workbook"},
      {"pdf", "an A4 landscape report for auditors", pdf, pdf_made},
  };
}

}  // namespace

const NameTable<CoverageFormat> coverage_formats(
    "format", services_report_formats<CoverageMatrix, report::coverage_writers>(
                  {"for a terminal: one letter per cell", "for a spreadsheet",
                   "an Excel workbook: the matrix, then a sheet per service"},
                  render_coverage, "a PDF coverage report"));

const NameTable<ChecklistFormat> checklist_formats(
    "format", {
                  {"csv", "for a spreadsheet", text<ResolvedPledge, report::checklist_csv>},
                  {"xlsx", "an Excel workbook with a drop-down of statuses",
                   workbook<ResolvedPledge, report::checklist_xlsx>, "an Excel workbook"},
                  {"pdf", "the A4 checklist that `pledge build` makes", render_checklist, "a PDF checklist"},
              });

const NameTable<EvidenceFormat> evidence_formats(
    "format", services_report_formats<EvidenceSummary, report::evidence_writers>(
                  {"for a terminal: totals per service, then the overdue reviews",
                   "for a spreadsheet: totals per service",
                   "an Excel workbook: totals, overdue reviews, a sheet per service"},
                  render_evidence, "a PDF evidence report"));

}  // namespace pledge::render
