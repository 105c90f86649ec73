#pragma once

#include <string>
#include <string_view>

namespace pledge::render {

// How pledge writes values into PDF content streams and objects itself (libharu writes only the document's
// frame): one writer of each, so that every stream and string is written alike.

// `value` as a PDF number with up to `decimals` decimal places, without trailing zeros.
void append_number(std::string& out, double value, int decimals = 2);

// The UTF-16BE code units of UTF-8 `text` in hex, a character outside the Basic Multilingual Plane as a
// surrogate pair and an invalid byte as U+FFFD: the body of a hex string (ToUnicode maps, ActualText).
void append_utf16_hex(std::string& out, std::string_view text);

// `text` as the bytes of a PDF text string: UTF-16BE after a byte-order mark, which every reader takes for
// Unicode (ISO 32000-1, 7.9.2.2).
std::string utf16_text_string(std::string_view text);

}  // namespace pledge::render
