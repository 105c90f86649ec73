#pragma once

#include "model/evidence_summary.hpp"
#include "report/services_report_writers.hpp"

namespace pledge::report {

// The evidence summary as text forms: text (totals per service and for all, then the overdue reviews), CSV
// (totals per service), JSON, markdown and an Excel workbook whose counts follow the status columns as
// auditors fill them in. `pledge evidence --format` takes them from its table in render/output_formats,
// beside the PDF.
extern const ServicesReportWriters<EvidenceSummary> evidence_writers;

}  // namespace pledge::report
