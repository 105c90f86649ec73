#include "render/output_formats.hpp"

#include "render/checklist.hpp"
#include "render/coverage_report.hpp"
#include "report/checklist.hpp"
#include "report/coverage_formats.hpp"

namespace pledge::render {

namespace {

// A text writer as a row of a table whose PDF row needs the render options.
template <typename Input, std::string (*write)(const Input&)>
std::string text(const Input& input, const RenderOptions&) {
  return write(input);
}

}  // namespace

const NameTable<CoverageFormat> coverage_formats(
    "format",
    {
        {"text", "for a terminal: one letter per cell", text<CoverageMatrix, report::coverage_text>},
        {"csv", "for a spreadsheet", text<CoverageMatrix, report::coverage_csv>},
        {"json", "for programs", text<CoverageMatrix, report::coverage_json>},
        {"markdown", "for a wiki or a pull request", text<CoverageMatrix, report::coverage_markdown>},
        {"pdf", "an A4 landscape report for auditors", render_coverage, "a PDF coverage report"},
    });

const NameTable<ChecklistFormat> checklist_formats(
    "format", {
                  {"csv", "for a spreadsheet", text<ResolvedPledge, report::checklist_csv>},
                  {"pdf", "the A4 checklist that `pledge build` makes", render_checklist, "a PDF checklist"},
              });

}  // namespace pledge::render
