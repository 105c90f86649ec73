#include "lint/finding.hpp"

#include <algorithm>

namespace pledge::lint {

std::string_view to_string(Severity severity) {
  switch (severity) {
    case Severity::off:
      return "off";
    case Severity::info:
      return "info";
    case Severity::warning:
      return "warning";
    case Severity::error:
      return "error";
  }
  return "off";
}

std::optional<Severity> parse_severity(std::string_view text) {
  for (Severity s : {Severity::off, Severity::info, Severity::warning, Severity::error}) {
    if (to_string(s) == text)
      return s;
  }
  return std::nullopt;
}

int LintReport::count(Severity severity) const {
  return static_cast<int>(std::count_if(findings.begin(), findings.end(),
                                        [&](const Finding& f) { return f.severity == severity; }));
}

}  // namespace pledge::lint
