#include "model/service_discovery.hpp"

#include <algorithm>
#include <system_error>

#include "base/error.hpp"

namespace pledge {

namespace {

bool is_service_file_name(const std::string& name) {
  return name == "pledge.yaml" || (name.size() > 12 && name.ends_with(".pledge.yaml"));
}

}  // namespace

std::vector<std::filesystem::path> find_service_files(const std::vector<std::string>& paths) {
  std::vector<std::filesystem::path> out;
  for (const auto& given : paths) {
    const std::filesystem::path path(given);
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status)) {
      throw Error("no such file or folder; give service files or folders holding *.pledge.yaml files",
                  Location{given, 0, 0});
    }
    if (!std::filesystem::is_directory(status)) {
      out.push_back(path);
      continue;
    }
    std::vector<std::filesystem::path> found;
    std::filesystem::recursive_directory_iterator it(
        path, std::filesystem::directory_options::skip_permission_denied, ec),
        end;
    for (; !ec && it != end; it.increment(ec)) {
      if (it->is_regular_file(ec) && is_service_file_name(it->path().filename().string()))
        found.push_back(it->path());
    }
    if (ec)
      throw Error("cannot read folder: " + ec.message(), Location{given, 0, 0});
    if (found.empty()) {
      throw Error("no service files (*.pledge.yaml or pledge.yaml) in this folder", Location{given, 0, 0});
    }
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

}  // namespace pledge
