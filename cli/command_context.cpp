#include "command_context.hpp"

#include <unistd.h>

#include <cstdlib>
#include <string_view>
#include <system_error>

namespace pledge::cli {

namespace {

std::filesystem::path executable_folder() {
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::filesystem::path() : exe.parent_path();
}

}  // namespace

std::vector<std::filesystem::path> CommandContext::library_folders() const {
  std::vector<std::filesystem::path> folders(library_paths.begin(), library_paths.end());
  if (const char* env = std::getenv("PLEDGE_LIBRARY_PATH")) {
    std::string_view rest = env;
    while (!rest.empty()) {
      const auto colon = rest.find(':');
      const std::string_view part = rest.substr(0, colon);
      if (!part.empty())
        folders.emplace_back(part);
      if (colon == std::string_view::npos)
        break;
      rest.remove_prefix(colon + 1);
    }
  }
  std::error_code ec;
  const auto installed = executable_folder() / ".." / "share" / "pledgekit" / "statements";
  if (!executable_folder().empty() && std::filesystem::is_directory(installed, ec)) {
    folders.push_back(installed.lexically_normal());
  } else {
    folders.emplace_back(PLEDGE_SOURCE_STATEMENTS_DIR);
  }
  return folders;
}

std::filesystem::path CommandContext::lint_data_folder() const {
  std::error_code ec;
  const auto installed = executable_folder() / ".." / "share" / "pledgekit" / "statements";
  if (!executable_folder().empty() && std::filesystem::is_directory(installed, ec)) {
    return (installed / "lint").lexically_normal();
  }
  return std::filesystem::path(PLEDGE_SOURCE_STATEMENTS_DIR) / "lint";
}

std::filesystem::path CommandContext::spelling_index() const {
  std::error_code ec;
  const auto installed = executable_folder() / ".." / "share" / "pledgekit" / "statements";
  if (!executable_folder().empty() && std::filesystem::is_directory(installed, ec)) {
    return (installed / ".." / "en_GB.spelling-index").lexically_normal();
  }
  return PLEDGE_BUILD_SPELLING_INDEX;
}

}  // namespace pledge::cli
