#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace pledge::report {

// A JSON value as every report prints it: indented by two spaces and ending with a newline. Invalid UTF-8 is
// replaced, not thrown: a report should never fail on a stray byte.
std::string json_document(const nlohmann::ordered_json& value);

}  // namespace pledge::report
