#pragma once

#include <string>

#include "lint/finding.hpp"

namespace pledge::lint {

// {"findings": [{"file","line","column","rule","severity","message","suggestion","ref"}],
//  "scores": [{"file","line","column","ref","words","sentences","syllables","reading_ease","grade"}]}
// Scores are rounded to one decimal place so that output is the same on every machine.
std::string format_json(const LintReport& report);

// SARIF 2.1.0 for GitHub code scanning and other CI tools: one run, the rules table as tool.driver.rules,
// one result per finding, columns counted in Unicode code points.
std::string format_sarif(const LintReport& report);

}  // namespace pledge::lint
