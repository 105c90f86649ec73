#include "command_context.hpp"

#include <cstdlib>
#include <string_view>

#include "base/install_layout.hpp"

namespace pledge::cli {

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
  folders.push_back(InstallLayout::of_this_program().statements_folder());
  return folders;
}

std::filesystem::path CommandContext::lint_data_folder() const {
  return InstallLayout::of_this_program().lint_data_folder();
}

std::filesystem::path CommandContext::spelling_index() const {
  return InstallLayout::of_this_program().spelling_index();
}

}  // namespace pledge::cli
