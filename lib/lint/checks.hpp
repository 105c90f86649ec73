#pragma once

// The rules' checks, one file each, run by Linter::check. Internal to lib/lint.

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "lint/finding.hpp"
#include "lint/lint_data.hpp"
#include "lint/settings.hpp"
#include "lint/spell_checker.hpp"
#include "lint/tokens.hpp"

namespace pledge::lint {

struct StatementText;

inline constexpr std::size_t whole_text = static_cast<std::size_t>(-1);

// A finding before its place in the file is worked out: which statement (or none, for the whole subject) and
// the byte offset of the offending text inside it (or whole_text for the start of the scalar).
struct RawFinding {
  std::string_view rule;
  int statement = -1;
  std::size_t offset = whole_text;
  std::string message;
  std::string suggestion;
};

using RawFindings = std::vector<RawFinding>;

// One statement, tokenized once and shared by every check.
struct StatementView {
  int index = 0;
  std::string_view text;
  TokenizedText tokens;
};

// What the checks share across one subject.
struct SubjectContext {
  const LintData& data;
  const Settings& settings;
  const std::vector<StatementView>& statements;
  const std::vector<StatementText>& texts;
  std::unordered_set<std::string>
      accepted_words;  // lower case: subject words, settings words, glossary terms
  std::unordered_set<std::string> glossary_terms;  // as written
};

void check_spelling(const StatementView& statement, const SubjectContext& context, SpellChecker& checker,
                    RawFindings& out);
void check_jargon(const StatementView& statement, const SubjectContext& context, RawFindings& out);
void check_passive(const StatementView& statement, const SubjectContext& context, RawFindings& out);
void check_sentence_length(const StatementView& statement, const SubjectContext& context, RawFindings& out);
void check_length(const StatementView& statement, const SubjectContext& context, RawFindings& out);
void check_doubled_words(const StatementView& statement, RawFindings& out);
void check_typography(const StatementView& statement, const SubjectContext& context, RawFindings& out);

// Checks across the subject's statements.
void check_acronyms(const SubjectContext& context, RawFindings& out);
void check_near_duplicates(const SubjectContext& context, RawFindings& out);
void check_mixed_quotes(const SubjectContext& context, RawFindings& out);

// Readability: words, sentences and syllables of one statement.
struct ReadingCounts {
  int words = 0;
  int sentences = 0;
  int syllables = 0;
};
ReadingCounts count_for_reading(const StatementView& statement, const SyllableExceptions& exceptions);
double reading_ease(const ReadingCounts& counts);
double reading_grade(const ReadingCounts& counts);
// A finding if the counts cross the thresholds; `what` is "statement" or "pledge".
void check_readability(const ReadingCounts& counts, int statement, double max_grade, double min_ease,
                       std::string_view what, RawFindings& out);

// "12.3": one decimal place, as reports show scores.
std::string one_decimal(double value);

}  // namespace pledge::lint
