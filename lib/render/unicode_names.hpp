#pragma once

#include <filesystem>
#include <string>

namespace pledge::render {

// Where Debian's unicode-data package installs the Unicode Character Database's UnicodeData.txt.
inline const std::filesystem::path unicode_data_file = "/usr/share/unicode/UnicodeData.txt";

// The character's Unicode name ("LATIN SMALL LETTER W WITH CIRCUMFLEX"; "CJK UNIFIED IDEOGRAPH-4E2D" and
// "HANGUL SYLLABLE HAN" for the ranges the file lists by their ends; a control character's Unicode 1.0 name),
// read from `file` on first use and kept; empty if the file or the character is not there.
std::string unicode_name(char32_t c, const std::filesystem::path& file = unicode_data_file);

// "U+0175 LATIN SMALL LETTER W WITH CIRCUMFLEX" for messages; "U+0175" alone if the name is not known.
std::string describe_character(char32_t c, const std::filesystem::path& file = unicode_data_file);

}  // namespace pledge::render
