#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace pledge::report {

// A JSON value as every report, SARIF log and manifest prints it: indented by two spaces and ending with a
// newline. Invalid UTF-8 (in a path, as a file name may hold any bytes) is written as \xHH
// (base/utf8.hpp's escape_invalid_utf8), not thrown: a report should never fail on a stray byte.
std::string json_document(const nlohmann::ordered_json& value);

}  // namespace pledge::report
