#include "lint/settings.hpp"

#include <system_error>

#include "base/nearest_name.hpp"
#include "lint/rules.hpp"
#include "model/yaml_reader.hpp"

namespace pledge::lint {

using Need = MappingReader::Need;

Severity Settings::severity_of(std::string_view rule) const {
  auto it = severity.find(rule);
  return it == severity.end() ? Severity::off : it->second;
}

Settings default_settings() {
  Settings settings;
  for (const auto& rule : rules())
    settings.severity.emplace(std::string(rule.id), rule.default_severity);
  return settings;
}

namespace {

const std::vector<std::string>& options_of(std::string_view rule) {
  static const std::map<std::string, std::vector<std::string>, std::less<>> options = {
      {"readability",
       {"severity", "max-grade", "min-reading-ease", "pledge-max-grade", "pledge-min-reading-ease"}},
      {"sentence-length", {"severity", "max-words"}},
      {"length", {"severity", "max-words"}},
      {"repetition", {"severity", "max-similarity"}},
      {"typography", {"severity", "final-full-stop"}},
  };
  static const std::vector<std::string> severity_only = {"severity"};
  auto it = options.find(rule);
  return it == options.end() ? severity_only : it->second;
}

class SettingsReader {
 public:
  SettingsReader(const SourceText& source, DiagnosticList& problems, Settings& settings)
      : m_source(source), m_problems(problems), m_settings(settings) {}

  void read(const YamlNode& node) {
    if (!node.is_defined() || node.is_null())
      return;
    std::vector<std::string> keys = rule_ids();
    keys.emplace_back("words");
    MappingReader reader(node, m_source, m_problems, "lint settings", keys);
    if (!reader.is_mapping())
      return;
    for (const auto& rule : rules())
      read_rule(reader, rule.id);
    for (auto& word : reader.texts("words", Need::optional))
      m_settings.words.push_back(std::move(word));
  }

 private:
  void read_rule(MappingReader& reader, std::string_view id) {
    const YamlNode& value = reader.value(id, Need::optional);
    if (!value.is_defined())
      return;
    const std::string rule(id);
    if (value.is_scalar()) {
      read_severity(reader, value, rule);
      return;
    }
    MappingReader options(value, m_source, m_problems, "'" + rule + "' setting", options_of(id));
    if (!options.is_mapping())
      return;
    if (const YamlNode& severity = options.value("severity", Need::optional); severity.is_defined()) {
      read_severity(options, severity, rule);
    }
    if (rule == "readability") {
      number(options, "max-grade", 0, 30, m_settings.max_grade);
      number(options, "min-reading-ease", -100, 121, m_settings.min_reading_ease);
      number(options, "pledge-max-grade", 0, 30, m_settings.pledge_max_grade);
      number(options, "pledge-min-reading-ease", -100, 121, m_settings.pledge_min_reading_ease);
    } else if (rule == "sentence-length") {
      whole_number(options, "max-words", m_settings.sentence_max_words);
    } else if (rule == "length") {
      whole_number(options, "max-words", m_settings.statement_max_words);
    } else if (rule == "repetition") {
      number(options, "max-similarity", 0, 1, m_settings.max_similarity);
    } else if (rule == "typography") {
      flag(options, "final-full-stop", m_settings.final_full_stop);
    }
  }

  void read_severity(MappingReader& reader, const YamlNode& value, const std::string& rule) {
    const std::string text = value.is_scalar() ? value.scalar() : "";
    // YAML 1.1 reads a bare `off` as false; yaml-cpp keeps the text, which is what we want.
    if (auto severity = parse_severity(text)) {
      m_settings.severity[rule] = *severity;
      return;
    }
    reader.problem(value, "'" + text + "' is not a severity for rule '" + rule +
                              "'; use error, warning, info or off" +
                              did_you_mean(text, {"error", "warning", "info", "off"}));
  }

  void number(MappingReader& options, std::string_view key, double low, double high, double& out) {
    const YamlNode& value = options.value(key, Need::optional);
    if (!value.is_defined())
      return;
    const std::optional<double> parsed = value.as_number();
    if (!parsed || *parsed < low || *parsed > high) {
      options.problem(value, "'" + std::string(key) + "' must be a number from " + format_number(low) +
                                 " to " + format_number(high));
      return;
    }
    out = *parsed;
  }

  void whole_number(MappingReader& options, std::string_view key, int& out) {
    const YamlNode& value = options.value(key, Need::optional);
    if (!value.is_defined())
      return;
    const std::optional<int> parsed = value.as_whole_number();
    if (!parsed || *parsed < 1) {
      options.problem(value, "'" + std::string(key) + "' must be a whole number of words, 1 or more");
      return;
    }
    out = *parsed;
  }

  void flag(MappingReader& options, std::string_view key, bool& out) {
    const YamlNode& value = options.value(key, Need::optional);
    if (!value.is_defined())
      return;
    const std::optional<bool> parsed = value.as_boolean();
    if (!parsed) {
      options.problem(value, "'" + std::string(key) + "' must be true or false");
      return;
    }
    out = *parsed;
  }

  static std::string format_number(double value) {
    std::string text = std::to_string(static_cast<long>(value));
    return text;
  }

  const SourceText& m_source;
  DiagnosticList& m_problems;
  Settings& m_settings;
};

}  // namespace

void apply_settings(const YamlNode& node, const SourceText& source, DiagnosticList& problems,
                    Settings& settings) {
  SettingsReader(source, problems, settings).read(node);
}

void apply_settings_file(const std::filesystem::path& path, Settings& settings) {
  const SourceText source = SourceText::read(path);
  const YamlNode root = parse_yaml(source);
  DiagnosticList problems;
  apply_settings(root, source, problems, settings);
  problems.throw_if_any();
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

}  // namespace pledge::lint
