#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pledge::lint {

// What a run of text is, for the rules that look at words.
enum class TokenKind {
  word,     // letters, with apostrophes and hyphens inside ("don't", "follow-up", "Siân")
  number,   // anything with a digit in it ("111", "24/7", "QS15")
  address,  // a web or email address
};

// One token of a statement. Offsets are bytes into the statement's text.
struct Token {
  std::size_t begin = 0;
  std::size_t end = 0;
  TokenKind kind = TokenKind::word;
  std::string lower;  // lower-case copy (ASCII letters only) for matching; empty for addresses
  int sentence = 0;   // index of the sentence the token belongs to
};

struct Sentence {
  std::size_t begin = 0;  // byte offset of its first token
  int words = 0;          // word and number tokens
};

// A statement cut into tokens and sentences in one pass, without regular expressions (the linter runs this
// on every statement, so it has to be cheap).
struct TokenizedText {
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;

  int word_count() const;
};

TokenizedText tokenize(std::string_view text);

// True for a token written in capitals ("NHS", "GPs"): at least two capital letters, lower-case only as a
// plural "s" at the end.
bool is_acronym(std::string_view word);

// Number of UTF-8 code points in `text`: how columns count.
int count_characters(std::string_view text);

// A copy with ASCII letters in lower case, for matching words case-insensitively (other letters unchanged).
std::string ascii_lower(std::string_view text);

// A copy in lower case, for matching words case-insensitively in any language pledge checks: ASCII letters
// and the capitals of Latin-1 Supplement and Latin Extended-A (Welsh Ô, Ŵ and Ŷ, French É, Polish Ł) as
// Unicode's simple case mapping lowers them; other characters unchanged.
std::string lower_case(std::string_view text);

// A copy with ASCII letters in capitals, as the spelling rule tries a word written in capitals ("ok" is
// "OK").
std::string ascii_upper(std::string_view text);

}  // namespace pledge::lint
