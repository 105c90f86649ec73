#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/resolved_pledge.hpp"

namespace pledge {

enum class ReportFormat { text, json, yaml, markdown };

std::optional<ReportFormat> parse_report_format(std::string_view name);

// A resolved pledge written out for people (text, markdown) or programs (json, yaml), with the provenance of
// every statement. Ends with a newline.
std::string format_report(const ResolvedPledge& pledge, ReportFormat format);

}  // namespace pledge
