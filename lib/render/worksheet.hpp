#pragma once

#include <string>

#include "model/library_catalog.hpp"
#include "model/resolved_pledge.hpp"
#include "render/render_options.hpp"

namespace pledge::render {

// The team-session worksheet (source 000 step 2 and top tips): the blank template. One section per group with
// every statement of the selected libraries, excluded ones included, each with tick boxes "keep / cross off /
// reword" and ruled lines for new wording, and lines at the end of each group for statements of the team's
// own.
std::string render_worksheet(const ResolvedPledge& pledge, LibraryCatalog& catalog,
                             const RenderOptions& options);

}  // namespace pledge::render
