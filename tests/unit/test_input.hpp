#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "base/error.hpp"
#include "model/library_catalog.hpp"
#include "model/resolved_pledge.hpp"
#include "base/source_text.hpp"

namespace pledge::test {

// An input file held in memory, named as the diagnostics will name it.
inline std::shared_ptr<const SourceText> yaml(std::string name, std::string text) {
  return std::make_shared<const SourceText>(std::move(name), std::move(text));
}

// A fresh temporary folder, removed with the object.
class TempFolder {
 public:
  TempFolder() {
    std::string pattern = (std::filesystem::temp_directory_path() / "pledge-test-XXXXXX").string();
    m_path = mkdtemp(pattern.data());
  }
  ~TempFolder() { std::filesystem::remove_all(m_path); }
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;

  const std::filesystem::path& path() const { return m_path; }
  std::filesystem::path write(const std::string& name, const std::string& text) const {
    const auto file = m_path / name;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << text;
    return file;
  }

 private:
  std::filesystem::path m_path;
};

// Statement libraries written to a temporary folder, and a catalog reading them.
class LibraryFolder {
 public:
  void add(const std::string& id, const std::string& text) {
    m_folder.write(id + ".yaml", text);
    m_catalog = LibraryCatalog({m_folder.path()});  // a catalog lists its folders once, when made
  }
  LibraryCatalog& catalog() { return m_catalog; }
  const std::filesystem::path& path() const { return m_folder.path(); }
  ResolvedPledge resolve(const std::string& name, const std::string& service_text) {
    return pledge::resolve(yaml(name, service_text), m_catalog);
  }

 private:
  TempFolder m_folder;
  LibraryCatalog m_catalog{{}};
};

// Runs `action`, which must throw Error, and returns its diagnostics as "file:line:col: message" lines.
template <typename Action>
std::string error_of(Action&& action) {
  try {
    action();
  } catch (const Error& e) {
    return describe(e);
  }
  return "(no error)";
}

}  // namespace pledge::test
