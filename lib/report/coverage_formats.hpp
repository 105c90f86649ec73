#pragma once

#include "model/coverage.hpp"
#include "report/services_report_writers.hpp"

namespace pledge::report {

// The coverage matrix as text forms: text (the services numbered, one letter per cell: K, R, X, .), CSV (a
// row per statement, then per-service totals), JSON, markdown and an Excel workbook (the matrix, then a sheet
// per service). `pledge coverage --format` takes them from its table in render/output_formats, beside the
// PDF.
extern const ServicesReportWriters<CoverageMatrix> coverage_writers;

}  // namespace pledge::report
