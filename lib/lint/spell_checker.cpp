#include "lint/spell_checker.hpp"

#include <hunspell.hxx>

#include <algorithm>
#include <mutex>
#include <system_error>

#include "error.hpp"

namespace pledge::lint {

namespace {

// hunspell reads the typographic apostrophe through the dictionary's ICONV table, but not every dictionary
// has one: give it the straight one.
std::string straight_apostrophes(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (word.compare(i, 3, "\xE2\x80\x99") == 0) {
      out += '\'';
      i += 2;
    } else {
      out += word[i];
    }
  }
  return out;
}

}  // namespace

namespace {

// libhunspell keeps a process-wide UTF-8 table, counted up and down without a lock as Hunspell objects are
// made and destroyed. Batch builds make one per worker thread, so construction and destruction take turns;
// the race otherwise loses a count and leaks the 384 KB table (LeakSanitizer caught it).
std::mutex& hunspell_lifetime_mutex() {
  static std::mutex mutex;
  return mutex;
}

}  // namespace

SpellChecker::SpellChecker(const std::filesystem::path& dictionary_folder) {
  const auto aff = dictionary_folder / "en_GB.aff";
  const auto dic = dictionary_folder / "en_GB.dic";
  std::error_code ec;
  if (dictionary_folder.empty() || !std::filesystem::is_regular_file(aff, ec) ||
      !std::filesystem::is_regular_file(dic, ec)) {
    throw Error(
        "cannot find the British English dictionary (en_GB.aff and en_GB.dic) for the spelling rule" +
        (dictionary_folder.empty() ? std::string() : " in " + dictionary_folder.string()) +
        "; install it (Debian: apt-get install hunspell-en-gb) or switch the rule off with 'spelling: off'");
  }
  const std::lock_guard<std::mutex> lock(hunspell_lifetime_mutex());
  m_hunspell = std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
}

SpellChecker::~SpellChecker() {
  const std::lock_guard<std::mutex> lock(hunspell_lifetime_mutex());
  m_hunspell.reset();
}

std::filesystem::path SpellChecker::find_dictionary_folder() {
  std::error_code ec;
  for (const char* folder :
       {"/usr/share/hunspell", "/usr/share/myspell/dicts", "/usr/local/share/hunspell"}) {
    if (std::filesystem::is_regular_file(std::filesystem::path(folder) / "en_GB.dic", ec))
      return folder;
  }
  return {};
}

void SpellChecker::add_word(const std::string& word) {
  m_hunspell->add(straight_apostrophes(word));
  // Words added after a lookup must not stay cached as unknown.
  m_known.clear();
}

bool SpellChecker::is_correct(std::string_view word) {
  if (auto it = m_known.find(word); it != m_known.end())
    return it->second;
  const bool correct = m_hunspell->spell(straight_apostrophes(word));
  m_known.emplace(std::string(word), correct);
  return correct;
}

std::vector<std::string> SpellChecker::near_words(std::string_view word) {
  // Words one slip away, as typists make them: two letters swapped (source 000's "dleay"), one letter wrong,
  // missing or extra. Each candidate is checked by hunspell (cached), which takes well under a millisecond in
  // all, where hunspell's own suggest() takes tens of milliseconds a word.
  std::vector<std::string> found;
  auto consider = [&](const std::string& candidate) {
    if (found.size() < 3 && std::find(found.begin(), found.end(), candidate) == found.end() &&
        is_correct(candidate)) {
      found.push_back(candidate);
    }
  };
  for (char c : word) {
    if (static_cast<unsigned char>(c) >= 0x80)
      return found;  // ASCII edits only: leave accents to hunspell
  }
  const std::string w(word);
  for (std::size_t i = 0; i + 1 < w.size(); ++i) {
    std::string candidate = w;
    std::swap(candidate[i], candidate[i + 1]);
    consider(candidate);
  }
  for (std::size_t i = 0; i < w.size(); ++i) {
    for (char c = 'a'; c <= 'z'; ++c) {
      if (c == w[i])
        continue;
      std::string candidate = w;
      candidate[i] = c;
      consider(candidate);
    }
  }
  for (std::size_t i = 0; i < w.size(); ++i)
    consider(w.substr(0, i) + w.substr(i + 1));
  for (std::size_t i = 0; i <= w.size(); ++i) {
    for (char c = 'a'; c <= 'z'; ++c)
      consider(w.substr(0, i) + c + w.substr(i));
  }
  return found;
}

std::vector<std::string> SpellChecker::suggestions(std::string_view word, std::size_t limit) {
  auto it = m_suggestions.find(word);
  if (it == m_suggestions.end()) {
    std::vector<std::string> found = near_words(word);
    if (found.empty())
      found = m_hunspell->suggest(straight_apostrophes(word));
    it = m_suggestions.emplace(std::string(word), std::move(found)).first;
  }
  std::vector<std::string> out(it->second.begin(), it->second.begin() + static_cast<std::ptrdiff_t>(std::min(
                                                                            limit, it->second.size())));
  return out;
}

}  // namespace pledge::lint
