#include <string>

#include "lint/checks.hpp"

namespace pledge::lint {

void check_sentence_length(const StatementView& statement, const SubjectContext&,
                           const RuleSettings& settings, RawFindings& out) {
  const int max_words = settings.whole_number("max-words");
  for (const Sentence& sentence : statement.tokens.sentences) {
    if (sentence.words <= max_words)
      continue;
    out.push_back(RawFinding{
        statement.index, sentence.begin,
        "sentence of " + std::to_string(sentence.words) + " words; the limit is " + std::to_string(max_words),
        "split it into shorter sentences, one idea each"});
  }
}

void check_length(const StatementView& statement, const SubjectContext&, const RuleSettings& settings,
                  RawFindings& out) {
  const int words = statement.tokens.word_count();
  const int max_words = settings.whole_number("max-words");
  if (words <= max_words)
    return;
  out.push_back(RawFinding{statement.index, whole_text,
                           "statement of " + std::to_string(words) +
                               " words is too long for a poster; the limit is " + std::to_string(max_words),
                           "keep to one promise, in " + std::to_string(max_words) + " words or fewer"});
}

}  // namespace pledge::lint
