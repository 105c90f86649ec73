#include "report/lint_formats.hpp"

#include <cmath>

#include <nlohmann/json.hpp>

#include "base/version.hpp"
#include "lint/rules.hpp"

namespace pledge::lint {

namespace {

double rounded(double value) {
  const double r = std::round(value * 10.0) / 10.0;
  return r == 0.0 ? 0.0 : r;  // no "-0.0"
}

std::string sarif_level(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::info:
    case Severity::off:
      break;
  }
  return "note";
}

}  // namespace

std::string format_json(const LintReport& report) {
  nlohmann::ordered_json out;
  out["findings"] = nlohmann::ordered_json::array();
  for (const auto& f : report.findings) {
    out["findings"].push_back({{"file", f.location.file},
                               {"line", f.location.line},
                               {"column", f.location.column},
                               {"rule", f.rule},
                               {"severity", std::string(to_string(f.severity))},
                               {"message", f.message},
                               {"suggestion", f.suggestion},
                               {"ref", f.ref}});
  }
  out["scores"] = nlohmann::ordered_json::array();
  for (const auto& s : report.scores) {
    out["scores"].push_back({{"file", s.location.file},
                             {"line", s.location.line},
                             {"column", s.location.column},
                             {"ref", s.ref},
                             {"words", s.words},
                             {"sentences", s.sentences},
                             {"syllables", s.syllables},
                             {"reading_ease", rounded(s.reading_ease)},
                             {"grade", rounded(s.grade)}});
  }
  return out.dump(2) + "\n";
}

std::string format_sarif(const LintReport& report) {
  using json = nlohmann::ordered_json;
  json rules = json::array();
  for (const auto& rule : lint::rules().rows()) {
    rules.push_back({{"id", std::string(rule.name)},
                     {"name", std::string(rule.name)},
                     {"shortDescription", {{"text", std::string(rule.summary)}}},
                     {"fullDescription", {{"text", std::string(rule.rationale)}}},
                     {"help",
                      {{"text", std::string(rule.summary) + ". " + std::string(rule.rationale) +
                                    " See pledge-lint(1)."}}},
                     {"defaultConfiguration", {{"level", sarif_level(rule.default_severity)}}}});
  }
  json results = json::array();
  for (const auto& f : report.findings) {
    const auto index = lint::rules().find(f.rule) - lint::rules().rows().data();
    json region = {{"startLine", std::max(f.location.line, 1)}};
    if (f.location.column > 0)
      region["startColumn"] = f.location.column;
    std::string text = f.message;
    if (!f.suggestion.empty())
      text += " (" + f.suggestion + ")";
    json result = {
        {"ruleId", f.rule},
        {"ruleIndex", index},
        {"level", sarif_level(f.severity)},
        {"message", {{"text", text}}},
        {"locations",
         json::array({{{"physicalLocation",
                        {{"artifactLocation", {{"uri", f.location.file}}}, {"region", region}}}}})}};
    if (!f.ref.empty())
      result["properties"] = {{"ref", f.ref}};
    results.push_back(std::move(result));
  }
  json sarif = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                {"version", "2.1.0"},
                {"runs", json::array({{{"tool",
                                        {{"driver",
                                          {{"name", "pledge lint"},
                                           {"version", std::string(pledge::version)},
                                           {"semanticVersion", std::string(pledge::version)},
                                           {"rules", rules}}}}},
                                       {"columnKind", "unicodeCodePoints"},
                                       {"results", results}}})}};
  return sarif.dump(2) + "\n";
}

}  // namespace pledge::lint
