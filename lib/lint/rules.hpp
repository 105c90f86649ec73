#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/name_table.hpp"
#include "lint/finding.hpp"

namespace pledge::lint {

struct RawFinding;
class RuleSettings;
struct StatementView;
struct SubjectContext;

enum class OptionType { number, whole_number, flag };

// A setting of a rule beside its severity, such as sentence-length's `max-words`.
struct RuleOption {
  std::string_view name;
  OptionType type;
  double default_value;  // a flag's is 1 (true) or 0 (false)
  double low = 0;        // the range a number or whole number must be in, both ends allowed
  double high = 0;
  std::string_view description;  // one line: what it sets
};

// "a number from 0 to 30", "a whole number from 1 to 1000" or "true or false": what `option` accepts.
std::string allowed_values(const RuleOption& option);

// A value of `option` as a settings file writes it: "8", "0.6", "true".
std::string written_value(const RuleOption& option, double value);

// A rule's checks append findings with the byte offset of the offending text (see checks.hpp); the linter
// runs them, so that a rule in the table runs and a check outside it cannot. Each reads its own rule's
// options from `settings`.
using StatementCheck = void(const StatementView& statement, const SubjectContext& context,
                            const RuleSettings& settings, std::vector<RawFinding>& out);
using SubjectCheck = void(const SubjectContext& context, const RuleSettings& settings,
                          std::vector<RawFinding>& out);

// A lint rule: what users see of it (id, default severity, summary, rationale, options) and what runs.
struct Rule {
  std::string_view name;  // the rule's id, as settings, findings and SARIF write it ("sentence-length")
  Severity default_severity;
  std::string_view summary;    // one line: what the rule looks for
  std::string_view rationale;  // why it matters for a pledge read by patients
  std::vector<RuleOption> options = {};
  StatementCheck* check_statement = nullptr;  // run on each statement, or null
  SubjectCheck* check_subject = nullptr;      // run once on all the statements linted together, or null
  // The languages the rule checks, by their language subtag ("en" for en-GB, en-US...); empty for every
  // language. A text in another language is not given to the rule's checks, and the lint report says so.
  std::vector<std::string_view> languages = {};

  // Whether the rule checks texts in `language` (a BCP 47 tag).
  bool applies_to(std::string_view language) const;

  // The option called `name`, or null.
  const RuleOption* option(std::string_view option_name) const;
};

// The rules table: every rule, in the order `--list-rules`, SARIF and the defaults file list them. The linter
// runs it, the settings reader checks settings against it, and the defaults file is written from it.
const NameTable<Rule>& rules();

}  // namespace pledge::lint
