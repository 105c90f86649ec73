#include "render/text.hpp"

#include <algorithm>
#include <cstdio>

namespace pledge::render {

namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\r';
}

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

// Splits a word too wide for the line into pieces that fit, preferring to break after '/' or '-'.
std::vector<std::string> break_word(std::string_view word, double size, double width,
                                    const MeasureText& measure) {
  std::vector<std::string> pieces;
  while (!word.empty()) {
    std::size_t fit = 0;        // bytes of the longest prefix that fits, on a character boundary
    std::size_t preferred = 0;  // the same, ending just after '/' or '-'
    for (std::size_t at = 0; at < word.size();) {
      std::size_t length = sequence_length(static_cast<unsigned char>(word[at]));
      if (length == 0)
        length = 1;
      const std::size_t end = std::min(word.size(), at + length);
      if (measure(word.substr(0, end)) * size > width && fit > 0)
        break;
      fit = end;
      if (word[at] == '/' || word[at] == '-')
        preferred = end;
      at = end;
    }
    const std::size_t cut = preferred > 0 && fit < word.size() ? preferred : fit;
    pieces.emplace_back(word.substr(0, cut));
    word.remove_prefix(cut);
  }
  return pieces;
}

}  // namespace

std::optional<std::vector<std::string>> wrap_text(std::string_view text, double size, double width,
                                                  const MeasureText& measure, LongWords long_words) {
  std::vector<std::string> lines;
  const double space = measure(" ") * size;
  std::size_t at = 0;
  while (at <= text.size()) {
    const std::size_t end = std::min(text.find('\n', at), text.size());
    const std::string_view paragraph = text.substr(at, end - at);
    std::string line;
    double line_width = 0;
    bool any_word = false;
    for (std::size_t w = 0; w < paragraph.size();) {
      while (w < paragraph.size() && is_space(paragraph[w]))
        ++w;
      std::size_t w_end = w;
      while (w_end < paragraph.size() && !is_space(paragraph[w_end]))
        ++w_end;
      if (w_end == w)
        break;
      const std::string_view word = paragraph.substr(w, w_end - w);
      w = w_end;
      any_word = true;
      const double word_width = measure(word) * size;
      if (!line.empty() && line_width + space + word_width <= width) {
        line += ' ';
        line += word;
        line_width += space + word_width;
        continue;
      }
      if (!line.empty())
        lines.push_back(std::move(line));
      line.clear();
      line_width = 0;
      if (word_width <= width) {
        line = word;
        line_width = word_width;
        continue;
      }
      if (long_words == LongWords::fail)
        return std::nullopt;
      std::vector<std::string> pieces = break_word(word, size, width, measure);
      line = std::move(pieces.back());
      line_width = measure(line) * size;
      pieces.pop_back();
      for (auto& piece : pieces)
        lines.push_back(std::move(piece));
    }
    if (!line.empty() || (!any_word && end < text.size()))
      lines.push_back(std::move(line));
    at = end + 1;
  }
  return lines;
}

std::string printable_text(std::string_view text, std::vector<char32_t>* replaced) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t length = sequence_length(static_cast<unsigned char>(text[at]));
    const char32_t c = length == 0 ? 0xFFFFFFFF : decode(text, at, length);
    if (c == 0xFFFFFFFF || c > 0xFFFF) {
      out += '?';
      if (replaced)
        replaced->push_back(c == 0xFFFFFFFF ? 0xFFFD : c);
      at += c == 0xFFFFFFFF ? 1 : length;
      continue;
    }
    out.append(text.substr(at, length));
    at += length;
  }
  return out;
}

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

std::string code_point_name(char32_t code_point) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(code_point));
  return buffer;
}

}  // namespace pledge::render
