#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <unordered_map>

#include "lint/checks.hpp"
#include "lint/linter.hpp"

namespace pledge::lint {

namespace {

// Words too common to say what a statement is about.
bool is_stop_word(std::string_view word) {
  static constexpr std::array<std::string_view, 40> words = {
      "a",    "an",    "the",  "and",  "or",   "to",    "of",   "in",   "for", "with",
      "we",   "our",   "you",  "your", "is",   "are",   "be",   "will", "can", "on",
      "at",   "by",    "that", "this", "it",   "their", "they", "them", "us",  "as",
      "from", "about", "who",  "what", "when", "how",   "if",   "all",  "any", "have"};
  return std::find(words.begin(), words.end(), word) != words.end();
}

}  // namespace

void check_doubled_words(const StatementView& statement, const SubjectContext&, const RuleSettings&,
                         RawFindings& out) {
  const auto& tokens = statement.tokens.tokens;
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    const Token& previous = tokens[i - 1];
    const Token& token = tokens[i];
    // "had had" and "that that" are good English.
    if (token.kind != TokenKind::word || token.lower != previous.lower || token.lower == "had" ||
        token.lower == "that") {
      continue;
    }
    const std::string_view between = statement.text.substr(previous.end, token.begin - previous.end);
    if (between.find_first_not_of(" \n") != std::string_view::npos)
      continue;
    const std::string word(statement.text.substr(token.begin, token.end - token.begin));
    out.push_back(RawFinding{statement.index, token.begin, "'" + word + "' is written twice",
                             "delete one '" + word + "'"});
  }
}

void check_near_duplicates(const SubjectContext& context, const RuleSettings& settings, RawFindings& out) {
  // Each statement as its set of content words; pairs are found through an index of which statements use each
  // word, so that statements with nothing in common cost nothing. Similarity is shared words over all words
  // (Jaccard).
  const double max_similarity = settings.number("max-similarity");
  const auto count = context.statements.size();
  std::vector<std::vector<std::string_view>> sets(count);
  // Two statements whose figures differ say different things however many words they share ("lasts 15 to
  // 20 minutes", "lasts an hour"): their numbers must be the same for them to be repeats.
  std::vector<std::vector<std::string_view>> numbers(count);
  std::unordered_map<std::string_view, std::vector<int>> users;
  for (std::size_t s = 0; s < count; ++s) {
    auto& words = sets[s];
    for (const Token& token : context.statements[s]->tokens.tokens) {
      if (token.kind == TokenKind::word && !is_stop_word(token.lower))
        words.push_back(token.lower);
      else if (token.kind == TokenKind::number)
        numbers[s].push_back(token.lower);
    }
    for (auto* list : {&words, &numbers[s]}) {
      std::sort(list->begin(), list->end());
      list->erase(std::unique(list->begin(), list->end()), list->end());
    }
  }
  // A word that many statements use says no more about any of them than a stop word does; the first
  // max_users statements to use it are compared through it, later ones not, so that the check stays linear
  // however many statements there are (100,000 alike took over a minute): far more than any pledge or
  // library has, so their findings are as before.
  constexpr std::size_t max_users = 1000;
  std::vector<int> tally(count, 0);
  std::vector<int> touched;
  for (std::size_t later = 0; later < count; ++later) {
    const auto later_size = static_cast<int>(sets[later].size());
    touched.clear();
    for (auto word : sets[later]) {
      auto& list = users[word];
      if (list.size() >= max_users)
        continue;
      for (int earlier : list) {
        if (tally[static_cast<std::size_t>(earlier)]++ == 0)
          touched.push_back(earlier);
      }
      list.push_back(static_cast<int>(later));
    }
    int best = -1;
    double best_similarity = 0;
    for (int earlier : touched) {
      const auto e = static_cast<std::size_t>(earlier);
      const int common = tally[e];
      tally[e] = 0;
      // Statements of one or two content words say too little to call them repeats.
      if (later_size < 3 || sets[e].size() < 3 || numbers[e] != numbers[later])
        continue;
      const double similarity =
          static_cast<double>(common) / (static_cast<int>(sets[e].size()) + later_size - common);
      if (similarity > best_similarity || (similarity == best_similarity && earlier < best)) {
        best_similarity = similarity;
        best = earlier;
      }
    }
    if (best < 0 || best_similarity < max_similarity)
      continue;
    const int percent = static_cast<int>(std::lround(best_similarity * 100));
    const StatementView& earlier = *context.statements[static_cast<std::size_t>(best)];
    out.push_back(RawFinding{context.statements[later]->index, whole_text,
                             "statement repeats '" +
                                 context.texts[static_cast<std::size_t>(earlier.index)].ref +
                                 "': " + std::to_string(percent) + "% of their words are the same",
                             "merge the two statements or drop one"});
  }
}

}  // namespace pledge::lint
