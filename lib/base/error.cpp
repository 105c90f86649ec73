#include "base/error.hpp"

#include <algorithm>

namespace pledge {

std::string to_string(const Location& where) {
  std::string out = where.file;
  if (where.line > 0) {
    out += ':' + std::to_string(where.line);
    if (where.column > 0)
      out += ':' + std::to_string(where.column);
  }
  return out;
}

namespace {

std::string describe(const Diagnostic& d) {
  return d.where ? to_string(*d.where) + ": " + d.message : d.message;
}

std::string first_message(const std::vector<Diagnostic>& diagnostics) {
  return diagnostics.empty() ? std::string("unknown error") : describe(diagnostics.front());
}

}  // namespace

Diagnostic quoting_line(std::optional<Location> where, std::string message, std::string_view line) {
  // Enough for any screen either side of the column; the CLI shows a narrower window of what is kept.
  constexpr std::size_t kept_either_side = 200;
  if (line.size() <= 2 * kept_either_side * 4 || !where)
    return Diagnostic{std::move(where), std::move(message), std::string(line), 1};
  const auto is_lead = [&](std::size_t i) { return (static_cast<unsigned char>(line[i]) & 0xC0) != 0x80; };
  const std::size_t column = static_cast<std::size_t>(std::max(where->column, 1));
  const std::size_t first = column > kept_either_side ? column - kept_either_side : 1;
  std::size_t begin = line.size();
  std::size_t end = line.size();
  std::size_t character = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (!is_lead(i))
      continue;
    ++character;
    if (character == first)
      begin = i;
    if (character == first + 2 * kept_either_side) {
      end = i;
      break;
    }
  }
  return Diagnostic{std::move(where), std::move(message), std::string(line.substr(begin, end - begin)),
                    static_cast<int>(first)};
}

Error::Error(std::string message, std::optional<Location> where, std::string source_line)
    : Error(std::vector<Diagnostic>{quoting_line(std::move(where), std::move(message), source_line)}) {}

Error::Error(std::vector<Diagnostic> diagnostics, std::size_t left_out)
    : std::runtime_error(first_message(diagnostics)),
      m_diagnostics(std::move(diagnostics)),
      m_left_out(left_out) {}

std::string left_out_text(const Error& error) {
  if (error.left_out() == 0)
    return {};
  return "and " + std::to_string(error.left_out()) + " more problem" + (error.left_out() == 1 ? "" : "s") +
         " not shown; fix these and run again";
}

std::string describe(const Error& error) {
  std::string out;
  for (const auto& d : error.diagnostics()) {
    if (!out.empty())
      out += '\n';
    out += describe(d);
  }
  if (error.left_out() > 0)
    out += '\n' + left_out_text(error);
  return out;
}

}  // namespace pledge
