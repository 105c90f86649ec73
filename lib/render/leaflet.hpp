#pragma once

#include <string>

#include "model/resolved_pledge.hpp"
#include "render/render_options.hpp"

namespace pledge::render {

// The induction leaflet for new staff (source 000 step 3): A4 landscape, printed on both sides and folded in
// three. Outside (page 1), left to right: the flap that folds in (who our customers are), the back (who to
// contact, provenance) and the cover; inside (page 2): the pledge across three panels. Throws Error if the
// statements cannot fit at a readable size.
std::string render_leaflet(const ResolvedPledge& pledge, const RenderOptions& options);

}  // namespace pledge::render
