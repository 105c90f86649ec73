#pragma once

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace pledge {

// A place in an input file. Lines and columns count from 1; columns count characters (UTF-8 code points).
struct Location {
  std::string file;
  int line = 0;
  int column = 0;

  friend bool operator==(const Location&, const Location&) = default;
};

// "file:line:col", as every message and finding shows a place: "file:line" when the column is not known, and
// "file" alone when the line is not known either (a problem with the whole file).
std::string to_string(const Location& where);

// One problem found in the input: what is wrong and, where known, where.
struct Diagnostic {
  std::optional<Location> where;
  std::string message;
  std::string source_line;  // the text of where->line, for the caret display; empty if unknown
  // The character of the line at which source_line begins: 1, unless the line was too long to keep whole.
  int source_line_start = 1;
};

// A diagnostic quoting `line` (the text of where->line), of which only a window around the column is kept if
// it is long, so that a thousand problems on one 16 MiB line do not hold a thousand copies of it.
Diagnostic quoting_line(std::optional<Location> where, std::string message, std::string_view line);

// The one error type of the library. It carries every problem found in an input, so that a user sees them all
// at once rather than one per run. The CLI catches it once and prints each diagnostic.
class Error : public std::runtime_error {
 public:
  explicit Error(std::string message, std::optional<Location> where = std::nullopt,
                 std::string source_line = {});
  // `left_out`: how many more problems were found than `diagnostics` holds (see DiagnosticList::max_kept).
  explicit Error(std::vector<Diagnostic> diagnostics, std::size_t left_out = 0);

  const std::vector<Diagnostic>& diagnostics() const { return m_diagnostics; }
  std::size_t left_out() const { return m_left_out; }

 private:
  std::vector<Diagnostic> m_diagnostics;
  std::size_t m_left_out = 0;
};

// "and N more problems not shown; ...", for an error that left some out; empty if it left none out.
std::string left_out_text(const Error& error);

// "file:line:col: message" for each diagnostic, one per line; for tests and logs.
std::string describe(const Error& error);

}  // namespace pledge
