#include "render/fixed_text_files.hpp"

#include "base/install_layout.hpp"

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
  return fixed_text_languages(m_folders);
}

const FixedTexts& FixedTextFiles::chosen(std::string_view language) {
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
