#include "lint/finding.hpp"

#include <algorithm>

namespace pledge::lint {

const NameTable<SeverityName>& severities() {
  static const NameTable<SeverityName> table("severity", {{"error", Severity::error},
                                                          {"warning", Severity::warning},
                                                          {"info", Severity::info},
                                                          {"off", Severity::off}});
  return table;
}

std::string_view to_string(Severity severity) {
  for (const auto& row : severities().rows()) {
    if (row.severity == severity)
      return row.name;
  }
  return "off";
}

std::optional<Severity> parse_severity(std::string_view text) {
  if (const SeverityName* row = severities().find(text))
    return row->severity;
  return std::nullopt;
}

int LintReport::count(Severity severity) const {
  return static_cast<int>(std::count_if(findings.begin(), findings.end(),
                                        [&](const Finding& f) { return f.severity == severity; }));
}

}  // namespace pledge::lint
