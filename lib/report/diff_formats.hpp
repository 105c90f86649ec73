#pragma once

#include "model/pledge_diff.hpp"
#include "report/output_format.hpp"

namespace pledge::report {

// The statement-level differences between two versions of a pledge; each ends with a newline.
using DiffFormat = OutputFormat<PledgeDiff>;

// `pledge diff --format`: text and json.
extern const NameTable<DiffFormat> diff_formats;

}  // namespace pledge::report
