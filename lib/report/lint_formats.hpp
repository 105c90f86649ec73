#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/name_table.hpp"
#include "lint/finding.hpp"
#include "report/output_format.hpp"

namespace pledge::report {

// What a lint format needs besides the report.
struct LintOutputOptions {
  bool colour = false;  // ANSI colours in the text format: the caller knows whether it writes to a terminal
  // The folder relative paths of the report are relative to, as an absolute path (SARIF's SRCROOT base);
  // empty when they are as given.
  std::string root;
};

// The short prefix naming a finding's services in the text and GitHub formats ("ward: ", "ward, clinic: ",
// "ward, clinic, home and 2 more: "); empty for a finding outside any service (a library linted alone).
std::string services_prefix(const lint::Finding& finding, const std::vector<lint::LintedFile>& files);

// One finding per line, "file:line:col: severity: service: message [rule]" (services_prefix), each followed
// by its suggestion indented on a line of its own: what `pledge lint` prints, and `pledge build` for a
// service the lint gate blocks (`files` empty: no prefix).
std::string lint_findings_text(const std::vector<lint::Finding>& findings, bool colour,
                               const std::vector<lint::LintedFile>& files = {});

// The findings as above, the stale baseline entries as info lines, then "N files checked: 1 error, 2
// warnings, 0 info" (or ": no findings"), saying how many files could not be read. The problems of those
// files are not here: the CLI prints them on stderr, as for every command.
std::string lint_text(const lint::LintReport& report, const LintOutputOptions& options);

// {"findings": [{"file","line","column","rule","severity","message","suggestion","ref","services"}],
//  "scores": [{"file","line","column","ref","words","sentences","syllables","reading_ease","grade"}],
//  "files": [{"file","kind","name"}], "errors": [{"input","file","line","column","message"}],
//  "baseline_stale": [{"file","line","column","rule","ref"}]}
// Scores are rounded to one decimal place so that output is the same on every machine.
std::string lint_json(const lint::LintReport& report);

// SARIF 2.1.0 for GitHub code scanning and other CI tools: one run, the rules table as tool.driver.rules,
// one result per finding (properties: ref and services), columns counted in Unicode code points. Relative
// paths are URIs relative to SRCROOT (options.root); absolute ones file: URIs. The invocation is successful
// only if every file was read; each problem of a file that was not is a toolExecutionNotification.
std::string lint_sarif(const lint::LintReport& report, const LintOutputOptions& options = {});

// GitHub Actions workflow commands, one line each: "::warning file=F,line=L,col=C,title=RULE::message".
std::string lint_github(const lint::LintReport& report, const LintOutputOptions& options = {});

// JUnit XML: one test case per file checked (a service or a library), failing for its error-level findings;
// an error test case for each file that could not be read.
std::string lint_junit(const lint::LintReport& report);

// A format of `pledge lint --format`, writing a whole run's findings and scores.
using LintFormat = OutputFormat<lint::LintReport, LintOutputOptions>;

// `pledge lint --format`: text, json, sarif, github and junit.
extern const NameTable<LintFormat> lint_formats;

}  // namespace pledge::report
