#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pledge::render {

// The width of a piece of text set at 1 pt, in points. Word wrapping only needs this, so tests can give a
// fake.
using MeasureText = std::function<double(std::string_view)>;

// What to do with a single word wider than the line.
enum class LongWords {
  fail,         // the text does not fit at this size (fit searches then try a smaller size)
  break_inside  // break it, after '/' or '-' where possible (refs in narrow table columns), never silently
                // clip
};

// Breaks `text` into lines no wider than `width` points at `size` pt. Words are only ever broken between, at
// spaces: no hyphenation, so that every word comes back whole from the PDF. Runs of whitespace count as one
// space; a newline starts a new line. Returns nothing if a word is wider than the line and `long_words` is
// fail.
std::optional<std::vector<std::string>> wrap_text(std::string_view text, double size, double width,
                                                  const MeasureText& measure,
                                                  LongWords long_words = LongWords::fail);

// Characters libharu's UTF-8 path cannot show (outside the Basic Multilingual Plane, such as emoji) become
// '?', and invalid UTF-8 bytes too; each replaced code point is appended to `replaced` (0xFFFD for invalid
// bytes).
std::string printable_text(std::string_view text, std::vector<char32_t>* replaced = nullptr);

// The code points of `text` (valid UTF-8 assumed, as printable_text gives).
std::u32string code_points(std::string_view text);

// "U+1F600" for messages.
std::string code_point_name(char32_t code_point);

}  // namespace pledge::render
