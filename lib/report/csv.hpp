#pragma once

#include <string>
#include <string_view>

namespace pledge {

// One CSV field as RFC 4180 writes it: quoted, with quotes doubled, when it holds a comma, quote or line
// break.
std::string csv_field(std::string_view text);

}  // namespace pledge
