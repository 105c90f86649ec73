#pragma once

#include <string>
#include <string_view>

namespace pledge::render {

// What to do with a single word wider than the line.
enum class LongWords {
  fail,         // the text does not fit at this size (fit searches then try a smaller size)
  break_inside  // break it, after '/' or '-' where possible (refs in narrow table columns), never silently
                // clip
};

// The code points of UTF-8 `text` (an invalid byte stands for U+FFFD).
std::u32string code_points(std::string_view text);

}  // namespace pledge::render
