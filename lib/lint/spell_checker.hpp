#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/string_hash.hpp"
#include "lint/spelling_index.hpp"

class Hunspell;

namespace pledge::lint {

// British English spelling with hunspell's verdicts, every answer cached: a pledge repeats the same few
// hundred words, and hunspell's lookup is far slower than a hash table's. Loading hunspell takes about 80 ms,
// most of a short command's time, so words are looked up first in the spelling index made from the same
// dictionary (and among the added words, by the same capitalisation rules); only a word neither accepts is
// given to hunspell, loaded then, so that its verdict on typos and unknown words stays exactly hunspell's.
class SpellChecker {
 public:
  // Uses en_GB.aff and en_GB.dic from `dictionary_folder`; throws Error if they are missing. `spelling_index`
  // is used only if it was made from those very files; otherwise hunspell answers everything.
  explicit SpellChecker(const std::filesystem::path& dictionary_folder,
                        const std::filesystem::path& spelling_index = {});
  ~SpellChecker();
  SpellChecker(const SpellChecker&) = delete;
  SpellChecker& operator=(const SpellChecker&) = delete;

  // A checker of Welsh: the spelling index made from Debian's aspell-cy word list, which holds every form
  // (mutated ones too), so it is the whole answer and hunspell is never loaded. A word joined to a clitic by
  // an apostrophe ("i'r", "a'ch") is right if both parts are (the list has "'r" and "'ch"). Throws Error if
  // the index is missing or was made from other files than the installed word list.
  static std::unique_ptr<SpellChecker> welsh(const std::filesystem::path& spelling_index);

  // Where the en_GB dictionary is installed (Debian's hunspell-en-gb), or empty if nowhere.
  static std::filesystem::path find_dictionary_folder();

  // Accepts `word` from now on, in any capitalisation hunspell allows ("Riverside" also as "RIVERSIDE").
  void add_word(const std::string& word);

  bool is_correct(std::string_view word);

  // A cheap yes: true if `word` is correct by the cache, the spelling index or the added words, never asking
  // hunspell; false means only that hunspell would have to be asked.
  bool is_known_correct(std::string_view word);

  // Whether the spelling index is in use, and whether hunspell has been loaded (tests and benchmarks ask).
  bool uses_index() const { return m_index != nullptr; }
  bool hunspell_loaded() const { return m_hunspell != nullptr; }

  // Up to `limit` suggestions, best first: dictionary words one slip away (swapped, wrong, missing or extra
  // letter), or else hunspell's own suggestions.
  std::vector<std::string> suggestions(std::string_view word, std::size_t limit = 3);

 private:
  SpellChecker() = default;
  std::vector<std::string> near_words(std::string_view word);
  bool accepted_with_clitic(std::string_view word) const;
  bool accepted_without_hunspell(std::string_view word) const;
  bool accepted_at_hyphens(std::string_view word) const;
  Hunspell& hunspell();

  std::filesystem::path m_aff;
  std::filesystem::path m_dic;
  std::unique_ptr<SpellingIndex> m_index;
  std::unique_ptr<Hunspell> m_hunspell;  // loaded at the first word it must judge
  bool m_index_only = false;             // a word list's index (Welsh): no hunspell behind it
  // add_word's words, apostrophes straightened: to look up, and in the order given to replay into hunspell
  // (whose suggestions could depend on it).
  std::unordered_set<std::string, StringHash, std::equal_to<>> m_added;
  std::vector<std::string> m_added_in_order;
  std::unordered_map<std::string, bool, StringHash, std::equal_to<>> m_known;
  std::unordered_map<std::string, std::vector<std::string>, StringHash, std::equal_to<>> m_suggestions;
};

}  // namespace pledge::lint
