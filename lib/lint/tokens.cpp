#include "lint/tokens.hpp"

#include <algorithm>
#include <array>

namespace pledge::lint {

namespace {

bool is_ascii_letter(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_digit(unsigned char c) {
  return c >= '0' && c <= '9';
}

// Length in bytes of the UTF-8 sequence starting with `lead` (1 for ASCII and for stray continuation bytes).
std::size_t sequence_length(unsigned char lead) {
  if (lead >= 0xF0)
    return 4;
  if (lead >= 0xE0)
    return 3;
  if (lead >= 0xC0)
    return 2;
  return 1;
}

enum class CharClass { space, letter, digit, apostrophe, hyphen, full_stop, terminal, other };

// Classifies the character at `i`; `length` receives its size in bytes. Non-ASCII characters are letters
// except spaces and the General Punctuation block (curly quotes, dashes, ellipsis), where the right single
// quote doubles as an apostrophe.
CharClass classify(std::string_view text, std::size_t i, std::size_t& length) {
  const auto c = static_cast<unsigned char>(text[i]);
  length = std::min(sequence_length(c), text.size() - i);
  if (c < 0x80) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
      return CharClass::space;
    if (is_ascii_letter(c))
      return CharClass::letter;
    if (is_digit(c))
      return CharClass::digit;
    if (c == '\'')
      return CharClass::apostrophe;
    if (c == '-')
      return CharClass::hyphen;
    if (c == '.')
      return CharClass::full_stop;
    if (c == '!' || c == '?')
      return CharClass::terminal;
    return CharClass::other;
  }
  if (length >= 2 && c == 0xC2 && static_cast<unsigned char>(text[i + 1]) == 0xA0)
    return CharClass::space;
  if (length == 3 && c == 0xE2 && (static_cast<unsigned char>(text[i + 1]) & 0xFE) == 0x80) {
    if (static_cast<unsigned char>(text[i + 1]) == 0x80 && static_cast<unsigned char>(text[i + 2]) == 0x99) {
      return CharClass::apostrophe;  // ’
    }
    return CharClass::other;
  }
  return CharClass::letter;
}

bool is_word_char(CharClass k) {
  return k == CharClass::letter || k == CharClass::digit;
}

// A web or email address: left whole, never spell-checked or counted for syllables.
bool looks_like_address(std::string_view chunk) {
  if (chunk.find("://") != std::string_view::npos || chunk.starts_with("www."))
    return true;
  const auto at = chunk.find('@');
  return at != std::string_view::npos && at > 0 && chunk.find('.', at) != std::string_view::npos;
}

// Abbreviations whose full stop does not end a sentence.
bool is_abbreviation(std::string_view lower) {
  static constexpr std::array<std::string_view, 10> list = {"e.g", "i.e", "etc", "dr", "mr",
                                                            "mrs", "ms",  "st",  "vs", "approx"};
  return std::find(list.begin(), list.end(), lower) != list.end();
}

// A copy with the 26 ASCII letters from `first` in the other case, from `to`; every other byte unchanged.
// The letters are template arguments so that each case's loop is compiled with its constants, as the
// tokenizer lowers every word with it.
template <char first, char to>
std::string ascii_case_changed(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= first && c <= first + 25)
      c = static_cast<char>(c - first + to);
  }
  return out;
}

// The lower-case letter of `code` (U+0080 to U+017F) if it is a capital of Latin-1 Supplement or Latin
// Extended-A, else `code`. Latin Extended-A pairs each capital with the letter after it, from an even code
// point up to U+0137 and from U+014A to U+0177, and from an odd one in between and from U+0179.
char32_t latin_lower(char32_t code) {
  if (code < 0x100)
    return code >= 0xC0 && code <= 0xDE && code != 0xD7 ? code + 0x20 : code;  // not ×
  if (code == 0x130)
    return U'i';  // İ
  if (code == 0x178)
    return 0xFF;  // Ÿ
  const bool pairs_from_even = code <= 0x137 || (code >= 0x14A && code <= 0x177);
  const bool pairs_from_odd = (code >= 0x139 && code <= 0x148) || (code >= 0x179 && code <= 0x17E);
  if ((pairs_from_even && code % 2 == 0) || (pairs_from_odd && code % 2 == 1))
    return code + 1;
  return code;
}

}  // namespace

int TokenizedText::word_count() const {
  return static_cast<int>(tokens.size());
}

