#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/coverage.hpp"

namespace pledge {

enum class CoverageFormat { text, csv, json, markdown };

std::optional<CoverageFormat> parse_coverage_format(std::string_view name);

std::string format_coverage(const CoverageMatrix& matrix, CoverageFormat format);

}  // namespace pledge
