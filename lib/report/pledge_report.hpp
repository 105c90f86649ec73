#pragma once

#include "model/resolved_pledge.hpp"
#include "report/output_format.hpp"

namespace pledge::report {

// A resolved pledge written out for people (text, markdown) or programs (json, yaml), with the provenance of
// every statement; each ends with a newline.
using ResolveFormat = OutputFormat<ResolvedPledge>;

// `pledge resolve --format`: text, json, yaml and markdown.
extern const NameTable<ResolveFormat> resolve_formats;

}  // namespace pledge::report
