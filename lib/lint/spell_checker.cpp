#include "lint/spell_checker.hpp"

#include <hunspell.hxx>

#include <algorithm>
#include <mutex>
#include <system_error>

#include "base/error.hpp"
#include "base/install_layout.hpp"
#include "lint/tokens.hpp"

namespace pledge::lint {

static_assert(max_indexed_word_bytes < MAXWORDLEN, "hunspell refuses some words of MAXWORDLEN bytes or more");

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

SpellChecker::SpellChecker(const std::filesystem::path& dictionary_folder,
                           const std::filesystem::path& spelling_index)
    : m_aff(dictionary_folder / "en_GB.aff"), m_dic(dictionary_folder / "en_GB.dic") {
  std::error_code ec;
  if (dictionary_folder.empty() || !std::filesystem::is_regular_file(m_aff, ec) ||
      !std::filesystem::is_regular_file(m_dic, ec)) {
    throw Error(
        "cannot find the British English dictionary (en_GB.aff and en_GB.dic) for the spelling rule" +
        (dictionary_folder.empty() ? std::string() : " in " + dictionary_folder.string()) +
        "; install it (Debian: apt-get install hunspell-en-gb) or switch the rule off with 'spelling: off'");
  }
  m_index = SpellingIndex::open(spelling_index, m_aff, m_dic);
}

std::unique_ptr<SpellChecker> SpellChecker::welsh(const std::filesystem::path& spelling_index) {
  // Where Debian's aspell-cy installs its language data and word list, from which the index is made.
  static const std::filesystem::path data = "/usr/lib/aspell/cy.dat";
  static const std::filesystem::path list = "/usr/share/aspell/cy.cwl.gz";
  auto checker = std::unique_ptr<SpellChecker>(new SpellChecker());
  checker->m_aff = data;
  checker->m_dic = list;
  checker->m_index_only = true;
  checker->m_index = SpellingIndex::open(spelling_index, data, list);
  if (!checker->m_index) {
    throw Error(
        "cannot check Welsh spelling: the Welsh spelling index " +
        (spelling_index.empty() ? std::string("cy.spelling-index") : spelling_index.string()) +
        " is missing or was not made from " + list.string() +
        "; install the Welsh word list (Debian: apt-get install aspell-cy) and build pledge again, or "
        "switch the rule off with 'spelling: off'");
  }
  return checker;
}

SpellChecker::~SpellChecker() {
  if (m_hunspell) {
    const std::lock_guard<std::mutex> lock(hunspell_lifetime_mutex());
    m_hunspell.reset();
  }
}

Hunspell& SpellChecker::hunspell() {
  if (!m_hunspell) {
    {
      const std::lock_guard<std::mutex> lock(hunspell_lifetime_mutex());
      m_hunspell = std::make_unique<Hunspell>(m_aff.c_str(), m_dic.c_str());
    }
    for (const auto& word : m_added_in_order)
      m_hunspell->add(word);
  }
  return *m_hunspell;
}

std::filesystem::path SpellChecker::find_dictionary_folder() {
  return InstallLayout::dictionary_folder();
}

void SpellChecker::add_word(const std::string& word) {
  std::string straight = straight_apostrophes(word);
  if (m_hunspell && !m_index_only)
    m_hunspell->add(straight);
  m_added.insert(straight);
  m_added_in_order.push_back(std::move(straight));
  // Words added after a lookup must not stay cached as unknown.
  m_known.clear();
}

bool SpellChecker::accepted_without_hunspell(std::string_view word) const {
  if (!m_index || word.empty() || word.size() > max_indexed_word_bytes)
    return false;
  // hunspell's add() gives an added word the same capitalisations as a dictionary word without flags.
  const auto listed = [this](std::string_view entry) {
    return m_index->contains(entry) || m_added.find(entry) != m_added.end();
  };
  if (any_entry_for(word, listed))
    return true;
  // With its default BREAK table hunspell accepts a hyphenated word it can cut into words it accepts
  // ("follow-up", "Bolton-le-Sands-born"). This makes the same cuts in the same order (HunspellImpl::spell in
  // hunspell 1.7): at the second hyphen, then at the first, each side judged as a word of its own. hunspell
  // first strips trailing full stops and leading spaces, gives up at ten break points, and cuts a word in
  // capitals as it last spelled it, Capitalised ("B-DR" as "B-dr", so not as "B" and "DR"). ASCII only: the
  // capitals of other letters are left to hunspell.
  if (!m_index->splits_hyphens() || word.ends_with('.') ||
      word.find_first_of(" ^$") != std::string_view::npos ||
      std::count(word.begin(), word.end(), '-') >= 10) {
    return false;
  }
  std::size_t capitals = 0, small = 0;
  for (const char c : word) {
    if (static_cast<unsigned char>(c) >= 0x80)
      return false;
    capitals += c >= 'A' && c <= 'Z' ? 1 : 0;
    small += c >= 'a' && c <= 'z' ? 1 : 0;
  }
  const bool first_capital = word[0] >= 'A' && word[0] <= 'Z';
  if (capitals > 0 && small == 0 && !(capitals == 1 && first_capital)) {
    std::string capitalised = ascii_lower(word);
    if (first_capital)
      capitalised[0] = word[0];
    return accepted_at_hyphens(capitalised);
  }
  return accepted_at_hyphens(word);
}

bool SpellChecker::accepted_at_hyphens(std::string_view word) const {
  const std::size_t first = word.find('-');
  if (first == std::string_view::npos || first == 0 || first + 1 >= word.size())
    return false;
  const std::size_t second = word.find('-', first + 1);
  if (second != std::string_view::npos && second + 1 < word.size() &&
      accepted_without_hunspell(word.substr(second + 1)) &&
      accepted_without_hunspell(word.substr(0, second))) {
    return true;
  }
  return accepted_without_hunspell(word.substr(first + 1)) &&
         accepted_without_hunspell(word.substr(0, first));
}

bool SpellChecker::accepted_with_clitic(std::string_view word) const {
  const std::size_t apostrophe = word.rfind('\'');
  if (apostrophe == std::string_view::npos || apostrophe == 0 || apostrophe + 1 >= word.size())
    return false;
  return accepted_without_hunspell(word.substr(0, apostrophe)) &&
         accepted_without_hunspell(word.substr(apostrophe));
}

bool SpellChecker::is_correct(std::string_view word) {
  if (auto it = m_known.find(word); it != m_known.end())
    return it->second;
  const std::string straight = straight_apostrophes(word);
  if (m_index_only) {
    const bool correct = accepted_without_hunspell(straight) || accepted_with_clitic(straight);
    m_known.emplace(std::string(word), correct);
    return correct;
  }
  // Once hunspell is loaded (for a typo, usually), it answers directly: a lookup costs it about as much as
  // the index, and the index would only add a second lookup for the many near misses of near_words.
  const bool correct = (!m_hunspell && accepted_without_hunspell(straight)) || hunspell().spell(straight);
  m_known.emplace(std::string(word), correct);
  return correct;
}

bool SpellChecker::is_known_correct(std::string_view word) {
  if (auto it = m_known.find(word); it != m_known.end())
    return it->second;
  const std::string straight = straight_apostrophes(word);
  if (!accepted_without_hunspell(straight) && !(m_index_only && accepted_with_clitic(straight)))
    return false;
  m_known.emplace(std::string(word), true);
  return true;
}

std::vector<std::string> SpellChecker::near_words(std::string_view word) {
  // Words one slip away, as typists make them: two letters swapped (source 000's "dleay"), one letter wrong,
  // missing or extra. Each candidate is checked by is_correct (cached), which takes well under a millisecond
  // in all, where hunspell's own suggest() takes tens of milliseconds a word.
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
    if (found.empty() && !m_index_only)
      found = hunspell().suggest(straight_apostrophes(word));
    it = m_suggestions.emplace(std::string(word), std::move(found)).first;
  }
  std::vector<std::string> out(it->second.begin(), it->second.begin() + static_cast<std::ptrdiff_t>(std::min(
                                                                            limit, it->second.size())));
  return out;
}

}  // namespace pledge::lint
