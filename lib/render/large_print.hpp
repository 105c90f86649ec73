#pragma once

#include <string>

#include "model/resolved_pledge.hpp"
#include "render/render_options.hpp"

namespace pledge::render {

// The pledge in large print, for readers with low vision, after RNIB's Clear Print guidance: A4 portrait,
// one column, left aligned, sans serif, every piece of text at large_print_smallest_size or more (body text
// larger still), dark text on white paper with nothing printed behind it, bold headings, generous line
// spacing, no word broken across lines, a statement never split between pages, and page numbers. The service
// and audience, each group's title and its statements, whom to contact, and where the statements come from.
std::string render_large_print(const ResolvedPledge& pledge, const RenderOptions& options);

// No text of the large print is smaller, in points (RNIB: large print is 16 pt or more).
inline constexpr double large_print_smallest_size = 16;

}  // namespace pledge::render
