#pragma once

#include <string>
#include <vector>

#include "model/resolved_pledge.hpp"
#include "render/render_options.hpp"

namespace pledge::render {

// One row of the evidence checklist: a statement of the pledge and what an auditor records against it.
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

// The evidence checklist for auditors (CQC registration): A4 portrait, a table of #, statement, source,
// evidence prompts, evidence/notes, status and owner whose header repeats on every page, "Page X of Y", then
// the excluded statements with their reasons.
std::string render_checklist(const ResolvedPledge& pledge, const RenderOptions& options);

}  // namespace pledge::render
