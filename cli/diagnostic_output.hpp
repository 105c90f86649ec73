#pragma once

#include <cstdio>

#include "base/error.hpp"

namespace pledge::cli {

// True if `stream` is a terminal and NO_COLOR is not set (https://no-color.org).
bool use_colour(std::FILE* stream);

// Prints each problem as "file:line:col: error: message", then the offending line and a caret under the
// column, as compilers do; problems without a place print as "pledge: error: message".
void print_diagnostics(std::FILE* stream, const Error& error);

}  // namespace pledge::cli
