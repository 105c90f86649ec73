#include "lint/syllables.hpp"

#include <array>

namespace pledge::lint {

namespace {

bool is_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

bool ends_with(std::string_view word, std::string_view end) {
  return word.size() >= end.size() && word.ends_with(end);
}

// Vowel pairs that are usually two syllables ("cre-ate", "pi-ano", "flu-id"), where counting vowel groups
// would give one.
bool splits(char first, char second) {
  static constexpr std::array<std::string_view, 9> pairs = {"ia", "io", "ea", "ua", "uo",
                                                            "iu", "eo", "ii", "uu"};
  for (auto p : pairs) {
    if (p[0] == first && p[1] == second)
      return true;
  }
  return false;
}

int count_part(std::string_view word);

// A silent "e" stays silent before a suffix ("safely", "careful", "management"): count the stem on its own.
int count_with_suffix(std::string_view word) {
  static constexpr std::array<std::pair<std::string_view, int>, 8> suffixes = {
      {{"fully", 2}, {"ful", 1}, {"ly", 1}, {"ments", 1}, {"ment", 1}, {"ness", 1}, {"less", 1}, {"s", 0}}};
  for (const auto& [suffix, syllables] : suffixes) {
    if (suffix == "s" || word.size() < suffix.size() + 3 || !word.ends_with(suffix))
      continue;
    const std::string_view stem = word.substr(0, word.size() - suffix.size());
    if (stem.back() == 'e' && !is_vowel(stem[stem.size() - 2]))
      return count_part(stem) + syllables;
  }
  return -1;
}

int count_part(std::string_view word) {
  if (word.empty())
    return 0;
  if (const int with_suffix = count_with_suffix(word); with_suffix > 0)
    return with_suffix;
  int count = 0;
  bool previous_vowel = false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    // A "y" after a vowel is a consonant sound ("play"), as is the "u" of "qu" ("quiet").
    const bool vowel =
        is_vowel(c) && !(c == 'y' && i > 0 && previous_vowel) && !(c == 'u' && i > 0 && word[i - 1] == 'q');
    if (vowel && !previous_vowel)
      ++count;
    previous_vowel = vowel;
  }
  // Silent final "e" ("care", "make"), but not "-le" after a consonant ("table", "people") nor "the", "be".
  if (word.size() > 2 && word.back() == 'e' && !is_vowel(word[word.size() - 2])) {
    const bool consonant_le =
        word[word.size() - 2] == 'l' && word.size() > 3 && !is_vowel(word[word.size() - 3]);
    if (!consonant_le)
      --count;
  }
  // Silent "-es" and "-ed" ("cares", "involved"), but spoken after s/x/z/ch/sh ("uses", "wishes") and t/d
  // ("needed", "treated").
  if (word.size() > 3 && (ends_with(word, "es") || ends_with(word, "ed")) &&
      !is_vowel(word[word.size() - 3])) {
    const char before = word[word.size() - 3];
    const bool spoken = word.back() == 'd' ? (before == 't' || before == 'd')
                                           : (before == 's' || before == 'x' || before == 'z' ||
                                              before == 'c' || before == 'h' || before == 'g');
    const bool consonant_les = ends_with(word, "les") && word.size() > 4 && !is_vowel(word[word.size() - 4]);
    if (!spoken && !consonant_les)
      --count;
  }
  // Split vowel pairs, except the common "-tion", "-sion", "-cian", "-cial", "-tial", "-ious" endings that
  // run together ("na-tion", "spe-cial").
  for (std::size_t i = 0; i + 1 < word.size(); ++i) {
    if (!splits(word[i], word[i + 1]))
      continue;
    if (i > 0 && (word[i - 1] == 't' || word[i - 1] == 's' || word[i - 1] == 'c' || word[i - 1] == 'x') &&
        (word[i] == 'i' || word[i] == 'e')) {
      continue;  // -tion, -sion, -cial, -cious, -xious, -tial, -ocean
    }
    // "ea" is usually one sound ("each", "health") except at the end ("idea", "area") and in "-eate"
    // ("create").
    const std::string_view after = word.substr(i + 2);
    if (word[i] == 'e' && word[i + 1] == 'a' && !after.empty() && after != "s" && after != "te" &&
        after != "tes") {
      continue;
    }
    if (word[i] == 'u' && i > 0 && (word[i - 1] == 'q' || word[i - 1] == 'g'))
      continue;  // "qua", "gua"
    ++count;
  }
  // "ie" before n or t is two sounds ("experience", "client", "quiet"), but not in -tient, -cient, -sient.
  for (std::size_t i = 1; i + 2 < word.size(); ++i) {
    if (word[i] == 'i' && word[i + 1] == 'e' && (word[i + 2] == 'n' || word[i + 2] == 't') &&
        word[i - 1] != 't' && word[i - 1] != 'c' && word[i - 1] != 's') {
      ++count;
    }
  }
  // A vowel before "-ing" is its own syllable ("being", "going", "doing").
  if (word.size() > 4 && word.ends_with("ing") && is_vowel(word[word.size() - 4]) &&
      word[word.size() - 4] != 'y') {
    ++count;
  }
  // "co-ordinate", "co-operate"; "-uity" ("continuity").
  if (word.starts_with("coor") || word.starts_with("coop"))
    ++count;
  if (word.find("uity") != std::string_view::npos)
    ++count;
  return count > 0 ? count : 1;
}

}  // namespace

int count_syllables(std::string_view word, const SyllableExceptions& exceptions) {
  // Lower-cased into a buffer on the stack: this runs for every word of every statement.
  std::array<char, 64> buffer{};
  if (word.size() > buffer.size())
    word = word.substr(0, buffer.size());
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    buffer[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  const std::string_view lower(buffer.data(), word.size());
  if (!exceptions.empty()) {
    if (auto it = exceptions.find(lower); it != exceptions.end())
      return it->second;
  }
  // Hyphenated words count part by part; apostrophes add nothing ("patient's" says "patients").
  int total = 0;
  std::size_t start = 0;
  std::array<char, 64> part_buffer{};
  while (start <= lower.size()) {
    std::size_t end = lower.find('-', start);
    if (end == std::string_view::npos)
      end = lower.size();
    std::size_t length = 0;
    for (std::size_t i = start; i < end; ++i) {
      const auto c = static_cast<unsigned char>(lower[i]);
      if (c >= 'a' && c <= 'z') {
        part_buffer[length++] = static_cast<char>(c);
      } else if (c == 0xC3) {
        part_buffer[length++] = 'e';  // an accented Latin letter ("Siân", "Zoë"): nearly always a vowel
      }
    }
    const std::string_view part(part_buffer.data(), length);
    auto it = exceptions.empty() || part.size() == lower.size() ? exceptions.end() : exceptions.find(part);
    if (it != exceptions.end()) {
      total += it->second;
    } else if (!part.empty()) {
      total += count_part(part);
    }
    start = end + 1;
  }
  return total > 0 ? total : 1;
}

}  // namespace pledge::lint
