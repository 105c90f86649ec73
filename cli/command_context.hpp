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

  // The library folders in search order: --library-path, then PLEDGE_LIBRARY_PATH, then the folder installed
  // beside the binary (share/pledgekit/statements) or, in a build tree, the source tree's statements/.
  std::vector<std::filesystem::path> library_folders() const;

  LibraryCatalog catalog() const { return LibraryCatalog(library_folders()); }

  // The lint rules' data (jargon, word lists, default settings): the `lint` folder inside the shipped
  // statements folder (installed share/pledgekit/statements, or statements/ in the source tree).
  std::filesystem::path lint_data_folder() const;

  // The spelling index made from the en_GB dictionary (lib/lint/spelling_index.hpp): installed beside the
  // statements folder, or made in the build tree. It may be missing; the spelling rule then loads hunspell.
  std::filesystem::path spelling_index() const;
};

// Exit statuses, as documented in pledge(1).
inline constexpr int exit_ok = 0;
inline constexpr int exit_findings = 1;
inline constexpr int exit_bad_input = 2;

}  // namespace pledge::cli
