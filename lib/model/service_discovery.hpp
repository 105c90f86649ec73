#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace pledge {

// The service files named by command-line paths: a file is taken as given; a folder contributes every
// `*.pledge.yaml` and `pledge.yaml` below it, sorted by path so that batch runs are reproducible. A file
// named more than once, however spelt, is listed once, where first named. Throws Error for a path that does
// not exist, or if nothing is found.
std::vector<std::filesystem::path> find_service_files(const std::vector<std::string>& paths);

}  // namespace pledge
