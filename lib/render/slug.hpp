#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace pledge::render {

// The folder name a service's documents go in: lowercase ASCII letters, digits and single hyphens, with
// common accented letters transliterated ("Siân's Ward – Ŵy" -> "sians-ward-wy"). Never empty ("service" when
// nothing is left) and never a path: no '/', '.' or '..', so it cannot escape the output folder. At most
// max_slug_length characters: a longer one is cut at a hyphen and ends with 8 hex digits of the name's
// SHA-256, so that it stays unique.
std::string service_slug(std::string_view service);

inline constexpr std::size_t max_slug_length = 80;

}  // namespace pledge::render
