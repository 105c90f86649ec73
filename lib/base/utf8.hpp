#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace pledge {

// Length of the well-formed UTF-8 sequence at byte `i` of `text` (1 to 4), or 0 if none starts there: an
// overlong form, a surrogate, a code point past U+10FFFF, a stray continuation byte or a cut-off sequence.
std::size_t utf8_sequence_length(std::string_view text, std::size_t i);

// `text` with every byte that is not part of well-formed UTF-8 written as \xHH (a file name such as
// "typo\xFE.pledge.yaml"), so that JSON, SARIF and manifests, which must be UTF-8, can hold any path and a
// reader can still tell which file it was. The one rule for such bytes in everything pledge writes.
std::string escape_invalid_utf8(std::string_view text);

// `text` with control characters written as \xHH (C0 and DEL) or \u00HH (C1), all but tab and line feed:
// a value printed to a terminal must not move the cursor, change colours or ring the bell (a double-quoted
// YAML value may hold "\e[31m").
std::string escape_control_characters(std::string_view text);

}  // namespace pledge
