#pragma once

#include <optional>
#include <string>

#include "model/coverage.hpp"

namespace pledge::report {

// The coverage matrix as text forms. `pledge coverage --format` takes them from its table in
// render/output_formats, beside the PDF report.

// For a terminal: the services numbered, one letter per cell (K, R, X, .), then totals per service.
std::string coverage_text(const CoverageMatrix& matrix);

// For a spreadsheet (RFC 4180, CRLF line ends): a row per statement, then per-service totals as final rows.
std::string coverage_csv(const CoverageMatrix& matrix);

// {"services": [{"name", "file", "totals"}], "statements": [{"ref", "text", "cells", "totals"}]}
std::string coverage_json(const CoverageMatrix& matrix);

// A markdown table, for a wiki or a pull request.
std::string coverage_markdown(const CoverageMatrix& matrix);

// An Excel workbook (report/xlsx_workbook): a Summary sheet with the matrix (a column per service and the
// totals), then a sheet per service: each library statement, what the service did with it, and the reason
// for an exclusion. `created` is SOURCE_DATE_EPOCH.
std::string coverage_xlsx(const CoverageMatrix& matrix, std::optional<long long> created);

}  // namespace pledge::report
