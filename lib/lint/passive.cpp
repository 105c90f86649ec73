#include <array>
#include <string>

#include "lint/checks.hpp"

namespace pledge::lint {

namespace {

bool is_be_verb(std::string_view word) {
  static constexpr std::array<std::string_view, 8> verbs = {"am",   "is", "are",  "was",
                                                            "were", "be", "been", "being"};
  for (auto v : verbs) {
    if (v == word)
      return true;
  }
  return false;
}

// Words that may stand between the be-verb and the participle ("are actively involved", "is not given").
bool is_in_between(std::string_view word) {
  static constexpr std::array<std::string_view, 12> words = {
      "not", "always", "never", "also", "often", "all", "still", "then", "only", "just", "both", "usually"};
  for (auto w : words) {
    if (w == word)
      return true;
  }
  return word.size() > 4 && word.ends_with("ly");
}

// Words that end the agent named after "by" ("by staff who can ..." names "staff").
bool ends_agent(std::string_view word) {
  static constexpr std::array<std::string_view, 14> words = {
      "who", "which", "that", "to", "and", "or", "when", "if", "so", "in", "for", "with", "about", "at"};
  for (auto w : words) {
    if (w == word)
      return true;
  }
  return false;
}

bool is_participle(const std::string& word, const LintData& data) {
  if (data.adjectives.count(word) != 0)
    return false;
  if (data.participles.count(word) != 0)
    return true;
  return word.size() >= 5 && word.ends_with("ed");
}

// After "called" or "named", a word that starts the name ("is called a pre-operative assessment") rather than
// what is done ("called by a nurse", "called back", "called when it is your turn").
bool names_after(std::string_view word) {
  static constexpr std::array<std::string_view, 20> acting = {
      "by",  "back", "again",    "in",    "to",     "when",  "if",    "for",   "on",  "at",
      "and", "or",   "tomorrow", "later", "before", "after", "first", "about", "out", "up"};
  for (auto w : acting) {
    if (w == word)
      return false;
  }
  return true;
}

}  // namespace

void check_passive(const StatementView& statement, const SubjectContext& context, const RuleSettings&,
                   RawFindings& out) {
  const auto& tokens = statement.tokens.tokens;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (!is_be_verb(tokens[i].lower))
      continue;
    std::size_t j = i + 1;
    while (j < tokens.size() && j < i + 3 && is_in_between(tokens[j].lower) &&
           tokens[j].sentence == tokens[i].sentence) {
      ++j;
    }
    if (j >= tokens.size() || tokens[j].sentence != tokens[i].sentence ||
        !is_participle(tokens[j].lower, context.data)) {
      continue;
    }
    // Naming, not acting: "this is called a pre-operative assessment", "is also known as pink eye". Followed
    // by "by", the verb is passive again ("you will be called by a nurse").
    if (j + 1 < tokens.size() && tokens[j + 1].sentence == tokens[j].sentence) {
      const std::string& next = tokens[j + 1].lower;
      const bool naming =
          ((tokens[j].lower == "called" || tokens[j].lower == "named") && names_after(next)) ||
          (tokens[j].lower == "known" && next == "as");
      if (naming) {
        i = j;
        continue;
      }
    }
    const std::string written(statement.text.substr(tokens[i].begin, tokens[j].end - tokens[i].begin));
    // "by healthcare professionals": the agent is named, so it only has to move to the front.
    std::string agent;
    for (std::size_t k = j + 1; k < tokens.size() && k < j + 8 && tokens[k].sentence == tokens[i].sentence;
         ++k) {
      if (tokens[k].lower != "by")
        continue;
      std::size_t last = k + 1;
      while (last + 1 < tokens.size() && last < k + 3 && tokens[last + 1].sentence == tokens[k].sentence &&
             !ends_agent(tokens[last + 1].lower) &&
             statement.text.substr(tokens[last].end, tokens[last + 1].begin - tokens[last].end) == " ") {
        ++last;
      }
      if (last < tokens.size())
        agent = statement.text.substr(tokens[k + 1].begin, tokens[last].end - tokens[k + 1].begin);
      break;
    }
    std::string suggestion = agent.empty()
                                 ? "say who does it, as in 'we tell you' rather than 'you are told'"
                                 : "start with who does it ('" + agent + "') and use an active verb";
    out.push_back(RawFinding{statement.index, tokens[i].begin, "passive voice '" + written + "'",
                             std::move(suggestion)});
    i = j;
  }
}

}  // namespace pledge::lint
