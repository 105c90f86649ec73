#include "model/library_catalog.hpp"

#include <system_error>

#include "base/nearest_name.hpp"
#include "model/yaml_reader.hpp"

namespace pledge {

LibraryCatalog::LibraryCatalog(std::vector<std::filesystem::path> folders) : m_folders(std::move(folders)) {
  for (const auto& folder : m_folders) {
    std::error_code ec;
    std::filesystem::directory_iterator it(folder, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      const auto& path = it->path();
      if (path.extension() != ".yaml" || !is_valid_id(path.stem().string()))
        continue;
      m_paths.try_emplace(path.stem().string(), path);  // an earlier folder keeps its library
    }
  }
}

std::vector<std::string> LibraryCatalog::ids() const {
  std::vector<std::string> out;
  for (const auto& entry : m_paths)
    out.push_back(entry.first);
  return out;
}

std::optional<std::filesystem::path> LibraryCatalog::find(std::string_view id) const {
  auto it = m_paths.find(id);
  if (it == m_paths.end())
    return std::nullopt;
  return it->second;
}

std::string LibraryCatalog::unknown_library_message(std::string_view id) const {
  std::string message = "unknown library '" + std::string(id) + "'";
  std::string hint = did_you_mean(id, ids());
  if (!hint.empty())
    return message + hint;
  if (m_folders.empty())
    return message + "; no library folder is set (use --library-path or PLEDGE_LIBRARY_PATH)";
  message += "; looked in";
  for (const auto& folder : m_folders)
    message += " " + folder.string();
  return message + " (see 'pledge list')";
}

std::vector<const Library*> LibraryCatalog::load_each(const std::vector<std::string>& ids) {
  std::vector<const Library*> libraries;
  DiagnosticList problems;
  for (const auto& id : ids) {
    try {
      libraries.push_back(&load(id));
    } catch (const Error& e) {
      problems.append(e);
    }
  }
  problems.throw_if_any();
  return libraries;
}

const Library& LibraryCatalog::load(std::string_view id) {
  if (auto it = m_loaded.find(id); it != m_loaded.end())
    return *it->second;
  auto path = find(id);
  if (!path)
    throw Error(unknown_library_message(id));
  auto library = std::make_unique<Library>(load_library_file(*path));
  return *m_loaded.emplace(std::string(id), std::move(library)).first->second;
}

}  // namespace pledge
