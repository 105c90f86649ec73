#include "model/service_discovery.hpp"

#include <algorithm>
#include <set>
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
  // A file named twice (given twice, or also found in a folder given) is built once, as first named: taken
  // twice, it collided with itself over its output folder.
  std::set<std::filesystem::path> seen;
  const auto add = [&](const std::filesystem::path& file) {
    std::error_code ec;
    std::filesystem::path same = std::filesystem::weakly_canonical(file, ec);
    if (ec)
      same = std::filesystem::absolute(file).lexically_normal();
    if (seen.insert(same).second)
      out.push_back(file);
  };
  for (const auto& given : paths) {
    const std::filesystem::path path(given);
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status)) {
      throw Error("no such file or folder; give service files or folders holding *.pledge.yaml files",
                  Location{given, 0, 0});
    }
    if (!std::filesystem::is_directory(status)) {
      add(path);
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
    for (const auto& file : found)
      add(file);
  }
  return out;
}

}  // namespace pledge
