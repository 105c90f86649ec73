#pragma once

#include <string>

#include "model/resolved_pledge.hpp"
#include "render/render_options.hpp"
#include "report/checklist.hpp"

namespace pledge::render {

// The PDF is drawn from the same rows as the CSV (report/checklist).
using report::checklist_rows;
using report::ChecklistRow;

// The evidence checklist for auditors (CQC registration): A4 landscape, a table of #, statement, change
// (kept; reworded, with the library's wording; added), source, evidence prompts, evidence/notes (with when it
// was checked, by whom, where it is and when it is due for review), status and owner whose header repeats on
// every page, "Page X of Y", then the excluded statements with their reasons.
std::string render_checklist(const ResolvedPledge& pledge, const RenderOptions& options);

}  // namespace pledge::render
