#pragma once

#include <optional>
#include <string>

namespace pledge::report {

// The text forms of a report over many services (`pledge coverage`, `pledge evidence`): every such report has
// the same five, so that render/output_formats makes each command's --format table from them the same way,
// beside the PDF.
template <typename Report>
struct ServicesReportWriters {
  std::string (*text)(const Report& report);      // for a terminal
  std::string (*csv)(const Report& report);       // RFC 4180, CRLF line ends, with a byte-order mark
  std::string (*json)(const Report& report);      // for programs
  std::string (*markdown)(const Report& report);  // tables for a wiki or a pull request
  // An Excel workbook (report/xlsx_workbook); `created` is SOURCE_DATE_EPOCH.
  std::string (*xlsx)(const Report& report, std::optional<long long> created);
};

}  // namespace pledge::report
