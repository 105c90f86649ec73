#include "diagnostic_output.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include <fmt/core.h>

#include "base/utf8.hpp"

namespace pledge::cli {

bool use_colour(std::FILE* stream) {
  const char* no_colour = std::getenv("NO_COLOR");
  if (no_colour && *no_colour)
    return false;
  return ::isatty(::fileno(stream)) == 1;
}

namespace {

// Spaces up to `column`, keeping tabs so the caret lines up under the same character on screen. Columns count
// characters (yaml-cpp counts code points), so multi-byte UTF-8 characters take one space.
std::string caret_padding(std::string_view line, int column) {
  std::string pad;
  int seen = 1;
  for (std::size_t i = 0; i < line.size() && seen < column; ++i) {
    const auto byte = static_cast<unsigned char>(line[i]);
    if ((byte & 0xC0) == 0x80)
      continue;
    pad += line[i] == '\t' ? '\t' : ' ';
    ++seen;
  }
  while (seen++ < column)
    pad += ' ';
  return pad;
}

// A window of a very long line (minified or generated input) around the column, so the caret stays on screen.
// Returns the shown text and the column within it.
std::pair<std::string, int> visible_part(std::string_view line, int column) {
  constexpr int width = 100;
  std::vector<std::size_t> starts;  // byte offset of each character
  for (std::size_t i = 0; i < line.size(); ++i) {
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80)
      starts.push_back(i);
  }
  const int characters = static_cast<int>(starts.size());
  if (characters <= width + 20)
    return {std::string(line), column};
  const int first = std::clamp(column - width / 2, 0, characters - width);
  const int last = first + width;
  std::string shown = first > 0 ? "..." : "";
  const std::size_t begin = starts[static_cast<std::size_t>(first)];
  const std::size_t end = last < characters ? starts[static_cast<std::size_t>(last)] : line.size();
  shown += std::string(line.substr(begin, end - begin));
  if (last < characters)
    shown += "...";
  return {shown, column - first + (first > 0 ? 3 : 0)};
}

}  // namespace

void print_diagnostics(std::FILE* stream, const Error& error) {
  const bool colour = use_colour(stream);
  const char* bold = colour ? "\033[1m" : "";
  const char* red = colour ? "\033[1;31m" : "";
  const char* green = colour ? "\033[1;32m" : "";
  const char* reset = colour ? "\033[0m" : "";
  for (const auto& d : error.diagnostics()) {
    const std::string place =
        d.where && !d.where->file.empty() ? escape_invalid_utf8(to_string(*d.where)) : "pledge";
    fmt::print(stream, "{}{}:{} {}error:{} {}\n", bold, place, reset, red, reset, d.message);
    if (d.where && d.where->line > 0 && !d.source_line.empty()) {
      const std::string number = std::to_string(d.where->line);
      // A long line comes cut to a window from character source_line_start: mark the cut as visible_part
      // does.
      const bool cut = d.source_line_start > 1;
      auto [shown, column] =
          visible_part(d.source_line, std::max(d.where->column - d.source_line_start + 1, 1));
      if (cut && !shown.starts_with("...")) {
        shown = "..." + shown;
        column += 3;
      }
      // Control characters in a quoted line could move the cursor or change colours: show them as '?'.
      for (char& c : shown) {
        if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7F)
          c = '?';
      }
      fmt::print(stream, " {} | {}\n", number, shown);
      if (d.where->column > 0) {
        fmt::print(stream, " {} | {}{}^{}\n", std::string(number.size(), ' '), caret_padding(shown, column),
                   green, reset);
      }
    }
  }
  if (error.left_out() > 0)
    fmt::print(stream, "{}pledge:{} {}error:{} {}\n", bold, reset, red, reset, left_out_text(error));
}

}  // namespace pledge::cli