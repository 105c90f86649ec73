#pragma once

#include <string>
#include <string_view>

namespace pledge::render {

// The folder name a service's documents go in: lowercase ASCII letters, digits and single hyphens, with
// common accented letters transliterated ("Siân's Ward – Ŵy" -> "sians-ward-wy"). Never empty ("service" when
// nothing is left) and never a path: no '/', '.' or '..', so it cannot escape the output folder.
std::string service_slug(std::string_view service);

}  // namespace pledge::render
