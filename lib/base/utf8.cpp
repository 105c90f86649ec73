#include "base/utf8.hpp"

#include <algorithm>
#include <iterator>

namespace pledge {

namespace {

// The well-formed UTF-8 sequences by lead byte (the Unicode Standard, table 3-7): their length and the range
// of the second byte, narrower after E0, ED, F0 and F4 so that overlong forms, surrogates and code points
// past U+10FFFF are invalid too. Later bytes are always 80 to BF.
struct Utf8Lead {
  unsigned char first, last;  // the lead bytes of the row
  std::size_t length;
  unsigned char low, high;  // the second byte's range
};
constexpr Utf8Lead utf8_leads[] = {
    {0xC2, 0xDF, 2, 0x80, 0xBF}, {0xE0, 0xE0, 3, 0xA0, 0xBF}, {0xE1, 0xEC, 3, 0x80, 0xBF},
    {0xED, 0xED, 3, 0x80, 0x9F}, {0xEE, 0xEF, 3, 0x80, 0xBF}, {0xF0, 0xF0, 4, 0x90, 0xBF},
    {0xF1, 0xF3, 4, 0x80, 0xBF}, {0xF4, 0xF4, 4, 0x80, 0x8F},
};

}  // namespace

std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80)
    return 1;
  const auto row = std::find_if(std::begin(utf8_leads), std::end(utf8_leads),
                                [&](const Utf8Lead& r) { return lead >= r.first && lead <= r.last; });
  if (row == std::end(utf8_leads) || i + row->length > text.size())
    return 0;
  if (byte(i + 1) < row->low || byte(i + 1) > row->high)
    return 0;
  for (std::size_t k = 2; k < row->length; ++k) {
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF)
      return 0;
  }
  return row->length;
}

std::string escape_invalid_utf8(std::string_view text) {
  static const char digits[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    if (const std::size_t length = utf8_sequence_length(text, i); length > 0) {
      out.append(text.substr(i, length));
      i += length;
      continue;
    }
    const auto byte = static_cast<unsigned char>(text[i++]);
    out += "\\x";
    out += digits[byte >> 4];
    out += digits[byte & 15];
  }
  return out;
}

std::string escape_control_characters(std::string_view text) {
  static const char digits[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if ((byte < 0x20 && byte != '\t' && byte != '\n') || byte == 0x7F) {
      out += "\\x";
      out += digits[byte >> 4];
      out += digits[byte & 15];
    } else if (byte == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
      const auto c1 = static_cast<unsigned char>(text[++i]);
      out += "\\u00";
      out += digits[c1 >> 4];
      out += digits[c1 & 15];
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace pledge
