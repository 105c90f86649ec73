#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pledge::report {

// One CSV field as RFC 4180 writes it: quoted, with quotes doubled, when it holds a comma, quote or line
// break.
std::string csv_field(std::string_view text);

// One CSV record: the fields separated by commas, ending with CRLF as RFC 4180 asks.
std::string csv_row(const std::vector<std::string>& fields);

}  // namespace pledge::report
