#pragma once

#include <functional>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "lint/linter.hpp"
#include "model/library.hpp"
#include "test_input.hpp"

// Lists of findings print one per line when a check fails.
template <>
struct doctest::StringMaker<std::vector<std::string>> {
  static doctest::String convert(const std::vector<std::string>& lines) {
    std::string out = "{";
    for (const auto& line : lines)
      out += "\n  \"" + line + "\"";
    return (out + "\n}").c_str();
  }
};

namespace pledge::test {

// One linter for all tests, on the shipped lint data and the build's spelling index, so that the spelling
// checker (and hunspell, at the first word the index does not know) loads once.
inline lint::Linter& shared_linter() {
  static lint::Linter linter(lint::load_lint_data(PLEDGE_SOURCE_DIR "/statements/lint"),
                             PLEDGE_BUILD_SPELLING_INDEX);
  return linter;
}

// Settings with only `rule` switched on (at warning), so that a test sees that rule's findings alone.
inline lint::Settings only(const std::string& rule) {
  lint::Settings settings = shared_linter().data().defaults;
  for (const auto& row : lint::rules().rows())
    settings.rule(row.name).set_severity(row.name == rule ? lint::Severity::warning : lint::Severity::off);
  return settings;
}

// A library file "lib.yaml" whose statements' text scalars are written as given (after "text: "), one per
// statement, on lines 10, 13, 16, ... from column 11.
inline std::shared_ptr<const SourceText> library_text(const std::vector<std::string>& scalars,
                                                      const std::string& extra = "") {
  std::string text =
      "library: lib\ntitle: Test\nsource: Tests\ngroups:\n  - id: g\n    title: G\nstatements:\n";
  int n = 0;
  for (const auto& scalar : scalars) {
    text += "  - id: s" + std::to_string(++n) + "\n    group: g\n    text: " + scalar + "\n";
  }
  return yaml("lib.yaml", text + extra);
}

// "line:col: severity: message [rule] / suggestion" for each finding.
inline std::vector<std::string> describe(const lint::LintReport& report) {
  std::vector<std::string> out;
  for (const auto& f : report.findings) {
    out.push_back(std::to_string(f.location.line) + ":" + std::to_string(f.location.column) + ": " +
                  std::string(lint::to_string(f.severity)) + ": " + f.message + " [" + f.rule + "] / " +
                  f.suggestion);
  }
  return out;
}

inline lint::LintReport lint_library(const std::vector<std::string>& scalars, const lint::Settings& settings,
                                     const std::string& extra = "") {
  const Library library = load_library(library_text(scalars, extra), "lib");
  return shared_linter().check(lint::subject_of(library), settings);
}

// The findings of `rule` alone on statements written as the given scalars.
inline std::vector<std::string> findings(const std::string& rule, const std::vector<std::string>& scalars,
                                         const std::string& extra = "") {
  return describe(lint_library(scalars, only(rule), extra));
}

}  // namespace pledge::test
