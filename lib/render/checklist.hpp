#pragma once

#include <string>

#include "model/resolved_pledge.hpp"
#include "render/render_options.hpp"
#include "report/checklist.hpp"

namespace pledge::render {

// The PDF is drawn from the same rows as the CSV (report/checklist).
using report::checklist_rows;
using report::ChecklistRow;

// The evidence checklist for auditors (CQC registration): A4 portrait, a table of #, statement, source,
// evidence prompts, evidence/notes, status and owner whose header repeats on every page, "Page X of Y", then
// the excluded statements with their reasons.
std::string render_checklist(const ResolvedPledge& pledge, const RenderOptions& options);

}  // namespace pledge::render
