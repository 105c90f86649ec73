#pragma once

#include <map>
#include <string>
#include <string_view>

namespace pledge::lint {

// Words whose syllables the rules below get wrong, with the right count (lower case):
// statements/lint/syllables.yaml.
using SyllableExceptions = std::map<std::string, int, std::less<>>;

// Syllables in one English word (any case; apostrophes and hyphens allowed), for the Flesch formulas: the
// exceptions list first, then vowel groups corrected for silent and split vowels. Always at least 1.
int count_syllables(std::string_view word, const SyllableExceptions& exceptions = {});

}  // namespace pledge::lint
