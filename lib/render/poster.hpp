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
  int statement_sheets = 1;   // sheets carrying statements
  int signature_sheets = 0;   // sheets of signatures alone, after them
  int signature_columns = 0;  // signature cells across a sheet
  double signature_line = 0;  // the length of each cell's line to sign on, in points
};

// The wall poster (source 000 step 3): "Our pledge", the service and its audience (and the organisation's
// logo), the statements numbered in a coloured panel per group, what the service asks in return, a signature
// area for the team and a footer with the organisation, provenance and the copies requested. The statement
// size is the largest that fits the page (poster.size, A3 by default). Statements that do not fit one sheet
// at poster_minimum_size continue on more sheets of the same size, never split; a team whose signatures would
// crowd the statements signs on signature sheets of its own. Throws Error naming the service file if the
// pledge needs more sheets than poster.sheets allows (or than nine), saying whether the statements or the
// team are the cause.
Poster render_poster(const ResolvedPledge& pledge, const RenderOptions& options);

// The smallest statement size a poster accepts on A3, in points, scaled with the page for A4 and A2
// (scale_from_a3): RNIB Clear Print guidance asks 12 pt at reading distance. A pledge that does not fit at
// this size takes more sheets rather than smaller text.
inline constexpr double poster_minimum_size = 12;

// Below this statement size on A3 (scaled for A4 and A2) a poster is readable close up but not from across a
// room.
inline constexpr double poster_comfortable_size = 14;

}  // namespace pledge::render
