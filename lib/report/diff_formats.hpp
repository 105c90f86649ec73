#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "model/pledge_diff.hpp"
#include "report/output_format.hpp"

namespace pledge::report {

// The statement-level differences between two versions of a pledge; each ends with a newline.
using DiffFormat = OutputFormat<PledgeDiff>;

// `pledge diff --format`: text and json.
extern const NameTable<DiffFormat> diff_formats;

// The diffs of the service files of a folder that changed (`pledge diff --git REV DIR`), of
// `files_compared` in all: in text each diff in turn, or "no changes in N service files"; in JSON
// {"files_compared": N, "diffs": [...]}, each as the JSON format writes one.
std::string write_diffs(const DiffFormat& format, const std::vector<PledgeDiff>& diffs,
                        std::size_t files_compared);

}  // namespace pledge::report
