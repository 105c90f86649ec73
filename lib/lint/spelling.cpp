#include <algorithm>
#include <string>
#include <vector>

#include "base/utf8.hpp"
#include "lint/checks.hpp"
#include "lint/tokens.hpp"

namespace pledge::lint {

namespace {

// "patient's" -> "patient", "patients’" -> "patients": the possessive is grammar, not spelling.
std::string_view without_possessive(std::string_view word) {
  if (word.ends_with("'s") || word.ends_with("'"))
    return word.substr(0, word.size() - (word.back() == 's' ? 2 : 1));
  if (word.ends_with("\xE2\x80\x99s"))
    return word.substr(0, word.size() - 4);
  if (word.ends_with("\xE2\x80\x99"))
    return word.substr(0, word.size() - 3);
  return word;
}

// Whether the rule accepts `word`, which has letters beyond ASCII, for what lower_case lowers and ascii_lower
// does not: a project or service word in other capitals, or hunspell's rule that a Capitalised word is right
// if its lower-case form is, which the spelling index applies to ASCII words only ("Ôl" and "Ffôn" starting a
// Welsh sentence, "Élan" an English one). Only asked once the cheaper lookups have failed.
template <typename IsCorrect>
bool known_beyond_ascii(std::string_view word, const SubjectContext& context, IsCorrect& is_correct) {
  if (std::none_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }))
    return false;
  const std::string lower = lower_case(word);
  if (lower == word)
    return false;
  if (context.accepted_words.count(lower) != 0)
    return true;
  const std::size_t first = utf8_sequence_length(word, 0), lower_first = utf8_sequence_length(lower, 0);
  return first != 0 && lower_first != 0 &&
         word.substr(first) == std::string_view(lower).substr(lower_first) && is_correct(lower);
}

// Whether the rule accepts `word` (a project or service word in any case, or a dictionary word, possessive or
// not), with `is_correct` judging dictionary words.
template <typename IsCorrect>
bool known(std::string_view word, const SubjectContext& context, IsCorrect& is_correct) {
  if (context.accepted_words.count(ascii_lower(word)) != 0 || is_correct(word) ||
      known_beyond_ascii(word, context, is_correct))
    return true;
  const std::string_view base = without_possessive(word);
  return base.size() != word.size() && !base.empty() &&
         (context.accepted_words.count(ascii_lower(base)) != 0 || is_correct(base) ||
          known_beyond_ascii(base, context, is_correct));
}

// Hunspell's suggestions, after the word's own capitals where those make it right: "ok" is "OK" (a known
// acronym), "london" is "London", before any word an edit away ("bk", "of").
std::string suggestion_for(std::string_view word, const SubjectContext& context, SpellChecker& checker) {
  std::vector<std::string> options;
  const std::string upper = ascii_upper(word);
  if (upper != word && (context.data.known_acronyms.count(upper) != 0 || checker.is_correct(upper)))
    options.push_back(upper);
  std::string capitalised(word);
  capitalised[0] = upper[0];
  if (capitalised != word && capitalised != upper && checker.is_correct(capitalised))
    options.push_back(capitalised);
  for (auto& option : checker.suggestions(word)) {
    if (std::find(options.begin(), options.end(), option) == options.end())
      options.push_back(std::move(option));
  }
  constexpr std::size_t shown = 3;
  if (options.size() > shown)
    options.resize(shown);
  std::string out;
  for (std::size_t i = 0; i < options.size(); ++i) {
    if (i > 0)
      out += i + 1 == options.size() ? " or " : ", ";
    out += "'" + options[i] + "'";
  }
  if (out.empty())
    return "check the spelling; if the word is right, add it under 'words:'";
  return "did you mean " + out + "? If the word is right, add it under 'words:'";
}

}  // namespace

void check_spelling(const StatementView& statement, const SubjectContext& context, const RuleSettings&,
                    RawFindings& out) {
  SpellChecker& checker = context.spell_checker(statement.language);
  // Every word is judged twice if need be: first by what the checker knows without hunspell, then by
  // hunspell's verdict. The first can only accept what the second would, so the findings are the same; but
  // hunspell, slow to load, is not needed for words accepted some other way: "etc" (which the dictionary
  // lists only as "etc."), "carers'" (as "carers"), or a service word with "'s".
  auto at_once = [&](std::string_view word) { return checker.is_known_correct(word); };
  auto verdict = [&](std::string_view word) { return checker.is_correct(word); };
  auto accepted = [&](std::string_view word, bool before_full_stop, auto& is_correct) {
    // Abbreviations the dictionary lists with their full stop ("etc.", "approx.").
    return known(word, context, is_correct) || (before_full_stop && is_correct(std::string(word) + "."));
  };
  for (const Token& token : statement.tokens.tokens) {
    if (token.kind != TokenKind::word)
      continue;
    const std::string_view word = statement.text.substr(token.begin, token.end - token.begin);
    // Capitals are the acronym rule's; "e.g." is an abbreviation.
    if (is_acronym(word) || word.find('.') != std::string_view::npos)
      continue;
    const bool before_full_stop = token.end < statement.text.size() && statement.text[token.end] == '.';
    if (context.glossary_terms.count(std::string(word)) != 0 || accepted(word, before_full_stop, at_once) ||
        accepted(word, before_full_stop, verdict)) {
      continue;
    }
    // A hyphenated word is right if each part is ("follow-up", "well-being").
    for (std::size_t start = 0, hyphen = 0; hyphen != std::string_view::npos; start = hyphen + 1) {
      hyphen = word.find('-', start);
      const std::string_view part = word.substr(start, hyphen - start);
      if (!part.empty() && !known(part, context, at_once) && !known(part, context, verdict)) {
        out.push_back(RawFinding{statement.index, token.begin + start,
                                 "unknown word '" + std::string(part) + "'",
                                 suggestion_for(part, context, checker)});
      }
    }
  }
}

}  // namespace pledge::lint
