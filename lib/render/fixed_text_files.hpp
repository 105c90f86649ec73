#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "model/fixed_texts.hpp"
#include "model/resolved_pledge.hpp"
#include "render/render_options.hpp"

namespace pledge::render {

// The fixed-text files of languages folders, the nearest first (see find_fixed_text_file), each read and
// checked the first time a document needs its language and then kept, so that a batch of a thousand services
// reads cy.yaml once. Safe to share between the threads of a batch.
class FixedTextFiles {
 public:
  explicit FixedTextFiles(std::vector<std::filesystem::path> folders) : m_folders(std::move(folders)) {}

  // The shipped languages folder of this program (see InstallLayout).
  static std::filesystem::path shipped_folder();

  // The languages/ folder of each library folder, in their order (--library-path, PLEDGE_LIBRARY_PATH, then
  // the shipped statements): a facilitator's pl.yaml beside their libraries is found before a shipped one.
  static std::vector<std::filesystem::path> folders_of(
      const std::vector<std::filesystem::path>& library_folders);

  const std::vector<std::filesystem::path>& folders() const { return m_folders; }

  // The texts of `language`; throws Error if there is none (missing_fixed_texts: the language meant, those
  // there are, the file to write), or what is wrong in it.
  const FixedTexts& of(std::string_view language);

  // The languages the folders have a file for (the TAG of each TAG.yaml), sorted, each once.
  std::vector<std::string> languages() const;

  // The texts of `language`, asked for by name (`--language`): the same as of(), whose error for a language
  // without a file names the nearest language, lists those there are, and names the file to write.
  const FixedTexts& chosen(std::string_view language);

 private:
  std::vector<std::filesystem::path> m_folders;
  std::mutex m_mutex;
  std::map<std::string, std::unique_ptr<const FixedTexts>, std::less<>> m_loaded;
};

// The fixed texts of each language the pledge's documents are in, in the pledge's order (its `languages:`, or
// its one language; `--language` leaves one): the first is the documents' own language, their /Lang, and the
// others follow it at the same size. A language without a file is an error at the service's `languages:`.
std::vector<const FixedTexts*> texts_of(const ResolvedPledge& pledge, FixedTextFiles& files);

// The same with the files the render options share (RenderOptions::fixed_texts).
std::vector<const FixedTexts*> texts_of(const ResolvedPledge& pledge, const RenderOptions& options);

// The fixed texts of a report over many services: those of RenderOptions::report_language (see chosen).
const FixedTexts& report_texts(const RenderOptions& options);

}  // namespace pledge::render
