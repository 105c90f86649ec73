#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "base/string_hash.hpp"

namespace pledge::lint {

// Words whose syllables the rules below get wrong, with the right count (lower case):
// statements/lint/syllables.yaml.
// Looked up for every word read, so hashed, and by string_view without building a string.
using SyllableExceptions = std::unordered_map<std::string, int, StringHash, std::equal_to<>>;

// Syllables in one English word (any case; apostrophes and hyphens allowed), for the Flesch formulas: the
// exceptions list first, then vowel groups corrected for silent and split vowels. Always at least 1.
int count_syllables(std::string_view word, const SyllableExceptions& exceptions = {});

}  // namespace pledge::lint
