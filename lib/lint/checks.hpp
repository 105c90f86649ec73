#pragma once

// The rules' checks, one file each, run by Linter::check. Internal to lib/lint.

#include <cstddef>
#include <functional>
#include <span>
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
  int statement = -1;
  std::size_t offset = whole_text;
  std::string message;
  std::string suggestion;
  const RuleSettings* rule = nullptr;  // set by the linter: the rule whose check found it
};

using RawFindings = std::vector<RawFinding>;

// Words, sentences and syllables of a text, for the Flesch scores.
struct ReadingCounts {
  int words = 0;
  int sentences = 0;
  int syllables = 0;
};

// One statement, tokenized and counted once and shared by every check.
struct StatementView {
  int index = 0;
  std::string_view text;
  std::string_view language;  // a BCP 47 tag
  TokenizedText tokens;
  ReadingCounts reading;
};

// What the checks share across one subject.
struct SubjectContext {
  const LintData& data;
  // The statements a subject check sees: all of them, or those in the languages of its rule's row. Pointers
  // into the linter's views, so that a rule kept to some languages is given them without copying their
  // tokens.
  std::span<const StatementView* const> statements;
  const std::vector<StatementText>& texts;
  std::string_view kind;  // "pledge" or "library", for findings about the whole
  ReadingCounts reading;  // of all the statements together
  std::unordered_set<std::string>
      accepted_words;  // lower case: subject words, settings words, glossary terms
  std::unordered_set<std::string> glossary_terms;  // as written
  // The checker of a language the spelling rule applies to, made at its first spelling check and kept by
  // the Linter.
  std::function<SpellChecker&(std::string_view language)> spell_checker;
};

// The checks of the rules table (rules.cpp), one file each: on each statement, then across them all.
StatementCheck check_spelling, check_readability, check_sentence_length, check_jargon, check_passive,
    check_doubled_words, check_typography, check_length;
SubjectCheck check_whole_readability, check_acronyms, check_near_duplicates, check_mixed_quotes;

// Readability scores of counted text.
ReadingCounts count_for_reading(const TokenizedText& text, const SyllableExceptions& exceptions);
double reading_ease(const ReadingCounts& counts);
double reading_grade(const ReadingCounts& counts);

// "12.3": one decimal place, as reports show scores.
std::string one_decimal(double value);

}  // namespace pledge::lint
