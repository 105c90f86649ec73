#include "report/lint_formats.hpp"

#include <cmath>

#include <fmt/core.h>

#include <nlohmann/json.hpp>

#include "base/markup_text.hpp"
#include "base/version.hpp"
#include "lint/rules.hpp"
#include "report/json_document.hpp"

namespace pledge::report {

using lint::Finding;
using lint::LintedFile;
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

// The services (files of kind "pledge") whose text has the finding.
std::vector<const LintedFile*> services_of(const Finding& finding, const std::vector<LintedFile>& files) {
  std::vector<const LintedFile*> out;
  for (const std::size_t index : finding.files) {
    if (index < files.size() && files[index].kind == "pledge")
      out.push_back(&files[index]);
  }
  return out;
}

std::string message_with_suggestion(const Finding& f) {
  return f.suggestion.empty() ? f.message : f.message + " (" + f.suggestion + ")";
}

std::string stale_message(const lint::StaleBaselineEntry& entry) {
  return fmt::format(
      "baseline entry for '{}'{} matches no finding now: the text has changed or gone; "
      "write the baseline again (--write-baseline) to drop it",
      entry.rule, entry.ref.empty() ? "" : " in " + entry.ref);
}

// Where an unread file's problem is: its own place, or the file itself.
Location where_of(const lint::UnreadFile& file, const Diagnostic& problem) {
  return problem.where ? *problem.where : Location{file.file, 0, 0};
}

// A path as a URI reference: bytes outside RFC 3986's unreserved characters and '/' percent-encoded; an
// absolute path as a file: URI.
std::string uri_of(std::string_view path) {
  std::string out = path.starts_with('/') ? "file://" : "";
  for (const char c : path) {
    const auto byte = static_cast<unsigned char>(c);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
        c == '_' || c == '~' || c == '/')
      out += c;
    else
      out += fmt::format("%{:02X}", byte);
  }
  return out;
}

json sarif_location(const Location& where, bool below_root) {
  json artifact = {{"uri", uri_of(where.file)}};
  if (below_root && !where.file.starts_with('/'))
    artifact["uriBaseId"] = "SRCROOT";
  json physical = {{"artifactLocation", artifact}};
  if (where.line > 0) {
    json region = {{"startLine", where.line}};
    if (where.column > 0)
      region["startColumn"] = where.column;
    physical["region"] = region;
  }
  return {{"physicalLocation", physical}};
}

// GitHub's workflow commands: %, CR and LF escaped in the message, and ',' and ':' too in a property.
std::string github_escaped(std::string_view text, bool property) {
  std::string out;
  for (const char c : text) {
    if (c == '%')
      out += "%25";
    else if (c == '\r')
      out += "%0D";
    else if (c == '\n')
      out += "%0A";
    else if (property && c == ':')
      out += "%3A";
    else if (property && c == ',')
      out += "%2C";
    else
      out += c;
  }
  return out;
}

std::string github_command(std::string_view command, const Location& where, std::string_view title,
                           std::string_view message) {
  std::string properties = "file=" + github_escaped(where.file, true);
  if (where.line > 0)
    properties += fmt::format(",line={}", where.line);
  if (where.column > 0)
    properties += fmt::format(",col={}", where.column);
  properties += ",title=" + github_escaped(title, true);
  return fmt::format("::{} {}::{}\n", command, properties, github_escaped(message, false));
}

std::string finding_line(const Finding& f) {
  std::string line =
      fmt::format("{}: {}: {} [{}]\n", to_string(f.location), to_string(f.severity), f.message, f.rule);
  if (!f.suggestion.empty())
    line += "    " + f.suggestion + "\n";
  return line;
}

}  // namespace

std::string services_prefix(const Finding& finding, const std::vector<LintedFile>& files) {
  const auto services = services_of(finding, files);
  if (services.empty())
    return {};
  constexpr std::size_t shown = 3;
  std::string out;
  for (std::size_t i = 0; i < services.size() && i < shown; ++i)
    out += (i == 0 ? "" : ", ") + services[i]->label;
  if (services.size() > shown)
    out += fmt::format(" and {} more", services.size() - shown);
  return out + ": ";
}

