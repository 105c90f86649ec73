#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/name_table.hpp"
#include "lint/finding.hpp"
#include "report/output_format.hpp"

namespace pledge::report {

// What a lint format needs besides the findings.
struct LintOutputOptions {
  bool colour = false;    // ANSI colours in the text format: the caller knows whether it writes to a terminal
  std::size_t files = 0;  // how many files were checked, for the text format's summary
};

// One finding per line, "file:line:col: severity: message [rule]", each followed by its suggestion indented
// on a line of its own: what `pledge lint` prints, and `pledge build` for a service the lint gate blocks.
std::string lint_findings_text(const std::vector<lint::Finding>& findings, bool colour);

// The findings as above, then "N files checked: 1 error, 2 warnings, 0 info" (or ": no findings").
std::string lint_text(const lint::LintReport& report, const LintOutputOptions& options);

// {"findings": [{"file","line","column","rule","severity","message","suggestion","ref"}],
//  "scores": [{"file","line","column","ref","words","sentences","syllables","reading_ease","grade"}]}
// Scores are rounded to one decimal place so that output is the same on every machine.
std::string lint_json(const lint::LintReport& report);

// SARIF 2.1.0 for GitHub code scanning and other CI tools: one run, the rules table as tool.driver.rules,
// one result per finding, columns counted in Unicode code points.
std::string lint_sarif(const lint::LintReport& report);

// A format of `pledge lint --format`, writing a whole run's findings and scores.
using LintFormat = OutputFormat<lint::LintReport, LintOutputOptions>;

// `pledge lint --format`: text, json and sarif.
extern const NameTable<LintFormat> lint_formats;

}  // namespace pledge::report
