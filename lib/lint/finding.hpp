#pragma once

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "base/error.hpp"
#include "base/name_table.hpp"

namespace pledge::lint {

// How much a finding matters. `off` switches a rule off; it never appears on a finding.
enum class Severity { off, info, warning, error };

struct SeverityName {
  std::string_view name;  // as settings and reports write it
  Severity severity;
};

// error, warning, info and off, in the order messages list them.
const NameTable<SeverityName>& severities();

std::string_view to_string(Severity severity);

// "error", "warning", "info" or "off"; nullopt for anything else.
std::optional<Severity> parse_severity(std::string_view text);

// One problem the linter found in a statement (or in a pledge as a whole): data, for the CLI to format.
struct Finding {
  std::string rule;  // the rule's id, such as "spelling"
  Severity severity = Severity::warning;
  Location location;       // the offending word where it can be pinned down, else the start of the text
  std::string message;     // what is wrong
  std::string suggestion;  // what to do about it (may be empty)
  std::string ref;         // the statement's ref, empty for whole-file findings
  // SHA-256 (hex) of the statement's text, or for a finding about a whole file of its kind and file name:
  // with the rule and the ref, what a baseline keys a finding by, so that moving a statement keeps it and
  // rewording it does not.
  std::string text_digest = {};
  // The files of the run (indices into LintReport::files) whose text has this finding: one service or
  // library, or every service of the run that keeps a library statement. Empty outside a run (lint_files).
  std::vector<std::size_t> files = {};

  friend bool operator==(const Finding&, const Finding&) = default;
};

// Reading scores of one statement, or of a whole pledge or library (ref empty), reported even when no
// threshold is crossed so that teams can watch them improve.
struct ReadabilityScore {
  std::string ref;
  Location location;
  int words = 0;
  int sentences = 0;
  int syllables = 0;
  double reading_ease = 0;  // Flesch reading ease: higher is easier; 60 to 70 is plain English
  double grade = 0;         // Flesch-Kincaid grade (US school year); add 5 for a reading age
};

// Texts in a language that rules on in the run do not check ("cy": readability, jargon, passive, acronym).
struct SkippedTexts {
  std::string language;
  std::string rules;  // "readability, jargon, passive and acronym"
  // Each text left out, as its file:line:col: a library text kept by several services of a run is one text.
  std::set<std::string> texts;
  bool several_rules = false;
};

// "4 texts in cy not checked by readability, jargon, passive and acronym: those rules do not check cy"
std::string to_string(const SkippedTexts& skipped);

// Adds `more` to `into`, one entry for each language and set of rules, so that a run over many files says
// what it left out once.
void add_skipped(std::vector<SkippedTexts>& into, const std::vector<SkippedTexts>& more);

// A file a lint run checked: a service file (its pledge) or a statement library.
struct LintedFile {
  std::string file;
  std::string kind;   // "pledge" or "library"
  std::string name;   // the service's name, or the library's id
  std::string label;  // short, for the text format's prefix: the file name without .pledge.yaml
};

// A file a lint run could not read, and why (its problems may be in the libraries it selects).
struct UnreadFile {
  std::string file;
  std::vector<Diagnostic> problems;
};

// An entry of a baseline (see baseline.hpp) that no finding of the run matched any more.
struct StaleBaselineEntry {
  Location location;  // the entry in the baseline file
  std::string rule;
  std::string ref;
};

// Everything one lint run found, in file order.
struct LintReport {
  std::vector<Finding> findings;
  std::vector<ReadabilityScore> scores;  // of the texts the readability rule applies to (English)
  // The texts of each language that some rules do not check (the rules table's languages).
  std::vector<SkippedTexts> skipped;
  std::vector<LintedFile> files;  // what Finding::files indexes
  std::vector<UnreadFile> unread;
  std::vector<StaleBaselineEntry> stale_baseline;

  int count(Severity severity) const;
};

}  // namespace pledge::lint
