#include "base/error.hpp"

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

Error::Error(std::string message, std::optional<Location> where, std::string source_line)
    : Error(
          std::vector<Diagnostic>{Diagnostic{std::move(where), std::move(message), std::move(source_line)}}) {
}

Error::Error(std::vector<Diagnostic> diagnostics)
    : std::runtime_error(first_message(diagnostics)), m_diagnostics(std::move(diagnostics)) {}

std::string describe(const Error& error) {
  std::string out;
  for (const auto& d : error.diagnostics()) {
    if (!out.empty())
      out += '\n';
    out += describe(d);
  }
  return out;
}

}  // namespace pledge
