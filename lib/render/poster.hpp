#pragma once

#include <string>

#include "render/render_options.hpp"
#include "resolved_pledge.hpp"

namespace pledge::render {

// A rendered poster, with the layout the fit search chose.
struct Poster {
  std::string pdf;
  double font_size = 0;       // statement text, in points
  int columns = 0;            // statement columns inside each panel, or panel columns when side by side
  bool side_by_side = false;  // panels flow down page columns rather than stacking full width
};

// The wall poster (source 000 step 3): "Our pledge", the service and its audience, the statements in a
// coloured panel per group, a signature area for the team and a footer with provenance and the copies
// requested. The statement size is the largest that fits the page (poster.size, A3 by default). Throws Error
// naming the service file if the statements cannot fit at a legible size (11 pt on A3, scaled with the page).
Poster render_poster(const ResolvedPledge& pledge, const RenderOptions& options);

// The smallest statement size the poster accepts on a page size ("A4", "A3", "A2"), in points.
double poster_minimum_size(const std::string& page_size);

// Below this statement size a poster is readable close up but not across a room (14 pt on A3, scaled).
double poster_comfortable_size(const std::string& page_size);

}  // namespace pledge::render
