#include "build/manifest.hpp"

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "base/version.hpp"
#include "report/json_document.hpp"

namespace pledge::build {

std::string manifest_json(const std::vector<OutputRecord>& outputs) {
  nlohmann::ordered_json files = nlohmann::ordered_json::array();
  for (const auto& o : outputs) {
    nlohmann::ordered_json entry;
    entry["path"] = o.path.generic_string();
    entry["size"] = o.size;
    entry["sha256"] = o.sha256;
    if (o.current)
      entry["current"] = true;
    files.push_back(std::move(entry));
  }
  nlohmann::ordered_json root;
  root["tool"] = fmt::format("pledgekit {}", version);
  root["files"] = std::move(files);
  return report::json_document(root);
}

}  // namespace pledge::build
