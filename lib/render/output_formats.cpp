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

// A workbook writer as a row of such a table: its creation date is SOURCE_DATE_EPOCH's.
template <typename Input, std::string (*write)(const Input&, std::optional<long long>)>
std::string workbook(const Input& input, const RenderOptions& options) {
  return write(
      input, options.source_date_epoch ? std::optional<long long>(*options.source_date_epoch) : std::nullopt);
}

}  // namespace

const NameTable<CoverageFormat> coverage_formats(
    "format",
    {
        {"text", "for a terminal: one letter per cell", text<CoverageMatrix, report::coverage_text>},
        {"csv", "for a spreadsheet", text<CoverageMatrix, report::coverage_csv>},
        {"json", "for programs", text<CoverageMatrix, report::coverage_json>},
        {"markdown", "for a wiki or a pull request", text<CoverageMatrix, report::coverage_markdown>},
        {"xlsx", "an Excel workbook: the matrix, then a sheet per service",
         workbook<CoverageMatrix, report::coverage_xlsx>, "an Excel workbook"},
        {"pdf", "an A4 landscape report for auditors", render_coverage, "a PDF coverage report"},
    });

const NameTable<ChecklistFormat> checklist_formats(
    "format", {
                  {"csv", "for a spreadsheet", text<ResolvedPledge, report::checklist_csv>},
                  {"xlsx", "an Excel workbook with a drop-down of statuses",
                   workbook<ResolvedPledge, report::checklist_xlsx>, "an Excel workbook"},
                  {"pdf", "the A4 checklist that `pledge build` makes", render_checklist, "a PDF checklist"},
              });

const NameTable<EvidenceFormat> evidence_formats(
    "format",
    {
        {"text", "for a terminal: totals per service, then the overdue reviews",
         text<EvidenceSummary, report::evidence_text>},
        {"csv", "for a spreadsheet: totals per service", text<EvidenceSummary, report::evidence_csv>},
        {"json", "for programs", text<EvidenceSummary, report::evidence_json>},
        {"markdown", "for a wiki or a pull request", text<EvidenceSummary, report::evidence_markdown>},
        {"xlsx", "an Excel workbook: totals, overdue reviews, a sheet per service",
         workbook<EvidenceSummary, report::evidence_xlsx>, "an Excel workbook"},
        {"pdf", "an A4 landscape report for auditors", render_evidence, "a PDF evidence report"},
    });

}  // namespace pledge::render
