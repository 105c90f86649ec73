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

// The fixed-text files of a languages folder (statements/languages), each read and checked the first time a
// document needs its language and then kept, so that a batch of a thousand services reads cy.yaml once. Safe
// to share between the threads of a batch.
class FixedTextFiles {
 public:
  explicit FixedTextFiles(std::filesystem::path folder) : m_folder(std::move(folder)) {}

  // The shipped languages folder of this program (see InstallLayout).
  static std::filesystem::path shipped_folder();

  const std::filesystem::path& folder() const { return m_folder; }

  // The texts of `language`; throws Error naming the file to write if there is none, or what is wrong in it.
  const FixedTexts& of(std::string_view language);

  // The languages the folder has a file for (the TAG of each TAG.yaml), sorted.
  std::vector<std::string> languages() const;

  // The texts of `language`, asked for by name (`--language`): one without a file is an Error that names the
  // nearest language and lists those there are.
  const FixedTexts& chosen(std::string_view language);

 private:
  std::filesystem::path m_folder;
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
