#pragma once

#include <string>

#include "model/resolved_pledge.hpp"
#include "render/render_options.hpp"

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
// naming the service file if the statements cannot fit at poster_minimum_size.
Poster render_poster(const ResolvedPledge& pledge, const RenderOptions& options);

// The smallest statement size a poster accepts, in points, whatever its page: legibility depends on how far
// away the reader stands, and a team chooses a larger page precisely to fit more text at a legible size. RNIB
// Clear Print guidance asks 12 pt at reading distance; 11 pt is the floor (a 30-statement pledge fits A3
// there).
inline constexpr double poster_minimum_size = 11;

// Below this statement size a poster is readable close up but not from across a room.
inline constexpr double poster_comfortable_size = 14;

}  // namespace pledge::render
