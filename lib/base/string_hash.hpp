#pragma once

#include <cstddef>
#include <functional>
#include <string_view>

namespace pledge {

// The hash of a std::string key that a std::string_view can also be looked up by (with std::equal_to<>), so
// that a lookup on a hot path builds no string: words in the linter's and the shaper's caches, paragraphs and
// lines in a face's.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};

}  // namespace pledge
