#include "report/json_document.hpp"

#include "base/utf8.hpp"

namespace pledge::report {

namespace {

using Json = nlohmann::ordered_json;

// `value` with invalid UTF-8 in its strings and keys escaped as base/utf8 says.
Json escaped(const Json& value) {
  if (value.is_string())
    return escape_invalid_utf8(value.get_ref<const std::string&>());
  if (value.is_array()) {
    Json out = Json::array();
    for (const auto& item : value)
      out.push_back(escaped(item));
    return out;
  }
  if (value.is_object()) {
    Json out = Json::object();
    for (const auto& [key, item] : value.items())
      out[escape_invalid_utf8(key)] = escaped(item);
    return out;
  }
  return value;
}

}  // namespace

std::string json_document(const Json& value) {
  try {
    return value.dump(2) + "\n";
  } catch (const Json::type_error&) {
    // Only invalid UTF-8 makes dump() throw; such a string is usually a path the file system gave us.
    return escaped(value).dump(2) + "\n";
  }
}

}  // namespace pledge::report
