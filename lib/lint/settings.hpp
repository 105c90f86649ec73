#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/source_text.hpp"
#include "lint/finding.hpp"
#include "model/yaml_reader.hpp"

namespace pledge::lint {

// How each rule runs: its severity and its thresholds. Built from the rules table, then each layer of
// settings in turn: the lint data folder's settings.yaml, the nearest .pledge-lint.yaml, the service file's
// `lint:`.
struct Settings {
  std::map<std::string, Severity, std::less<>> severity;  // by rule id
  int sentence_max_words = 25;                            // sentence-length
  int statement_max_words = 40;                           // length
  double max_grade = 8.0;                                 // readability, each statement
  double min_reading_ease = 50.0;
  double pledge_max_grade = 6.0;  // readability, the pledge (or library) as a whole
  double pledge_min_reading_ease = 60.0;
  double max_similarity = 0.6;     // repetition: share of words two statements may have in common
  bool final_full_stop = true;     // typography
  std::vector<std::string> words;  // extra words the spelling rule accepts

  Severity severity_of(std::string_view rule) const;
  bool enabled(std::string_view rule) const { return severity_of(rule) != Severity::off; }
};

// Every rule at its default severity, with the default thresholds.
Settings default_settings();

// Applies a settings mapping (a service file's `lint:` section or a whole .pledge-lint.yaml) over `settings`:
//   spelling: off                      # a severity: error, warning, info or off
//   sentence-length: {severity: error, max-words: 20}
//   words: [Riverside]
// Every problem (unknown rule with "did you mean", bad severity, bad threshold) goes to `problems`.
void apply_settings(const YamlNode& node, const SourceText& source, DiagnosticList& problems,
                    Settings& settings);

// Reads a settings file (.pledge-lint.yaml or the lint data's settings.yaml) over `settings`; throws Error.
void apply_settings_file(const std::filesystem::path& path, Settings& settings);

// The nearest .pledge-lint.yaml in the folder of `linted_file` or any folder above it.
std::optional<std::filesystem::path> find_settings_file(const std::filesystem::path& linted_file);

inline constexpr std::string_view settings_file_name = ".pledge-lint.yaml";

}  // namespace pledge::lint
