#pragma once

#include <string>

#include "model/resolved_pledge.hpp"
#include "render/render_options.hpp"

namespace pledge::render {

// A rendered leaflet, with the form the fit search chose.
struct Leaflet {
  std::string pdf;
  double font_size = 0;   // statement text, in points
  int booklet_pages = 0;  // 0 for the tri-fold, else 4 or 8
};

// The induction leaflet for new staff (source 000 step 3). A tri-fold when the pledge fits: A4 landscape,
// printed on both sides and folded in three; outside (page 1), left to right: the flap that folds in (who our
// customers are), the back (who to contact, how to give feedback or raise a concern, provenance) and the
// cover; inside (page 2): the pledge across three panels, then what the service asks in return. A pledge too
// long for that at 10 pt becomes a booklet of A4 sheets folded in half, 4 or 8 A5 pages, imposed for printing
// on both sides: cover, pledge, flap, back. Throws Error if the statements cannot fit 8 pages at 10 pt.
Leaflet render_leaflet_with_layout(const ResolvedPledge& pledge, const RenderOptions& options);

// The same, its PDF alone.
std::string render_leaflet(const ResolvedPledge& pledge, const RenderOptions& options);

}  // namespace pledge::render
