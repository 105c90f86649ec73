#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

class Hunspell;

namespace pledge::lint {

// British English spelling through hunspell, with every answer cached: a pledge repeats the same few hundred
// words, and hunspell's lookup is far slower than a hash table's.
class SpellChecker {
 public:
  // Opens en_GB.aff and en_GB.dic from `dictionary_folder`; throws Error if they are missing.
  explicit SpellChecker(const std::filesystem::path& dictionary_folder);
  ~SpellChecker();
  SpellChecker(const SpellChecker&) = delete;
  SpellChecker& operator=(const SpellChecker&) = delete;

  // Where the en_GB dictionary is installed (Debian's hunspell-en-gb), or empty if nowhere.
  static std::filesystem::path find_dictionary_folder();

  // Accepts `word` from now on, in any capitalisation hunspell allows ("Riverside" also as "RIVERSIDE").
  void add_word(const std::string& word);

  bool is_correct(std::string_view word);

  // Up to `limit` suggestions, best first: dictionary words one slip away (swapped, wrong, missing or extra
  // letter), or else hunspell's own suggestions.
  std::vector<std::string> suggestions(std::string_view word, std::size_t limit = 3);

 private:
  std::vector<std::string> near_words(std::string_view word);

  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unique_ptr<Hunspell> m_hunspell;
  std::unordered_map<std::string, bool, Hash, std::equal_to<>> m_known;
  std::unordered_map<std::string, std::vector<std::string>, Hash, std::equal_to<>> m_suggestions;
};

}  // namespace pledge::lint
