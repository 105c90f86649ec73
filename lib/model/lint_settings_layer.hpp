#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/source_text.hpp"

namespace pledge {

class YamlNode;

// A value as written in lint settings, with what YAML reads it as, so that lint/ can check it against a
// rule's option without a YAML parser of its own.
struct WrittenValue {
  std::string text;  // the scalar as written (YAML 1.1 leaves a bare `off` as text); empty if not a scalar
  bool is_scalar = false;
  std::optional<double> number;     // if YAML reads it as a number
  std::optional<int> whole_number;  // if YAML reads it as a whole number
  std::optional<bool> boolean;      // if YAML reads it as true or false (yes/no, on/off too)
  Location location;
};

// One option of a rule, such as `max-words: 20`.
struct WrittenOption {
  std::string name;
  Location location;  // the name
  WrittenValue value;
};

// What one layer says about one rule: `passive: off`, or `length: {severity: error, max-words: 30}`.
struct WrittenRuleSettings {
  std::string rule;   // the key, as written: lint/ says whether it names a rule
  Location location;  // the key
  std::optional<WrittenValue> severity;
  std::vector<WrittenOption> options;  // every key of the mapping but `severity`, in file order
  // What could not be read of the rule's settings (a list, duplicate options): reported with the layer's
  // problems if `rule` names a rule, and left unsaid if it does not, where "unknown rule" says it all.
  DiagnosticList problems;
};

// A layer of lint settings as written: a service file's `lint:`, a .pledge-lint.yaml, or the lint data
// folder's settings.yaml (the same form in all three). The model reads what is written and where without
// knowing the rules; lint/ checks the layer against its rules table and applies it (lint/settings.hpp).
struct LintSettingsLayer {
  std::vector<WrittenRuleSettings> rules;    // in file order
  std::vector<std::string> words;            // `words:`: extra words the spelling rule accepts
  std::shared_ptr<const SourceText> source;  // the file it is written in (null for no layer), for diagnostics
  // What could not be read (the layer is not a mapping, a rule is given twice, a word is not a text, ...).
  // Lint settings matter only to the linter, so these are reported when the layer is applied, with the
  // problems lint/ finds, and not by commands that never lint (`pledge resolve`, `pledge build --no-lint`).
  DiagnosticList problems;
};

// Reads `node` (a mapping of rule ids to a severity or a mapping of options, and `words:`; absent or empty
// gives an empty layer) written in `source`.
LintSettingsLayer read_lint_settings(const YamlNode& node, std::shared_ptr<const SourceText> source);

// Reads a whole settings file (.pledge-lint.yaml or settings.yaml); throws Error if it cannot be read or
// parsed. Problems of form are kept in the layer, as above.
LintSettingsLayer read_lint_settings_file(const std::filesystem::path& path);

}  // namespace pledge