TokenizedText tokenize(std::string_view text) {
  TokenizedText out;
  out.tokens.reserve(text.size() / 5 + 1);
  int sentence = 0;
  bool sentence_open = false;
  std::size_t i = 0;
  auto add_token = [&](std::size_t begin, std::size_t end, TokenKind kind) {
    Token token;
    token.begin = begin;
    token.end = end;
    token.kind = kind;
    if (kind != TokenKind::address)
      token.lower = ascii_lower(text.substr(begin, end - begin));
    if (!sentence_open) {
      out.sentences.push_back(Sentence{begin, 0});
      sentence_open = true;
    }
    token.sentence = sentence;
    ++out.sentences.back().words;
    out.tokens.push_back(std::move(token));
  };
  auto end_sentence = [&] {
    if (sentence_open) {
      sentence_open = false;
      ++sentence;
    }
  };

  while (i < text.size()) {
    std::size_t length = 1;
    CharClass kind = classify(text, i, length);
    if (kind == CharClass::space) {
      i += length;
      continue;
    }
    // Whole whitespace-separated chunks that are addresses stay one token.
    if (kind == CharClass::letter || kind == CharClass::digit) {
      std::size_t chunk_end = i;
      while (chunk_end < text.size() && text[chunk_end] != ' ' && text[chunk_end] != '\n' &&
             text[chunk_end] != '\t') {
        ++chunk_end;
      }
      std::string_view chunk = text.substr(i, chunk_end - i);
      if (looks_like_address(chunk)) {
        while (!chunk.empty() && (chunk.back() == '.' || chunk.back() == ',' || chunk.back() == ')' ||
                                  chunk.back() == ';' || chunk.back() == ':')) {
          chunk.remove_suffix(1);
        }
        add_token(i, i + chunk.size(), TokenKind::address);
        i += chunk.size();
        continue;
      }
    }
    if (!is_word_char(kind)) {
      if (kind == CharClass::full_stop || kind == CharClass::terminal) {
        // The end of a sentence: terminal punctuation followed by a space or the end, not after "e.g.".
        std::size_t next_length = 1;
        const bool at_break = i + length >= text.size() ||
                              classify(text, i + length, next_length) == CharClass::space ||
                              classify(text, i + length, next_length) == CharClass::other ||
                              classify(text, i + length, next_length) == CharClass::apostrophe;
        const bool abbreviation = kind == CharClass::full_stop && !out.tokens.empty() &&
                                  out.tokens.back().end == i && is_abbreviation(out.tokens.back().lower);
        if (at_break && !abbreviation)
          end_sentence();
      }
      i += length;
      continue;
    }
    // A word or number: word characters, joined by apostrophes and hyphens (and, in numbers, by . , / :).
    const std::size_t begin = i;
    bool has_digit = false;
    std::size_t end = i;
    while (i < text.size()) {
      kind = classify(text, i, length);
      if (is_word_char(kind)) {
        has_digit = has_digit || kind == CharClass::digit;
        i += length;
        end = i;
        continue;
      }
      std::size_t next_length = 1;
      const bool joins_next =
          i + length < text.size() && is_word_char(classify(text, i + length, next_length));
      const auto c = text[i];
      const bool number_joiner = has_digit && (c == '.' || c == ',' || c == '/' || c == ':');
      // "e.g": a single letter, a full stop, a single letter.
      const bool initial_joiner = c == '.' && joins_next && end - begin <= 3 &&
                                  (i + length + 1 >= text.size() || text[i + length + 1] == '.');
      if (joins_next &&
          (kind == CharClass::apostrophe || kind == CharClass::hyphen || number_joiner || initial_joiner)) {
        i += length;
        continue;
      }
      break;
    }
    add_token(begin, end, has_digit ? TokenKind::number : TokenKind::word);
  }
  return out;
}

bool is_acronym(std::string_view word) {
  int capitals = 0;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    if (c >= 'A' && c <= 'Z') {
      ++capitals;
    } else if (!(c == 's' && i + 1 == word.size() && capitals >= 2)) {
      return false;
    }
  }
  return capitals >= 2;
}

int count_characters(std::string_view text) {
  int count = 0;
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
      ++count;
  }
  return count;
}

std::string ascii_lower(std::string_view text) {
  return ascii_case_changed<'A', 'a'>(text);
}

std::string lower_case(std::string_view text) {
  // Its own ASCII loop: sharing ascii_case_changed with it, the compiler stopped inlining that into the
  // tokenizer (0.2% more instructions linting).
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z')
      c = static_cast<char>(c - 'A' + 'a');
  }
  for (std::size_t i = 0; i + 1 < out.size(); ++i) {
    // U+0080 to U+017F are the two-byte sequences that start 0xC2 to 0xC5.
    const auto c = static_cast<unsigned char>(out[i]);
    const auto next = static_cast<unsigned char>(out[i + 1]);
    if (c < 0xC2 || c > 0xC5 || (next & 0xC0) != 0x80)
      continue;
    const char32_t lower = latin_lower((static_cast<char32_t>(c & 0x1F) << 6) | (next & 0x3F));
    if (lower < 0x80) {
      out.replace(i, 2, 1, static_cast<char>(lower));
      continue;
    }
    out[i] = static_cast<char>(0xC0 | (lower >> 6));
    out[i + 1] = static_cast<char>(0x80 | (lower & 0x3F));
    ++i;
  }
  return out;
}

std::string ascii_upper(std::string_view text) {
  return ascii_case_changed<'a', 'A'>(text);
}

}  // namespace pledge::lint
