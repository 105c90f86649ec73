#include "lint/settings.hpp"

#include <stdexcept>
#include <system_error>
#include <utility>

#include <fmt/core.h>

#include "base/nearest_name.hpp"

namespace pledge::lint {

RuleSettings::RuleSettings(const Rule& rule) : m_rule(&rule), m_severity(rule.default_severity) {
  for (const auto& option : rule.options)
    m_values.push_back(option.default_value);
}

std::size_t RuleSettings::index_of(std::string_view option, OptionType type) const {
  for (std::size_t i = 0; i < m_rule->options.size(); ++i) {
    if (m_rule->options[i].name == option && m_rule->options[i].type == type)
      return i;
  }
  throw std::logic_error("rule '" + std::string(m_rule->name) + "' has no option '" + std::string(option) +
                         "' of that type in the rules table");
}

void RuleSettings::set(const RuleOption& option, double value) {
  m_values[index_of(option.name, option.type)] = value;
}

Settings::Settings() {
  for (const auto& rule : lint::rules().rows())
    m_rules.emplace_back(rule);
}

const RuleSettings& Settings::rule(std::string_view id) const {
  for (const auto& settings : m_rules) {
    if (settings.rule().name == id)
      return settings;
  }
  throw std::logic_error("no rule '" + std::string(id) + "' in the rules table");
}

RuleSettings& Settings::rule(std::string_view id) {
  return const_cast<RuleSettings&>(std::as_const(*this).rule(id));
}

namespace {

// The value `written` gives `option`, if it is of the option's type and in its range.
std::optional<double> value_of(const RuleOption& option, const WrittenValue& written) {
  std::optional<double> value;
  switch (option.type) {
    case OptionType::number:
      value = written.number;
      break;
    case OptionType::whole_number:
      value = written.whole_number;
      break;
    case OptionType::flag:
      return written.boolean ? std::optional<double>(*written.boolean ? 1 : 0) : std::nullopt;
  }
  if (!value || !(*value >= option.low && *value <= option.high))  // NaN is out of every range
    return std::nullopt;
  return value;
}

// The keys a rule's mapping may hold: severity, then its options.
std::vector<std::string> keys_of(const Rule& rule) {
  std::vector<std::string> keys = {"severity"};
  for (const auto& option : rule.options)
    keys.emplace_back(option.name);
  return keys;
}

class LayerReader {
 public:
  LayerReader(const LintSettingsLayer& layer, Settings& settings, DiagnosticList& problems)
      : m_layer(layer), m_settings(settings), m_problems(problems) {}

  void read() {
    append(m_layer.problems);  // what the model could not read, with what the table finds
    for (const auto& written : m_layer.rules) {
      if (const Rule* rule = rules().find(written.rule)) {
        read_rule(*rule, written, m_settings.rule(rule->name));
      } else {
        problem(written.location, unknown_rule(written.rule));
      }
    }
    m_settings.words.insert(m_settings.words.end(), m_layer.words.begin(), m_layer.words.end());
  }

 private:
  void read_rule(const Rule& rule, const WrittenRuleSettings& written, RuleSettings& out) {
    append(written.problems);
    if (written.severity) {
      const std::string& text = written.severity->text;
      if (auto severity = parse_severity(text)) {
        out.set_severity(*severity);
      } else {
        problem(written.severity->location, "'" + text + "' is not a severity for rule '" + written.rule +
                                                "'; use " + severities().listed() +
                                                did_you_mean(text, severities().names()));
      }
    }
    for (const auto& option : written.options) {
      const RuleOption* known = rule.option(option.name);
      if (!known) {
        problem(option.location, unknown_option(rule, option.name));
      } else if (auto value = value_of(*known, option.value)) {
        out.set(*known, *value);
      } else {
        problem(option.value.location, "'" + option.name + "' must be " + allowed_values(*known));
      }
    }
  }

  static std::string unknown_rule(const std::string& name) {
    std::vector<std::string> keys = rules().names();
    keys.emplace_back("words");
    const std::string hint = did_you_mean(name, keys);
    return "unknown rule '" + name + "' in lint settings" +
           (hint.empty() ? "; the rules are " + rules().listed("and") +
                               ", and 'words:' lists extra words the spelling rule accepts"
                         : hint);
  }

