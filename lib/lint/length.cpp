#include <string>

#include "lint/checks.hpp"

namespace pledge::lint {

void check_sentence_length(const StatementView& statement, const SubjectContext& context, RawFindings& out) {
  for (const Sentence& sentence : statement.tokens.sentences) {
    if (sentence.words <= context.settings.sentence_max_words)
      continue;
    out.push_back(RawFinding{"sentence-length", statement.index, sentence.begin,
                             "sentence of " + std::to_string(sentence.words) + " words; the limit is " +
                                 std::to_string(context.settings.sentence_max_words),
                             "split it into shorter sentences, one idea each"});
  }
}

void check_length(const StatementView& statement, const SubjectContext& context, RawFindings& out) {
  const int words = statement.tokens.word_count();
  if (words <= context.settings.statement_max_words)
    return;
  out.push_back(RawFinding{
      "length", statement.index, whole_text,
      "statement of " + std::to_string(words) + " words is too long for a poster; the limit is " +
          std::to_string(context.settings.statement_max_words),
      "keep to one promise, in " + std::to_string(context.settings.statement_max_words) + " words or fewer"});
}

}  // namespace pledge::lint
