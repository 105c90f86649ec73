#pragma once

#include <vector>

#include "base/error.hpp"
#include "model/resolved_pledge.hpp"

namespace pledge::render {

// Warnings for the characters the PDFs will show as '?' (outside the Basic Multilingual Plane, such as emoji,
// which libharu's UTF-8 text cannot show), one per text that has any, placed where the text is written.
std::vector<Diagnostic> replaced_characters(const ResolvedPledge& pledge);

}  // namespace pledge::render
