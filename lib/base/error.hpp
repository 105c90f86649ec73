#pragma once

#include <optional>
#include <stdexcept>
#include <string>
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
};

// The one error type of the library. It carries every problem found in an input, so that a user sees them all
// at once rather than one per run. The CLI catches it once and prints each diagnostic.
class Error : public std::runtime_error {
 public:
  explicit Error(std::string message, std::optional<Location> where = std::nullopt,
                 std::string source_line = {});
  explicit Error(std::vector<Diagnostic> diagnostics);

  const std::vector<Diagnostic>& diagnostics() const { return m_diagnostics; }

 private:
  std::vector<Diagnostic> m_diagnostics;
};

// "file:line:col: message" for each diagnostic, one per line; for tests and logs.
std::string describe(const Error& error);

}  // namespace pledge
