#pragma once

#include <string>
#include <vector>

#include "model/resolved_pledge.hpp"

namespace pledge::report {

// One row of the evidence checklist: a statement of the pledge and what an auditor records against it. The
// CSV here and the PDF of render/checklist are made from the same rows.
struct ChecklistRow {
  std::string number;  // 1, 2, ...
  std::string statement;
  std::string ref;
  std::string refs;  // "NICE QS15; NHS Constitution"
  std::vector<std::string> prompts;
  std::string notes;
  std::string status;  // Met, Partly met, Not met, or empty
  std::string owner;
};

// The checklist's rows, one per statement in poster order.
std::vector<ChecklistRow> checklist_rows(const ResolvedPledge& pledge);

// The checklist as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break),
// one header row then one row per statement, then the excluded statements with status "Excluded" and the
// reason as notes.
std::string checklist_csv(const ResolvedPledge& pledge);

}  // namespace pledge::report
