#pragma once

#include <optional>
#include <string>

#include "model/evidence_summary.hpp"

namespace pledge::report {

// The evidence summary as text forms. `pledge evidence --format` takes them from its table in
// render/output_formats, beside the PDF and the spreadsheet.

// For a terminal: the day, a row of totals per service and one for all services, then the overdue reviews,
// each at its review-by date's file:line:col.
std::string evidence_text(const EvidenceSummary& summary);

// For a spreadsheet: a row of totals per service, then "All services" (RFC 4180, with a byte-order mark).
std::string evidence_csv(const EvidenceSummary& summary);

// {"date", "totals", "services": [{"name", "file", "totals", "statements"}], "overdue": [...]}
std::string evidence_json(const EvidenceSummary& summary);

// The totals table and the overdue reviews as markdown tables, for a wiki or a pull request.
std::string evidence_markdown(const EvidenceSummary& summary);

// An Excel workbook (report/xlsx_workbook): a Summary sheet of totals per service and for all services, whose
// counts follow the status columns as auditors fill them in; an Overdue sheet; then a sheet per service, a
// row per statement with the status a drop-down of Met, Partly met and Not met. `created` is
// SOURCE_DATE_EPOCH.
std::string evidence_xlsx(const EvidenceSummary& summary, std::optional<long long> created);

}  // namespace pledge::report
