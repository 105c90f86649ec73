#include "render/text.hpp"

namespace pledge::render {

namespace {

// The length of the UTF-8 sequence starting with `lead`, or 0 if `lead` cannot start one.
std::size_t sequence_length(unsigned char lead) {
  if (lead < 0x80)
    return 1;
  if ((lead & 0xE0) == 0xC0)
    return lead >= 0xC2 ? 2 : 0;
  if ((lead & 0xF0) == 0xE0)
    return 3;
  if ((lead & 0xF8) == 0xF0)
    return lead <= 0xF4 ? 4 : 0;
  return 0;
}

// Decodes the sequence at `at`; returns 0xFFFFFFFF if it is invalid.
char32_t decode(std::string_view text, std::size_t at, std::size_t length) {
  const auto lead = static_cast<unsigned char>(text[at]);
  if (length == 1)
    return lead;
  if (at + length > text.size())
    return 0xFFFFFFFF;
  char32_t value = lead & (0xFF >> (length + 1));
  for (std::size_t i = 1; i < length; ++i) {
    const auto byte = static_cast<unsigned char>(text[at + i]);
    if ((byte & 0xC0) != 0x80)
      return 0xFFFFFFFF;
    value = (value << 6) | (byte & 0x3F);
  }
  static constexpr char32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
  if (value < smallest[length] || (value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF)
    return 0xFFFFFFFF;
  return value;
}

}  // namespace

std::u32string code_points(std::string_view text) {
  std::u32string out;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t length = sequence_length(static_cast<unsigned char>(text[at]));
    if (length == 0)
      length = 1;
    const char32_t c = decode(text, at, length);
    out += c == 0xFFFFFFFF ? U'\uFFFD' : c;
    at += length;
  }
  return out;
}

}  // namespace pledge::render
