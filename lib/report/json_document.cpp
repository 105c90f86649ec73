#include "report/json_document.hpp"

namespace pledge::report {

std::string json_document(const nlohmann::ordered_json& value) {
  return value.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace pledge::report
