#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/source_text.hpp"
#include "lint/finding.hpp"
#include "lint/rules.hpp"
#include "model/lint_settings_layer.hpp"

namespace pledge::lint {

// One rule's severity and option values, as its checks read them.
class RuleSettings {
 public:
  // At the rules table's defaults.
  explicit RuleSettings(const Rule& rule);

  const Rule& rule() const { return *m_rule; }
  Severity severity() const { return m_severity; }
  void set_severity(Severity severity) { m_severity = severity; }

  // The value of the option called `option`, which the rule must declare with that type (a check asking for
  // another is a bug: std::logic_error).
  double number(std::string_view option) const { return m_values[index_of(option, OptionType::number)]; }
  int whole_number(std::string_view option) const {
    return static_cast<int>(m_values[index_of(option, OptionType::whole_number)]);
  }
  bool flag(std::string_view option) const { return m_values[index_of(option, OptionType::flag)] != 0; }

  // Sets an option of the rule; the value must be in its range (the settings reader checks it).
  void set(const RuleOption& option, double value);

  friend bool operator==(const RuleSettings&, const RuleSettings&) = default;

 private:
  std::size_t index_of(std::string_view option, OptionType type) const;

  const Rule* m_rule;
  Severity m_severity;
  std::vector<double> m_values;  // one per option of the rule, in its order
};

// How each rule runs: its severity and its options, and the extra words the spelling rule accepts.
class Settings {
 public:
  // Every rule of the table at its default severity and option values.
  Settings();

  // One per rule, in the table's order.
  const std::vector<RuleSettings>& rules() const { return m_rules; }
  // The rule called `id`, which must be in the table (std::logic_error if not).
  const RuleSettings& rule(std::string_view id) const;
  RuleSettings& rule(std::string_view id);

  Severity severity_of(std::string_view id) const { return rule(id).severity(); }

  std::vector<std::string> words;

  friend bool operator==(const Settings&, const Settings&) = default;

 private:
  std::vector<RuleSettings> m_rules;
};

// Checks `layer` against the rules table and applies what is right over `settings`. Every problem goes to
// `problems` at its place: those the layer kept from reading, unknown rules and options (with "did you
// mean"), severities that are not one, option values of the wrong type or out of range.
void apply_layer(const LintSettingsLayer& layer, Settings& settings, DiagnosticList& problems);

// Where a linted file's settings come from, in the order they apply (pledge-lint(1), CONFIGURATION).
struct SettingsLayers {
  const LintSettingsLayer* data_folder = nullptr;   // the lint data folder's settings.yaml
  const LintSettingsLayer* nearest_file = nullptr;  // the nearest .pledge-lint.yaml
  const LintSettingsLayer* service = nullptr;       // a service file's `lint:`
};

// The one layering of settings: the rules table's defaults, then each layer given, each over the one before.
// Throws Error with every problem of every layer.
Settings layered_settings(const SettingsLayers& layers);

// The settings `linted_file` is checked with, by `pledge lint` and by the build's lint gate: the layers
// above, with the nearest .pledge-lint.yaml found and read. `service_lint` is a service file's `lint:` (null
// for a library). Throws Error.
Settings settings_for(const LintSettingsLayer& data_folder, const std::filesystem::path& linted_file,
                      const LintSettingsLayer* service_lint);

// The nearest .pledge-lint.yaml in the folder of `linted_file` or any folder above it.
std::optional<std::filesystem::path> find_settings_file(const std::filesystem::path& linted_file);

inline constexpr std::string_view settings_file_name = ".pledge-lint.yaml";

// Every rule at its default severity and every option at its default, commented with the rule's summary and
// the option's description and range: the text of the lint data folder's settings.yaml, which a test keeps
// equal to it (`pledge lint --print-default-settings` prints it).
std::string default_settings_text();

}  // namespace pledge::lint