std::string lint_findings_text(const std::vector<Finding>& findings, bool colour,
                               const std::vector<LintedFile>& files) {
  const char* bold = colour ? "\033[1m" : "";
  const char* dim = colour ? "\033[2m" : "";
  const char* reset = colour ? "\033[0m" : "";
  std::string out;
  for (const auto& f : findings) {
    const char* tint = !colour                           ? ""
                       : f.severity == Severity::error   ? "\033[1;31m"
                       : f.severity == Severity::warning ? "\033[1;35m"
                                                         : "\033[1;36m";
    out += fmt::format("{}{}:{}:{}:{} {}{}:{} {}{} {}[{}]{}\n", bold, f.location.file, f.location.line,
                       f.location.column, reset, tint, to_string(f.severity), reset,
                       services_prefix(f, files), f.message, dim, f.rule, reset);
    if (!f.suggestion.empty())
      out += fmt::format("    {}\n", f.suggestion);
  }
  return out;
}

std::string lint_text(const LintReport& report, const LintOutputOptions& options) {
  std::string out = lint_findings_text(report.findings, options.colour, report.files);
  for (const auto& entry : report.stale_baseline)
    out += fmt::format("{}: info: {} [baseline]\n", to_string(entry.location), stale_message(entry));
  const std::size_t files = report.files.size();
  std::string checked = fmt::format("{} {} checked", files, files == 1 ? "file" : "files");
  if (!report.unread.empty())
    checked += fmt::format(", {} not read", report.unread.size());
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
    json services = json::array();
    for (const LintedFile* service : services_of(f, report.files))
      services.push_back({{"service", service->name}, {"file", service->file}});
    out["findings"].push_back(located(f.location, {{"rule", f.rule},
                                                   {"severity", std::string(to_string(f.severity))},
                                                   {"message", f.message},
                                                   {"suggestion", f.suggestion},
                                                   {"ref", f.ref},
                                                   {"services", services}}));
  }
  for (const auto& s : report.scores) {
    out["scores"].push_back(located(s.location, {{"ref", s.ref},
                                                 {"words", s.words},
                                                 {"sentences", s.sentences},
                                                 {"syllables", s.syllables},
                                                 {"reading_ease", rounded(s.reading_ease)},
                                                 {"grade", rounded(s.grade)}}));
  }
  json files = json::array();
  for (const auto& file : report.files)
    files.push_back({{"file", file.file}, {"kind", file.kind}, {"name", file.name}});
  out["files"] = files;
  json errors = json::array();
  for (const auto& unread : report.unread) {
    for (const auto& problem : unread.problems) {
      json error = {{"input", unread.file}};
      error.update(located(where_of(unread, problem), {{"message", problem.message}}));
      errors.push_back(std::move(error));
    }
  }
  out["errors"] = errors;
  json stale = json::array();
  for (const auto& entry : report.stale_baseline)
    stale.push_back(located(entry.location, {{"rule", entry.rule}, {"ref", entry.ref}}));
  out["baseline_stale"] = stale;
  return json_document(out);
}

std::string lint_sarif(const LintReport& report, const LintOutputOptions& options) {
  const bool based = !options.root.empty();
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
    json result = {{"ruleId", f.rule},
                   {"ruleIndex", index},
                   {"level", sarif_level(f.severity)},
                   {"message", {{"text", message_with_suggestion(f)}}},
                   {"locations", json::array({sarif_location(f.location, based)})}};
    json properties = json::object();
    if (!f.ref.empty())
      properties["ref"] = f.ref;
    const auto services = services_of(f, report.files);
    if (!services.empty()) {
      json names = json::array();
      json files = json::array();
      for (const LintedFile* service : services) {
        names.push_back(service->name);
        files.push_back(service->file);
      }
      properties["services"] = names;
      properties["serviceFiles"] = files;
    }
    if (!properties.empty())
      result["properties"] = properties;
    results.push_back(std::move(result));
  }
  json notifications = json::array();
  for (const auto& unread : report.unread) {
    for (const auto& problem : unread.problems) {
      notifications.push_back({{"level", "error"},
                               {"message", {{"text", problem.message}}},
                               {"locations", json::array({sarif_location(where_of(unread, problem), based)})},
                               {"properties", {{"input", unread.file}}}});
    }
  }
  for (const auto& entry : report.stale_baseline) {
    notifications.push_back({{"level", "note"},
                             {"message", {{"text", stale_message(entry)}}},
                             {"locations", json::array({sarif_location(entry.location, based)})}});
  }
  json invocation = {{"executionSuccessful", report.unread.empty()}};
  if (!notifications.empty())
    invocation["toolExecutionNotifications"] = notifications;
  json run = {{"tool",
               {{"driver",
                 {{"name", "pledge lint"},
                  {"version", std::string(pledge::version)},
                  {"semanticVersion", std::string(pledge::version)},
                  {"rules", rules}}}}},
              {"invocations", json::array({invocation})}};
  if (based) {
    std::string root = options.root;
    if (!root.ends_with('/'))
      root += '/';
    run["originalUriBaseIds"] = {{"SRCROOT", {{"uri", uri_of(root)}}}};
  }
  run["columnKind"] = "unicodeCodePoints";
  run["results"] = results;
  json sarif = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                {"version", "2.1.0"},
                {"runs", json::array({run})}};
  return json_document(sarif);
}

