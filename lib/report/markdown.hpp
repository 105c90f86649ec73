#pragma once

#include <string>
#include <string_view>

namespace pledge::report {

// Text that came from users, escaped so that a statement never turns into markdown markup.
std::string markdown_escape(std::string_view text);

// Text for a cell of a markdown table: a '|' would end the cell and a line break the row.
std::string markdown_cell(std::string_view text);

}  // namespace pledge::report
