#include <cmath>
#include <string>

#include <fmt/core.h>

#include "lint/checks.hpp"

namespace pledge::lint {

ReadingCounts count_for_reading(const TokenizedText& text, const SyllableExceptions& exceptions) {
  ReadingCounts counts;
  counts.sentences = static_cast<int>(text.sentences.size());
  for (const Token& token : text.tokens) {
    ++counts.words;
    // Numbers and addresses are read as one short word each: a rough count, but they are rare in a pledge.
    counts.syllables += token.kind == TokenKind::word ? count_syllables(token.lower, exceptions) : 1;
  }
  return counts;
}

double reading_ease(const ReadingCounts& counts) {
  if (counts.words == 0 || counts.sentences == 0)
    return 0;
  return 206.835 - 1.015 * (static_cast<double>(counts.words) / counts.sentences) -
         84.6 * (static_cast<double>(counts.syllables) / counts.words);
}

double reading_grade(const ReadingCounts& counts) {
  if (counts.words == 0 || counts.sentences == 0)
    return 0;
  return 0.39 * (static_cast<double>(counts.words) / counts.sentences) +
         11.8 * (static_cast<double>(counts.syllables) / counts.words) - 15.59;
}

std::string one_decimal(double value) {
  const double rounded = std::round(value * 10.0) / 10.0;
  return fmt::format("{:.1f}", rounded == 0.0 ? 0.0 : rounded);
}

namespace {

// A finding if the counts cross the thresholds; `what` is "statement" or "the pledge as a whole".
void check_counts(const ReadingCounts& counts, int statement, double max_grade, double min_ease,
                  std::string_view what, RawFindings& out) {
  if (counts.words == 0)
    return;
  // Compared as shown (one decimal place), so that a message never says 8.0 is above 8.0.
  const double grade = std::round(reading_grade(counts) * 10.0) / 10.0;
  const double ease = std::round(reading_ease(counts) * 10.0) / 10.0;
  if (grade <= max_grade && ease >= min_ease)
    return;
  // A reading age is the US grade plus five: the scale the NHS uses for patient information.
  out.push_back(
      RawFinding{statement, whole_text,
                 std::string(what) + " is hard to read: Flesch-Kincaid grade " + one_decimal(grade) +
                     " (reading age about " + std::to_string(static_cast<int>(std::lround(grade)) + 5) +
                     "), reading ease " + one_decimal(ease),
                 "aim for grade " + one_decimal(max_grade) + " or below and reading ease " +
                     one_decimal(min_ease) + " or above: use shorter sentences and everyday words"});
}

}  // namespace

void check_readability(const StatementView& statement, const SubjectContext&, const RuleSettings& settings,
                       RawFindings& out) {
  const ReadingCounts& counts = statement.reading;
  if (counts.sentences == 0 || counts.words < settings.whole_number("min-sentence-words") * counts.sentences)
    return;
  check_counts(statement.reading, statement.index, settings.number("max-grade"),
               settings.number("min-reading-ease"), "statement", out);
}

void check_whole_readability(const SubjectContext& context, const RuleSettings& settings, RawFindings& out) {
  check_counts(context.reading, -1, settings.number("pledge-max-grade"),
               settings.number("pledge-min-reading-ease"), "the " + std::string(context.kind) + " as a whole",
               out);
}

}  // namespace pledge::lint