std::string lint_github(const LintReport& report, const LintOutputOptions&) {
  std::string out;
  for (const auto& f : report.findings) {
    const std::string_view command = f.severity == Severity::error     ? "error"
                                     : f.severity == Severity::warning ? "warning"
                                                                       : "notice";
    out += github_command(command, f.location, f.rule,
                          services_prefix(f, report.files) + message_with_suggestion(f));
  }
  for (const auto& unread : report.unread) {
    for (const auto& problem : unread.problems)
      out += github_command("error", where_of(unread, problem), "pledge lint", problem.message);
  }
  for (const auto& entry : report.stale_baseline)
    out += github_command("notice", entry.location, "baseline", stale_message(entry));
  return out;
}

std::string lint_junit(const LintReport& report) {
  // Each file's findings, in report order: a finding kept by several services belongs to each.
  std::vector<std::vector<const Finding*>> by_file(report.files.size());
  for (const auto& f : report.findings) {
    for (const std::size_t index : f.files) {
      if (index < by_file.size())
        by_file[index].push_back(&f);
    }
  }
  std::size_t failures = 0;
  std::string cases;
  for (std::size_t i = 0; i < report.files.size(); ++i) {
    const LintedFile& file = report.files[i];
    std::string errors;
    std::string others;
    std::size_t error_count = 0;
    for (const Finding* f : by_file[i]) {
      if (f->severity == Severity::error) {
        errors += finding_line(*f);
        ++error_count;
      } else {
        others += finding_line(*f);
      }
    }
    cases += fmt::format("    <testcase classname=\"{}\" name=\"{}\" file=\"{}\">\n",
                         file.kind == "pledge" ? "service" : "library", escaped_markup(file.name),
                         escaped_markup(file.file));
    if (error_count > 0) {
      ++failures;
      cases += fmt::format("      <failure type=\"lint\" message=\"{} error-level {}\">{}</failure>\n",
                           error_count, error_count == 1 ? "finding" : "findings", escaped_markup(errors));
    }
    if (!others.empty())
      cases += fmt::format("      <system-out>{}</system-out>\n", escaped_markup(others));
    cases += "    </testcase>\n";
  }
  for (const auto& unread : report.unread) {
    std::string text;
    for (const auto& problem : unread.problems)
      text += fmt::format("{}: error: {}\n", to_string(where_of(unread, problem)), problem.message);
    cases += fmt::format(
        "    <testcase classname=\"input\" name=\"{0}\" file=\"{0}\">\n"
        "      <error type=\"unreadable\" message=\"the file could not be read\">{1}</error>\n"
        "    </testcase>\n",
        escaped_markup(unread.file), escaped_markup(text));
  }
  const std::size_t tests = report.files.size() + report.unread.size();
  return fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<testsuites name=\"pledge lint\" tests=\"{0}\" failures=\"{1}\" errors=\"{2}\">\n"
      "  <testsuite name=\"pledge lint\" tests=\"{0}\" failures=\"{1}\" errors=\"{2}\">\n"
      "{3}"
      "  </testsuite>\n"
      "</testsuites>\n",
      tests, failures, report.unread.size(), cases);
}

const NameTable<LintFormat> lint_formats(
    "format",
    {
        {"text", "for people: each finding at its file, line and column, with what to do about it",
         lint_text},
        {"json", "for programs: the findings, every statement's reading scores and the files not read",
         [](const LintReport& report, const LintOutputOptions&) { return lint_json(report); }},
        {"sarif", "SARIF 2.1.0, for GitHub code scanning and other CI tools", lint_sarif},
        {"github", "GitHub Actions workflow commands: each finding annotates its line in a pull request",
         lint_github},
        {"junit", "JUnit XML, for CI test reports: a test case per service, failing on error-level findings",
         [](const LintReport& report, const LintOutputOptions&) { return lint_junit(report); }},
    });

}  // namespace pledge::report
