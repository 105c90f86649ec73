#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/pledge_diff.hpp"

namespace pledge {

enum class DiffFormat { text, json };

std::optional<DiffFormat> parse_diff_format(std::string_view name);

std::string format_diff(const PledgeDiff& diff, DiffFormat format);

}  // namespace pledge
