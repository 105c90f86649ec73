#include "render/fixed_text_files.hpp"

#include <algorithm>

#include "base/install_layout.hpp"
#include "base/nearest_name.hpp"

namespace pledge::render {

std::filesystem::path FixedTextFiles::shipped_folder() {
  return InstallLayout::of_this_program().statements_folder() / "languages";
}

std::vector<std::filesystem::path> FixedTextFiles::folders_of(
    const std::vector<std::filesystem::path>& library_folders) {
  std::vector<std::filesystem::path> folders;
  folders.reserve(library_folders.size());
  for (const std::filesystem::path& folder : library_folders)
    folders.push_back(folder / "languages");
  return folders;
}

const FixedTexts& FixedTextFiles::of(std::string_view language) {
  const std::lock_guard lock(m_mutex);
  if (auto found = m_loaded.find(language); found != m_loaded.end())
    return *found->second;
  auto texts = std::make_unique<const FixedTexts>(texts_for(language, m_folders));
  return *m_loaded.emplace(std::string(language), std::move(texts)).first->second;
}

std::vector<std::string> FixedTextFiles::languages() const {
  std::vector<std::string> out;
  for (const std::filesystem::path& folder : m_folders) {
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
      std::error_code kind;
      if (entry.path().extension() == ".yaml" && entry.is_regular_file(kind))
        out.push_back(entry.path().stem().string());
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

const FixedTexts& FixedTextFiles::chosen(std::string_view language) {
  const std::vector<std::string> there = languages();
  if (std::find(there.begin(), there.end(), language) == there.end()) {
    std::string list;
    for (const std::string& tag : there)
      list += (list.empty() ? "" : ", ") + tag;
    const std::string nearest = did_you_mean(language, there);
    const std::filesystem::path nearest_folder =
        m_folders.empty() ? std::filesystem::path() : m_folders.front();
    throw Error("no fixed texts for " + std::string(language) + (nearest.empty() ? "." : nearest) +
                " There are fixed texts for " + (list.empty() ? std::string("no language") : list) +
                "; to add " + std::string(language) + ", write " +
                (nearest_folder / (std::string(language) + ".yaml")).string() +
                " (copy en-GB.yaml and translate each text)");
  }
  return of(language);
}

std::vector<const FixedTexts*> texts_of(const ResolvedPledge& pledge, FixedTextFiles& files) {
  std::vector<const FixedTexts*> texts;
  texts.reserve(pledge.languages.size());
  for (const std::string& language : pledge.languages) {
    try {
      texts.push_back(&files.of(language));
    } catch (const Error& e) {
      // A file that is there but wrong names its own places; one that is missing is the service's choice.
      const ServiceFile* service = pledge.service_file.get();
      if (e.diagnostics().size() != 1 || e.diagnostics().front().where || !service ||
          service->languages.empty() || !service->source_text)
        throw;
      const Location& where = service->languages_location;
      throw Error(e.diagnostics().front().message, where,
                  std::string(service->source_text->line(where.line)));
    }
  }
  return texts;
}

std::vector<const FixedTexts*> texts_of(const ResolvedPledge& pledge, const RenderOptions& options) {
  return texts_of(pledge, *options.fixed_texts);
}

const FixedTexts& report_texts(const RenderOptions& options) {
  return options.fixed_texts->chosen(options.report_language);
}

}  // namespace pledge::render
