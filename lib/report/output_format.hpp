#pragma once

#include <string>
#include <string_view>

#include "base/name_table.hpp"

namespace pledge::report {

// One output format of a command, a row of the command's table (`NameTable<OutputFormat<...>>`): --format's
// parsing, its help text, completion and "did you mean" all come from the rows, so a format is added by
// adding a row and its writer. The writer formats `Input...` (a resolved pledge, a coverage matrix, ...).
// The tables are constants at namespace scope: read them from code that runs, never from the initializer of
// another such constant, since the order in which files' constants are made is unspecified.
template <typename... Input>
struct OutputFormat {
  std::string_view name;
  std::string_view description;  // one line: who or what the format is for
  std::string (*write)(const Input&...);
  // Empty for a text format, which may go to standard output. For a binary one, what it makes ("a PDF
  // checklist"): it is written only to a file given with -o, never to a terminal.
  std::string_view binary = {};

  bool is_binary() const { return !binary.empty(); }
};

}  // namespace pledge::report
