#include "report/lint_formats.hpp"

#include <cmath>

#include <fmt/core.h>

#include <nlohmann/json.hpp>

#include "base/version.hpp"
#include "lint/rules.hpp"
#include "report/json_document.hpp"

namespace pledge::report {

using lint::LintReport;
using lint::Severity;
using json = nlohmann::ordered_json;

namespace {

double rounded(double value) {
  const double r = std::round(value * 10.0) / 10.0;
  return r == 0.0 ? 0.0 : r;  // no "-0.0"
}

// SARIF has no "info"; its "note" is the nearest.
std::string sarif_level(Severity severity) {
  return severity == Severity::error || severity == Severity::warning ? std::string(to_string(severity))
                                                                      : "note";
}

// An item of "findings" or "scores": where it is, then its own fields.
json located(const Location& where, const json& fields) {
  json out = {{"file", where.file}, {"line", where.line}, {"column", where.column}};
  out.update(fields);
  return out;
}

}  // namespace

std::string lint_findings_text(const std::vector<lint::Finding>& findings, bool colour) {
  const char* bold = colour ? "\033[1m" : "";
  const char* dim = colour ? "\033[2m" : "";
  const char* reset = colour ? "\033[0m" : "";
  std::string out;
  for (const auto& f : findings) {
    const char* tint = !colour                           ? ""
                       : f.severity == Severity::error   ? "\033[1;31m"
                       : f.severity == Severity::warning ? "\033[1;35m"
                                                         : "\033[1;36m";
    out += fmt::format("{}{}:{}:{}:{} {}{}:{} {} {}[{}]{}\n", bold, f.location.file, f.location.line,
                       f.location.column, reset, tint, to_string(f.severity), reset, f.message, dim, f.rule,
                       reset);
    if (!f.suggestion.empty())
      out += fmt::format("    {}\n", f.suggestion);
  }
  return out;
}

std::string lint_text(const LintReport& report, const LintOutputOptions& options) {
  std::string out = lint_findings_text(report.findings, options.colour);
  const std::string checked =
      fmt::format("{} {} checked", options.files, options.files == 1 ? "file" : "files");
  if (report.findings.empty())
    return out + checked + ": no findings\n";
  const int errors = report.count(Severity::error);
  const int warnings = report.count(Severity::warning);
  const int infos = report.count(Severity::info);
  return out + fmt::format("{}: {} {}, {} {}, {} info\n", checked, errors, errors == 1 ? "error" : "errors",
                           warnings, warnings == 1 ? "warning" : "warnings", infos);
}

std::string lint_json(const LintReport& report) {
  json out = {{"findings", json::array()}, {"scores", json::array()}};
  for (const auto& f : report.findings) {
    out["findings"].push_back(located(f.location, {{"rule", f.rule},
                                                   {"severity", std::string(to_string(f.severity))},
                                                   {"message", f.message},
                                                   {"suggestion", f.suggestion},
                                                   {"ref", f.ref}}));
  }
  for (const auto& s : report.scores) {
    out["scores"].push_back(located(s.location, {{"ref", s.ref},
                                                 {"words", s.words},
                                                 {"sentences", s.sentences},
                                                 {"syllables", s.syllables},
                                                 {"reading_ease", rounded(s.reading_ease)},
                                                 {"grade", rounded(s.grade)}}));
  }
  return json_document(out);
}

std::string lint_sarif(const LintReport& report) {
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
  return json_document(sarif);
}

const NameTable<LintFormat> lint_formats(
    "format", {
                  {"text", "for people: each finding at its file, line and column, with what to do about it",
                   lint_text},
                  {"json", "for programs: the findings and every statement's reading scores",
                   [](const LintReport& report, const LintOutputOptions&) { return lint_json(report); }},
                  {"sarif", "SARIF 2.1.0, for GitHub code scanning and other CI tools",
                   [](const LintReport& report, const LintOutputOptions&) { return lint_sarif(report); }},
              });

}  // namespace pledge::report
