#include <string>
#include <unordered_set>

#include "lint/checks.hpp"

namespace pledge::lint {

namespace {

// "GPs" -> "GP": the plural needs no separate explanation.
std::string singular(std::string_view acronym) {
  return std::string(acronym.ends_with('s') ? acronym.substr(0, acronym.size() - 1) : acronym);
}

bool next_non_space_is(std::string_view text, std::size_t from, char wanted) {
  while (from < text.size() && text[from] == ' ')
    ++from;
  return from < text.size() && text[from] == wanted;
}

}  // namespace

void check_acronyms(const SubjectContext& context, const RuleSettings&, RawFindings& out) {
  // Spelled out anywhere in the subject: "Care Quality Commission (CQC)" or "CQC (Care Quality Commission)".
  std::unordered_set<std::string> explained;
  for (const StatementView* const each : context.statements) {
    const StatementView& statement = *each;
    for (const Token& token : statement.tokens.tokens) {
      const std::string_view word = statement.text.substr(token.begin, token.end - token.begin);
      if (!is_acronym(word))
        continue;
      const bool in_brackets = token.begin > 0 && statement.text[token.begin - 1] == '(' &&
                               token.end < statement.text.size() && statement.text[token.end] == ')';
      if (in_brackets || next_non_space_is(statement.text, token.end, '('))
        explained.insert(singular(word));
    }
  }
  std::unordered_set<std::string> reported;
  for (const StatementView* const each : context.statements) {
    const StatementView& statement = *each;
    for (const Token& token : statement.tokens.tokens) {
      const std::string_view word = statement.text.substr(token.begin, token.end - token.begin);
      if (token.kind != TokenKind::word || !is_acronym(word))
        continue;
      const std::string key = singular(word);
      if (context.data.known_acronyms.count(key) != 0 || context.glossary_terms.count(key) != 0 ||
          context.glossary_terms.count(std::string(word)) != 0 || explained.count(key) != 0 ||
          !reported.insert(key).second) {
        continue;
      }
      out.push_back(
          RawFinding{statement.index, token.begin,
                     "acronym '" + key + "' is not spelled out in this pledge or explained in a glossary",
                     "write it in full the first time, followed by (" + key + "), or add '" + key +
                         ": what it stands for' under 'glossary:'"});
    }
  }
}

}  // namespace pledge::lint
