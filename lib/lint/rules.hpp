#pragma once

#include <string_view>
#include <vector>

#include "lint/finding.hpp"

namespace pledge::lint {

// A lint rule as users see it. This one table feeds the linter's defaults, the SARIF rules list and
// `pledge lint --list-rules`, from which man/pledge-lint.1 is checked.
struct RuleInfo {
  std::string_view id;
  Severity default_severity;
  std::string_view summary;    // one line: what the rule looks for
  std::string_view rationale;  // why it matters for a pledge read by patients
};

const std::vector<RuleInfo>& rules();

// The rule with this id, or null.
const RuleInfo* find_rule(std::string_view id);

std::vector<std::string> rule_ids();

}  // namespace pledge::lint
