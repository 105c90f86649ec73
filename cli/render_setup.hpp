#pragma once

#include <string>
#include <vector>

#include "base/error.hpp"
#include "render/render_options.hpp"

namespace pledge::cli {

// The render options of `build` and `checklist`: the font (--font, checked before anything is rendered) and
// SOURCE_DATE_EPOCH from the environment.
render::RenderOptions render_options_from(const std::string& font);

// Prints warnings to stderr as "file:line:col: warning: message".
void print_warnings(const std::vector<Diagnostic>& warnings);

}  // namespace pledge::cli
