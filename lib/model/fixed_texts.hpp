#pragma once

#include <array>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/source_text.hpp"

namespace pledge {

// The texts the documents print around a pledge ("Our pledge", "Signed by our team", the checklist's column
// headings, "Page 1 of 2", month names) in one language, read from statements/languages/TAG.yaml so that a
// facilitator adds a language by writing one file.
class FixedTexts {
 public:
  const std::string& language() const { return m_language; }

  // The text of `key`, one of fixed_text_keys(). Throws Error for any other key (a programming mistake).
  const std::string& text(std::string_view key) const;

  // "Page 2 of 3", "Tudalen 2 o 3".
  std::string page_of(int page, int pages) const;

  // The name of `month` (1 to 12).
  const std::string& month(int month) const { return m_months.at(static_cast<std::size_t>(month - 1)); }

  friend FixedTexts load_fixed_texts(std::shared_ptr<const SourceText> source);

 private:
  std::string m_language;
  std::map<std::string, std::string, std::less<>> m_texts;
  std::array<std::string, 12> m_months;
};

// Every key a fixed-text file must give, in the order the shipped files list them.
const std::vector<std::string_view>& fixed_text_keys();

// Reads a fixed-text file; throws Error naming the file and each key missing, unknown or without the
// placeholders its text needs ({page} and {pages}).
FixedTexts load_fixed_texts(std::shared_ptr<const SourceText> source);

// The fixed-text file of `language` (a BCP 47 tag) in `folders`, the nearest first (the languages/ folder of
// each library folder, the shipped statements/languages last): the first folder's TAG.yaml that is there.
std::optional<std::filesystem::path> find_fixed_text_file(std::string_view language,
                                                          const std::vector<std::filesystem::path>& folders);

// The fixed texts of `language` from the file find_fixed_text_file finds, or an Error saying which file to
// write (TAG.yaml in the nearest folder).
FixedTexts texts_for(std::string_view language, const std::vector<std::filesystem::path>& folders);

}  // namespace pledge
