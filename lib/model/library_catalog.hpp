#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/library.hpp"

namespace pledge {

// The statement libraries a run can see: every `<id>.yaml` in a list of folders searched in order, the first
// folder holding an id winning (as with PATH). Libraries are read on first use and kept.
class LibraryCatalog {
 public:
  explicit LibraryCatalog(std::vector<std::filesystem::path> folders);

  const std::vector<std::filesystem::path>& folders() const { return m_folders; }

  // Every library id found, sorted.
  std::vector<std::string> ids() const;

  std::optional<std::filesystem::path> find(std::string_view id) const;

  // The library with this id; throws Error if there is none (with a "did you mean") or if its file is
  // invalid.
  const Library& load(std::string_view id);

  // The libraries with these ids, in order; throws one Error with the problems of every id that fails.
  std::vector<const Library*> load_each(const std::vector<std::string>& ids);

  // "unknown library 'x'; did you mean 'y'?" with the folders searched: for callers that report it at a
  // place.
  std::string unknown_library_message(std::string_view id) const;

 private:
  std::vector<std::filesystem::path> m_folders;
  std::map<std::string, std::filesystem::path, std::less<>> m_paths;
  std::map<std::string, std::unique_ptr<Library>, std::less<>> m_loaded;
};

}  // namespace pledge
