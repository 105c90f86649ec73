#pragma once

#include <cstddef>
#include <string_view>

#include "base/source_text.hpp"

namespace pledge::lint {

// Where the character at byte `offset` of a scalar's value is written in its file. `scalar` is where the
// scalar starts (its opening quote, if quoted). Exact for a plain or quoted scalar written on one line, in
// block or flow style ({cy: ...}; quoted ones may use the '' and \" escapes); for a scalar spread over
// several lines, or a block scalar (| or >), the start of the scalar, since folding makes the mapping
// ambiguous. `source` may be null (then the start too).
Location locate_in_scalar(const SourceText* source, const Location& scalar, std::string_view value,
                          std::size_t offset);

// True if line `line_text` carries a `# pledge-lint: disable=RULE[,RULE]` comment naming `rule` (or `all`).
bool suppresses(std::string_view line_text, std::string_view rule);

}  // namespace pledge::lint
