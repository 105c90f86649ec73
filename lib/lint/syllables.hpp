#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace pledge::lint {

// Words whose syllables the rules below get wrong, with the right count (lower case):
// statements/lint/syllables.yaml.
// Looked up for every word read, so hashed, and by string_view without building a string.
struct WordHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view word) const { return std::hash<std::string_view>{}(word); }
};
using SyllableExceptions = std::unordered_map<std::string, int, WordHash, std::equal_to<>>;

// Syllables in one English word (any case; apostrophes and hyphens allowed), for the Flesch formulas: the
// exceptions list first, then vowel groups corrected for silent and split vowels. Always at least 1.
int count_syllables(std::string_view word, const SyllableExceptions& exceptions = {});

}  // namespace pledge::lint
