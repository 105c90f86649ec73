#include "diagnostic_output.hpp"

#include <unistd.h>

#include <cstdlib>
#include <string>

#include <fmt/core.h>

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

}  // namespace

void print_diagnostics(std::FILE* stream, const Error& error) {
  const bool colour = use_colour(stream);
  const char* bold = colour ? "\033[1m" : "";
  const char* red = colour ? "\033[1;31m" : "";
  const char* green = colour ? "\033[1;32m" : "";
  const char* reset = colour ? "\033[0m" : "";
  for (const auto& d : error.diagnostics()) {
    std::string place = "pledge";
    if (d.where && !d.where->file.empty()) {
      place = d.where->file;
      if (d.where->line > 0) {
        place += fmt::format(":{}", d.where->line);
        if (d.where->column > 0)
          place += fmt::format(":{}", d.where->column);
      }
    }
    fmt::print(stream, "{}{}:{} {}error:{} {}\n", bold, place, reset, red, reset, d.message);
    if (d.where && d.where->line > 0 && !d.source_line.empty()) {
      const std::string number = std::to_string(d.where->line);
      fmt::print(stream, " {} | {}\n", number, d.source_line);
      if (d.where->column > 0) {
        fmt::print(stream, " {} | {}{}^{}\n", std::string(number.size(), ' '),
                   caret_padding(d.source_line, d.where->column), green, reset);
      }
    }
  }
}

}  // namespace pledge::cli
