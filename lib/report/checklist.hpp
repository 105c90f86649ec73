#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/resolved_pledge.hpp"

namespace pledge::report {

// One row of the evidence checklist: a statement of the pledge and what an auditor records against it. The
// CSV here and the PDF of render/checklist are made from the same rows.
struct ChecklistRow {
  std::string number;  // 1, 2, ...
  std::string group;   // the group's title
  std::string statement;
  std::string change;    // Kept, Reworded or Added: what the team did with the library's statement
  std::string original;  // the library's wording, for a reworded statement
  std::string ref;
  std::string refs;  // "NICE QS15; NHS Constitution"
  std::vector<std::string> prompts;
  std::string notes;
  std::string status;  // Met, Partly met, Not met, or empty
  std::string owner;
  std::string checked;  // YYYY-MM-DD, or empty
  std::string reviewer;
  std::string link;
  std::string review_by;  // YYYY-MM-DD, or empty
};

// "Kept", "Reworded" or "Added", as the checklist's Change column says it.
std::string change_name(StatementStatus status);

// The checklist's rows, one per statement in poster order.
std::vector<ChecklistRow> checklist_rows(const ResolvedPledge& pledge);

// The checklist as CSV (report/csv: a byte-order mark, RFC 4180, formulas made inert), one header row then
// one row per statement, then the excluded statements with change "Excluded" and the reason in its own
// column.
std::string checklist_csv(const ResolvedPledge& pledge);

// The checklist as an Excel workbook (report/xlsx_workbook): a Summary sheet whose counts follow the status
// column as the auditor fills it in, then the service's sheet: a row per statement, with the status a
// drop-down of Met, Partly met and Not met, then the excluded statements. `created` is SOURCE_DATE_EPOCH.
std::string checklist_xlsx(const ResolvedPledge& pledge, std::optional<long long> created);

}  // namespace pledge::report
