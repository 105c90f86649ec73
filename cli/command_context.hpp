#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "model/library_catalog.hpp"

namespace pledge::cli {

// What every subcommand shares: the global options, and the subcommand chosen on the command line.
struct CommandContext {
  std::vector<std::string> library_paths;  // --library-path, in the order given
  std::function<int()> run;                // set by the subcommand that was named

  // The library folders in search order: --library-path, then PLEDGE_LIBRARY_PATH, then the shipped
  // statements (base/install_layout.hpp: installed beside the binary, or the source tree's statements/).
  std::vector<std::filesystem::path> library_folders() const;

  LibraryCatalog catalog() const { return LibraryCatalog(library_folders()); }

  // The lint rules' data and the spelling index, where the install layout has them.
  std::filesystem::path lint_data_folder() const;
  std::filesystem::path spelling_index() const;
};

// Exit statuses, as documented in pledge(1).
inline constexpr int exit_ok = 0;
inline constexpr int exit_findings = 1;
inline constexpr int exit_bad_input = 2;

}  // namespace pledge::cli
