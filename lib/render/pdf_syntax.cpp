#include "render/pdf_syntax.hpp"

#include <cmath>

namespace pledge::render {

namespace {

// Calls `unit` with each UTF-16 code unit of UTF-8 `text` (an invalid byte as U+FFFD).
template <typename Unit>
void for_each_utf16_unit(std::string_view text, Unit unit) {
  for (std::size_t at = 0; at < text.size();) {
    const auto lead = static_cast<unsigned char>(text[at]);
    const std::size_t length = lead < 0x80 ? 1 : (lead & 0xE0) == 0xC0 ? 2 : (lead & 0xF0) == 0xE0 ? 3 : 4;
    char32_t c = length == 1 ? lead : lead & (0xFF >> (length + 1));
    bool valid = at + length <= text.size() && (length == 1 || lead >= 0xC2) && lead < 0xF5;
    for (std::size_t i = 1; valid && i < length; ++i) {
      const auto byte = static_cast<unsigned char>(text[at + i]);
      valid = (byte & 0xC0) == 0x80;
      c = (c << 6) | (byte & 0x3F);
    }
    if (!valid) {
      c = 0xFFFD;
      at += 1;
    } else {
      at += length;
    }
    if (c >= 0x10000) {
      unit(static_cast<unsigned>(0xD800 + ((c - 0x10000) >> 10)));
      unit(static_cast<unsigned>(0xDC00 + ((c - 0x10000) & 0x3FF)));
    } else {
      unit(static_cast<unsigned>(c));
    }
  }
}

}  // namespace

void append_number(std::string& out, double value, int decimals) {
  long long scale = 1;
  for (int i = 0; i < decimals; ++i)
    scale *= 10;
  long long scaled = std::llround(value * static_cast<double>(scale));
  if (scaled < 0) {
    out += '-';
    scaled = -scaled;
  }
  // The whole part's digits written backwards into a buffer: std::to_string would allocate a string for
  // each of the tens of thousands of numbers a document's text is placed with.
  char digits[20];
  char* const end = digits + sizeof digits;
  char* first = end;
  long long whole = scaled / scale;
  do {
    *--first = static_cast<char>('0' + whole % 10);
    whole /= 10;
  } while (whole > 0);
  out.append(first, static_cast<std::size_t>(end - first));
  long long fraction = scaled % scale;
  if (fraction == 0)
    return;
  out += '.';
  for (long long digit = scale / 10; digit > 0 && fraction != 0; digit /= 10) {
    out += static_cast<char>('0' + fraction / digit);
    fraction %= digit;
  }
}

void append_utf16_hex(std::string& out, std::string_view text) {
  static constexpr char digits[] = "0123456789ABCDEF";
  for_each_utf16_unit(text, [&out](unsigned value) {
    for (int shift = 12; shift >= 0; shift -= 4)
      out += digits[(value >> shift) & 0xF];
  });
}

std::string utf16_text_string(std::string_view text) {
  std::string out = "\xFE\xFF";
  for_each_utf16_unit(text, [&out](unsigned value) {
    out += static_cast<char>(value >> 8);
    out += static_cast<char>(value & 0xFF);
  });
  return out;
}

}  // namespace pledge::render
