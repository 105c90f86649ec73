#pragma once

#include <array>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/error.hpp"
#include "base/source_text.hpp"

namespace pledge {

// The texts the documents print around a pledge ("Our pledge", "Signed by our team", the checklist's column
// headings, "Page 1 of 2", month names) in one language, read from statements/languages/TAG.yaml so that a
// facilitator adds a language by writing one file.
class FixedTexts {
 public:
  FixedTexts() = default;
  FixedTexts(std::string language, std::map<std::string, std::string, std::less<>> texts,
             std::array<std::string, 12> months)
      : m_language(std::move(language)), m_texts(std::move(texts)), m_months(std::move(months)) {}

  const std::string& language() const { return m_language; }

  // The text of `key`, one of en-GB.yaml's (fixed_text_keys()). Throws Error for any other key (a programming
  // mistake).
  const std::string& text(std::string_view key) const;

  // "Page 2 of 3", "Tudalen 2 o 3".
  std::string page_of(int page, int pages) const;

  // The name of `month` (1 to 12).
  const std::string& month(int month) const { return m_months.at(static_cast<std::size_t>(month - 1)); }

  // The SHA-256 (64 lowercase hex digits) of the bytes of the file these texts were read from, which
  // load_fixed_texts(source) finds as it looks the file up among the shipped ones: build stamps hold it, and
  // would otherwise hash the file a second time. Empty for texts made any other way.
  const std::string& file_sha256() const { return m_file_sha256; }
  void set_file_sha256(std::string digest) { m_file_sha256 = std::move(digest); }

  // The same texts, whichever file they were read from.
  friend bool operator==(const FixedTexts& a, const FixedTexts& b) {
    return a.m_language == b.m_language && a.m_texts == b.m_texts && a.m_months == b.m_months;
  }

 private:
  std::string m_language;
  std::map<std::string, std::string, std::less<>> m_texts;
  std::array<std::string, 12> m_months;
  std::string m_file_sha256;
};

// A key every fixed-text file gives, and the placeholders ({page}, {date}) its text must keep, which the
// documents fill in.
struct FixedTextKey {
  std::string name;
  std::vector<std::string> placeholders;

  friend bool operator==(const FixedTextKey&, const FixedTextKey&) = default;
};

// The keys of the file that defines them, en-GB.yaml: every key under its `texts:` but `months`, in its
// order, each with the placeholders its text has (a "{" and "}" around lowercase letters). Its own problems
// are found when it is then read against them (load_fixed_texts).
std::vector<FixedTextKey> fixed_text_keys_of(const SourceText& reference);

// Reads a fixed-text file against `keys`; throws Error naming the file and each key missing, unknown or
// without the placeholders its text needs.
FixedTexts load_fixed_texts(std::shared_ptr<const SourceText> source, const std::vector<FixedTextKey>& keys);

// The fixed-text file of `language` (a BCP 47 tag) in `folders`, the nearest first (the languages/ folder of
// each library folder, the shipped statements/languages last): the first folder's TAG.yaml that is there.
std::optional<std::filesystem::path> find_fixed_text_file(std::string_view language,
                                                          const std::vector<std::filesystem::path>& folders);

// The languages `folders` have a fixed-text file for (the TAG of each TAG.yaml), sorted, each once.
std::vector<std::string> fixed_text_languages(const std::vector<std::filesystem::path>& folders);

// The error for a language no folder has a file for: the language meant if one is near (the one tag with the
// same primary subtag, en-GB for en, else the nearest by spelling), the languages there are, the file to
// write in the nearest folder, and every folder looked in when there are several.
Error missing_fixed_texts(std::string_view language, const std::vector<std::filesystem::path>& folders);

// The following are defined in shipped_fixed_texts.cpp, beside the table of the shipped files compiled in
// at build time (tools/make_fixed_text_table, which reads the files with the functions above).

// Every key a fixed-text file must give: en-GB.yaml's as shipped, in its order.
const std::vector<FixedTextKey>& fixed_text_keys();

// Reads a fixed-text file against fixed_text_keys(): one whose bytes are a shipped file's (by SHA-256) is
// taken from the table built in, without parsing it; any other is parsed and checked. Either way the texts
// carry that SHA-256 (file_sha256).
FixedTexts load_fixed_texts(std::shared_ptr<const SourceText> source);

// The fixed texts of `language` from the file find_fixed_text_file finds; missing_fixed_texts if there is
// none.
FixedTexts texts_for(std::string_view language, const std::vector<std::filesystem::path>& folders);

}  // namespace pledge