  static std::string unknown_option(const Rule& rule, const std::string& name) {
    const std::string hint = did_you_mean(name, keys_of(rule));
    if (!hint.empty())
      return "unknown option '" + name + "' for rule '" + std::string(rule.name) + "'" + hint;
    if (rule.options.empty())
      return "unknown option '" + name + "' for rule '" + std::string(rule.name) +
             "', which has no options: give it a severity only";
    std::string listed = "severity";
    for (std::size_t i = 0; i < rule.options.size(); ++i)
      listed += (i + 1 == rule.options.size() ? " and " : ", ") + std::string(rule.options[i].name);
    return "unknown option '" + name + "' for rule '" + std::string(rule.name) + "', which takes " + listed;
  }

  void append(const DiagnosticList& problems) {
    try {
      problems.throw_if_any();
    } catch (const Error& e) {
      m_problems.append(e);
    }
  }

  void problem(const Location& where, std::string message) {
    m_problems.add(where, m_layer.source ? m_layer.source->line(where.line) : std::string_view(),
                   std::move(message));
  }

  const LintSettingsLayer& m_layer;
  Settings& m_settings;
  DiagnosticList& m_problems;
};

}  // namespace

void apply_layer(const LintSettingsLayer& layer, Settings& settings, DiagnosticList& problems) {
  LayerReader(layer, settings, problems).read();
}

Settings layered_settings(const SettingsLayers& layers) {
  Settings settings;
  DiagnosticList problems;
  for (const LintSettingsLayer* layer : {layers.data_folder, layers.nearest_file, layers.service}) {
    if (layer)
      apply_layer(*layer, settings, problems);
  }
  problems.throw_if_any();
  return settings;
}

Settings settings_for(const LintSettingsLayer& data_folder, const std::filesystem::path& linted_file,
                      const LintSettingsLayer* service_lint) {
  std::optional<LintSettingsLayer> nearest;
  if (auto file = find_settings_file(linted_file))
    nearest = read_lint_settings_file(*file);
  return layered_settings({&data_folder, nearest ? &*nearest : nullptr, service_lint});
}

std::optional<std::filesystem::path> find_settings_file(const std::filesystem::path& linted_file) {
  std::error_code ec;
  std::filesystem::path folder = std::filesystem::absolute(linted_file, ec).parent_path();
  if (ec)
    return std::nullopt;
  while (true) {
    const auto candidate = folder / settings_file_name;
    if (std::filesystem::is_regular_file(candidate, ec))
      return candidate;
    if (!folder.has_parent_path() || folder.parent_path() == folder)
      return std::nullopt;
    folder = folder.parent_path();
  }
}

std::string default_settings_text() {
  std::string text =
      R"(# pledge lint settings: every rule at its default severity and every option at its default, as the rules
# table sets them (`pledge lint --print-default-settings` prints this; pledge-lint(1) documents each rule).
# As statements/lint/settings.yaml it gives an installation's defaults, which a facilitator may change for
# every pledge it checks; as a .pledge-lint.yaml, the settings of the files in its folder and below. A
# service file's `lint:` section takes the same form.
#
# Each rule takes a severity ()" +
      severities().listed() +
      R"(), or a mapping with `severity:` and its options;
# `words: [...]` lists extra words the spelling rule accepts.
)";
  for (const auto& rule : rules().rows()) {
    text += fmt::format("\n# {}\n{}:", rule.summary, rule.name);
    if (rule.options.empty()) {
      text += fmt::format(" {}\n", to_string(rule.default_severity));
      continue;
    }
    text += fmt::format("\n  severity: {}\n", to_string(rule.default_severity));
    for (const auto& option : rule.options) {
      text += fmt::format("  # {}; {}\n  {}: {}\n", option.description, allowed_values(option), option.name,
                          written_value(option, option.default_value));
    }
  }
  return text;
}

}  // namespace pledge::lint
