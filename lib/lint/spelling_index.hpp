#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace pledge::lint {

// Every spelling hunspell accepts from one dictionary, written out one word a line, so that checking a word
// costs a binary search in a mapped file instead of loading hunspell (about 80 ms for en_GB). The build makes
// it (tools/make_spelling_index.cpp); its first line names the dictionary files by their SHA-256:
//
//   pledgekit-spelling-index 1 aff-sha256=<hex> dic-sha256=<hex> hyphens=<yes|no> bytes=<size of the rest>
//
// then the words, sorted bytewise, each ending in "\n". `hyphens=yes` says that hunspell accepts a word
// joined by hyphens whenever it accepts each part (its default BREAK table, with nothing in the .aff that
// changes that).
class SpellingIndex {
 public:
  // The index at `path` mapped read-only, if it was made from exactly the dictionary files `aff` and `dic`;
  // null if it is missing, unreadable, damaged or was made from other files.
  static std::unique_ptr<SpellingIndex> open(const std::filesystem::path& path,
                                             const std::filesystem::path& aff,
                                             const std::filesystem::path& dic);
  ~SpellingIndex();
  SpellingIndex(const SpellingIndex&) = delete;
  SpellingIndex& operator=(const SpellingIndex&) = delete;

  // True if `word` is one of the index's lines, exactly.
  bool contains(std::string_view word) const;

  // True if the dictionary lets hyphenated words be checked part by part (see above).
  bool splits_hyphens() const { return m_splits_hyphens; }

 private:
  SpellingIndex(void* map, std::size_t map_size);

  void* m_map;
  std::size_t m_map_size;
  std::string_view m_words;  // the lines after the header
  bool m_splits_hyphens = false;
};

// The part of the first line that names the dictionary: "pledgekit-spelling-index 1 aff-sha256=<hex>
// dic-sha256=<hex>". Empty if either file cannot be read.
std::string spelling_index_identity(const std::filesystem::path& aff, const std::filesystem::path& dic);

// Hunspell's capitalisation rules, as the index applies them to ASCII words (any other word must match
// exactly): a dictionary word in lower case is also right Capitalised and in CAPITALS, and a Capitalised one
// in CAPITALS. `spellings_of` gives the spellings `entry` stands for, itself first; the index maker keeps an
// entry only if hunspell accepts every one of them. `entries_for` is its inverse: the entries that stand for
// `word`, itself first (at most three); `any_entry_for` is the same without allocating, stopping at the first
// entry `accepts` takes. Neither gives anything for a word longer than max_indexed_word_bytes.
std::vector<std::string> spellings_of(std::string_view entry);
std::vector<std::string> entries_for(std::string_view word);

// Longer words are left to hunspell, which refuses words of MAXWORDLEN (100) bytes or more in some places.
inline constexpr std::size_t max_indexed_word_bytes = 99;

template <typename Accepts>
bool any_entry_for(std::string_view word, Accepts&& accepts) {
  if (word.empty() || word.size() > max_indexed_word_bytes)
    return false;
  if (accepts(word))
    return true;
  bool lower = false, upper = false;
  for (const char c : word) {
    if (static_cast<unsigned char>(c) >= 0x80)
      return false;
    lower = lower || (c >= 'a' && c <= 'z');
    upper = upper || (c >= 'A' && c <= 'Z');
  }
  char buffer[max_indexed_word_bytes];
  const std::string_view lowered(buffer, word.size());
  for (std::size_t i = 0; i < word.size(); ++i)
    buffer[i] = word[i] >= 'A' && word[i] <= 'Z' ? static_cast<char>(word[i] - 'A' + 'a') : word[i];
  const bool first_upper = word[0] >= 'A' && word[0] <= 'Z';
  if (!lower && upper) {
    // CAPITALS: a lower-case entry, or a Capitalised one.
    if (accepts(lowered))
      return true;
    if (!first_upper)
      return false;
    buffer[0] = word[0];
    return accepts(lowered);
  }
  // Capitalised (only the first letter a capital): a lower-case entry.
  const bool capitalised = first_upper && lowered.substr(1) == word.substr(1);
  return capitalised && accepts(lowered);
}

}  // namespace pledge::lint
