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

std::string to_string(const SkippedTexts& skipped) {
  return std::to_string(skipped.texts.size()) + (skipped.texts.size() == 1 ? " text" : " texts") + " in " +
         skipped.language + " not checked by " + skipped.rules + ": " +
         (skipped.several_rules ? "those rules do" : "that rule does") + " not check " + skipped.language;
}

void add_skipped(std::vector<SkippedTexts>& into, const std::vector<SkippedTexts>& more) {
  for (const auto& each : more) {
    auto same = std::find_if(into.begin(), into.end(), [&](const SkippedTexts& s) {
      return s.language == each.language && s.rules == each.rules;
    });
    if (same == into.end())
      into.push_back(each);
    else
      same->texts.insert(each.texts.begin(), each.texts.end());
  }
}

}  // namespace pledge::lint
