#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "lint/spell_checker.hpp"
#include "lint/spelling_index.hpp"
#include "test_input.hpp"

using namespace pledge;
using Strings = std::vector<std::string>;

namespace {

const std::filesystem::path& dictionary() {
  static const std::filesystem::path folder = lint::SpellChecker::find_dictionary_folder();
  return folder;
}

std::filesystem::path aff() {
  return dictionary() / "en_GB.aff";
}

std::filesystem::path dic() {
  return dictionary() / "en_GB.dic";
}

const std::filesystem::path built_index = PLEDGE_BUILD_SPELLING_INDEX;

// An index file of `words` (given in order) under `header`, which names the installed dictionary by default.
std::filesystem::path write_index(const test::TempFolder& folder, const Strings& words,
                                  std::string header = "") {
  std::string body;
  for (const auto& word : words)
    body += word + "\n";
  if (header.empty())
    header =
        lint::spelling_index_identity(aff(), dic()) + " hyphens=yes bytes=" + std::to_string(body.size());
  return folder.write("index", header + "\n" + body);
}

// Every `step`th word of the build's index.
Strings sample_of_built_index(std::size_t step) {
  std::ifstream in(built_index);
  std::string line;
  std::getline(in, line);  // the header
  Strings out;
  for (std::size_t n = 0; std::getline(in, line); ++n) {
    if (n % step == 0)
      out.push_back(line);
  }
  return out;
}

// The reference: a checker with no index is hunspell alone.
lint::SpellChecker& hunspell_alone() {
  static lint::SpellChecker checker(dictionary());
  return checker;
}

}  // namespace

// The index file

TEST_CASE("a spelling index finds exactly its own lines") {
  const test::TempFolder folder;
  const auto index =
      lint::SpellingIndex::open(write_index(folder, {"apple", "banana", "cherry"}), aff(), dic());
  REQUIRE(index != nullptr);
  for (const char* word : {"apple", "banana", "cherry"})
    CHECK(index->contains(word));
  for (const char* word :
       {"", "a", "aardvark", "appl", "apples", "banana\ncherry", "bananas", "cherryx", "zebra"})
    CHECK_FALSE(index->contains(word));
}

TEST_CASE("a spelling index with no words finds nothing") {
  const test::TempFolder folder;
  const auto index = lint::SpellingIndex::open(write_index(folder, {}), aff(), dic());
  REQUIRE(index != nullptr);
  CHECK_FALSE(index->contains(""));
  CHECK_FALSE(index->contains("apple"));
}

TEST_CASE("a spelling index made from other dictionary files is not used") {
  const test::TempFolder folder;
  std::string header = lint::spelling_index_identity(aff(), dic());
  REQUIRE(header.size() > 10);
  header.back() = header.back() == '0' ? '1' : '0';  // the last digit of the .dic's SHA-256
  CHECK(lint::SpellingIndex::open(write_index(folder, {"apple"}, header + " hyphens=yes bytes=6"), aff(),
                                  dic()) == nullptr);
}

TEST_CASE("a spelling index that is missing, cut short or malformed is not used") {
  const test::TempFolder folder;
  const std::string identity = lint::spelling_index_identity(aff(), dic());
  CHECK(lint::SpellingIndex::open(folder.path() / "no-such-index", aff(), dic()) == nullptr);
  CHECK(lint::SpellingIndex::open(folder.write("empty", ""), aff(), dic()) == nullptr);
  CHECK(lint::SpellingIndex::open(folder.write("cut", identity + " hyphens=yes bytes=13\napple\nban"), aff(),
                                  dic()) == nullptr);
  CHECK(lint::SpellingIndex::open(folder.write("unended", identity + " hyphens=yes bytes=9\napple\nban"),
                                  aff(), dic()) == nullptr);
  CHECK(lint::SpellingIndex::open(folder.write("no-hyphens", identity + " bytes=6\napple\n"), aff(), dic()) ==
        nullptr);
  CHECK(lint::SpellingIndex::open(folder.write("no-header", "apple\nbanana\n"), aff(), dic()) == nullptr);
  CHECK(lint::SpellingIndex::open(write_index(folder, {"apple"}), aff(), dic()) != nullptr);
}

TEST_CASE("the build's spelling index names the installed dictionary and splits hyphens") {
  const auto index = lint::SpellingIndex::open(built_index, aff(), dic());
  REQUIRE(index != nullptr);
  CHECK(index->splits_hyphens());
  CHECK(index->contains("delay"));
  CHECK(index->contains("etc."));
  CHECK_FALSE(index->contains("dleay"));
  CHECK_FALSE(index->contains("ADHDably"));  // unmunch makes it; hunspell refuses it
}

// Capitalisation

TEST_CASE("a dictionary word stands for the capitalisations hunspell allows it") {
  CHECK(lint::spellings_of("riverside") == Strings{"riverside", "Riverside", "RIVERSIDE"});
  CHECK(lint::spellings_of("London") == Strings{"London", "LONDON"});
  CHECK(lint::spellings_of("McDonald") == Strings{"McDonald"});
  CHECK(lint::spellings_of("NHS") == Strings{"NHS"});
  CHECK(lint::spellings_of("'tis") == Strings{"'tis", "'TIS"});
  CHECK(lint::spellings_of("a") == Strings{"a", "A"});
  CHECK(lint::spellings_of("café") == Strings{"café"});
  CHECK(lint::spellings_of(std::string(100, 'a')).empty());
}

TEST_CASE("a word is looked up as the dictionary words that stand for it") {
  CHECK(lint::entries_for("RIVERSIDE") == Strings{"RIVERSIDE", "riverside", "Riverside"});
  CHECK(lint::entries_for("Riverside") == Strings{"Riverside", "riverside"});
  CHECK(lint::entries_for("riverside") == Strings{"riverside"});
  CHECK(lint::entries_for("McDonald") == Strings{"McDonald"});
  CHECK(lint::entries_for("'TIS") == Strings{"'TIS", "'tis"});
  CHECK(lint::entries_for("CAFÉ") == Strings{"CAFÉ"});
  CHECK(lint::entries_for("").empty());
  CHECK(lint::entries_for(std::string(100, 'a')).empty());
}

TEST_CASE("looking a word up is the exact inverse of the spellings a dictionary word stands for") {
  Strings errors;
  for (const std::string& entry : sample_of_built_index(97)) {
    for (const std::string& spelling : lint::spellings_of(entry)) {
      const Strings entries = lint::entries_for(spelling);
      if (std::find(entries.begin(), entries.end(), entry) == entries.end())
        errors.push_back(spelling + " is not looked up as " + entry);
      for (const std::string& other : entries) {
        const Strings spellings = lint::spellings_of(other);
        if (std::find(spellings.begin(), spellings.end(), spelling) == spellings.end())
          errors.push_back(spelling + " is looked up as " + other + ", which does not stand for it");
      }
    }
  }
  CHECK(errors == Strings{});
}

TEST_CASE("hunspell itself allows the capitalisations the index answers for, and only those") {
  auto& hunspell = hunspell_alone();
  // Lower-case words: also Capitalised and in CAPITALS, but not in odd mixes.
  for (const char* word : {"delay", "nurse", "wellbeing", "colour", "organise", "patient's", "follow"}) {
    std::string capitalised = word, capitals = word, odd = word;
    capitalised[0] = static_cast<char>(capitalised[0] - 'a' + 'A');
    std::transform(capitals.begin(), capitals.end(), capitals.begin(),
                   [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; });
    odd[1] = static_cast<char>(odd[1] - 'a' + 'A');
    CHECK_MESSAGE(hunspell.is_correct(word) == (std::string(word) != "wellbeing"), word);
    if (hunspell.is_correct(word)) {
      CHECK_MESSAGE(hunspell.is_correct(capitalised), capitalised);
      CHECK_MESSAGE(hunspell.is_correct(capitals), capitals);
    }
    CHECK_FALSE_MESSAGE(hunspell.is_correct(odd), odd);
  }
  // Capitalised words: also in CAPITALS, never in lower case.
  for (const char* word : {"London", "Monday", "Christmas", "Wales"}) {
    std::string capitals = word, lower = word;
    std::transform(capitals.begin(), capitals.end(), capitals.begin(),
                   [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; });
    lower[0] = static_cast<char>(lower[0] - 'A' + 'a');
    CHECK_MESSAGE(hunspell.is_correct(word), word);
    CHECK_MESSAGE(hunspell.is_correct(capitals), capitals);
    CHECK_FALSE_MESSAGE(hunspell.is_correct(lower), lower);
  }
}

// The spell checker

TEST_CASE("the spell checker answers as hunspell does on a sample of the dictionary and of near misses") {
  lint::SpellChecker checker(dictionary(), built_index);
  REQUIRE(checker.uses_index());
  const Strings sample = sample_of_built_index(101);
  REQUIRE(sample.size() > 2000);
  Strings differ;
  auto compare = [&](const std::string& word) {
    if (checker.is_correct(word) != hunspell_alone().is_correct(word))
      differ.push_back(word);
  };
  // Dictionary words in every capitalisation the index answers for: all right, and hunspell not needed.
  for (const std::string& word : sample) {
    for (const std::string& spelling : lint::spellings_of(word))
      compare(spelling);
  }
  CHECK(differ == Strings{});
  CHECK_FALSE(checker.hunspell_loaded());
  // Dictionary words joined by hyphens, which the index accepts if hunspell can cut them into words it
  // accepts, and leaves to hunspell otherwise ("Bolton-le-Sands's-Boone's").
  for (std::size_t i = 0; i < sample.size(); ++i)
    compare(sample[i] + "-" + sample[(i + 1) % sample.size()]);
  CHECK(differ == Strings{});
  // Near misses, which hunspell must judge: letters swapped, a letter lost, odd capitals, full stops.
  for (const std::string& word : sample) {
    if (word.size() > 3) {
      std::string swapped = word;
      std::swap(swapped[1], swapped[2]);
      compare(swapped);
      compare(word.substr(0, word.size() - 1));
      std::string odd = word;
      odd[1] = odd[1] >= 'a' && odd[1] <= 'z' ? static_cast<char>(odd[1] - 'a' + 'A') : odd[1];
      compare(odd);
    }
    compare(word + ".");
    compare(word + "-");
  }
  for (const char* odd : {"", "-", "--", ".", "'", "a-", "-a", "a--a", "A-", "1-2", "1st"})
    compare(odd);
  CHECK(differ == Strings{});
  CHECK(checker.hunspell_loaded());
}

TEST_CASE("the spell checker loads hunspell only for a word the index does not accept") {
  lint::SpellChecker checker(dictionary(), built_index);
  CHECK(checker.is_correct("delay"));
  CHECK(checker.is_correct("Delay"));
  CHECK(checker.is_correct("DELAY"));
  CHECK(checker.is_correct("patient’s"));
  CHECK_FALSE(checker.hunspell_loaded());
  CHECK_FALSE(checker.is_correct("dleay"));
  CHECK(checker.hunspell_loaded());
  CHECK(checker.suggestions("dleay") == Strings{"delay"});
}

TEST_CASE("a cheap yes from the spell checker never loads hunspell") {
  lint::SpellChecker checker(dictionary(), built_index);
  CHECK(checker.is_known_correct("etc."));
  CHECK_FALSE(checker.is_known_correct("etc"));  // only hunspell can refuse it
  CHECK_FALSE(checker.is_known_correct("dleay"));
  CHECK_FALSE(checker.hunspell_loaded());
  CHECK_FALSE(checker.is_correct("etc"));
  CHECK(checker.hunspell_loaded());
}

TEST_CASE("the spell checker accepts hyphenated words part by part, up to hunspell's nine hyphens") {
  lint::SpellChecker checker(dictionary(), built_index);
  const std::string nine = "care-care-care-care-care-care-care-care-care-care";
  const std::string ten = nine + "-care";
  for (const std::string& word :
       {std::string("follow-up"), std::string("Follow-Up"), std::string("FOLLOW-UP"),
        std::string("well-being"), std::string("face-to-face"), nine}) {
    CHECK_MESSAGE(checker.is_correct(word), word);
    CHECK_MESSAGE(hunspell_alone().is_correct(word), word);
  }
  CHECK_FALSE(checker.hunspell_loaded());
  CHECK_FALSE(hunspell_alone().is_correct(ten));
  CHECK_FALSE(checker.is_correct(ten));
  CHECK(checker.hunspell_loaded());
}

TEST_CASE("the spell checker cuts a hyphenated word in capitals as hunspell does, Capitalised") {
  lint::SpellChecker checker(dictionary(), built_index);
  // "B" and "DR" are right, but hunspell judges "B-DR" as "B" and "dr", which is not a word.
  CHECK(checker.is_correct("B"));
  CHECK(checker.is_correct("DR"));
  CHECK(checker.is_correct("FOLLOW-UP"));
  CHECK_FALSE(checker.hunspell_loaded());
  CHECK_FALSE(hunspell_alone().is_correct("B-DR"));
  CHECK_FALSE(checker.is_correct("B-DR"));
}

TEST_CASE("added words are accepted in the capitalisations hunspell gives them") {
  lint::SpellChecker checker(dictionary(), built_index);
  lint::SpellChecker reference(dictionary());
  for (const char* word : {"keyworker", "Prydderch", "Siân"}) {
    checker.add_word(word);
    reference.add_word(word);
  }
  for (const char* word : {"keyworker", "Keyworker", "KEYWORKER", "Prydderch", "PRYDDERCH", "Siân"}) {
    CHECK_MESSAGE(reference.is_correct(word), word);
    CHECK_MESSAGE(checker.is_correct(word), word);
  }
  CHECK_FALSE(checker.hunspell_loaded());
  for (const char* word : {"prydderch", "KeyWorker", "keyworkers", "siân"}) {
    CHECK_FALSE_MESSAGE(reference.is_correct(word), word);
    CHECK_FALSE_MESSAGE(checker.is_correct(word), word);
  }
  CHECK(checker.hunspell_loaded());
}

TEST_CASE("words added before hunspell is loaded are given to it") {
  lint::SpellChecker checker(dictionary(), built_index);
  checker.add_word("McKenzie");
  CHECK_FALSE(checker.hunspell_loaded());
  CHECK(checker.is_correct("MCKENZIE"));  // hunspell's own rule for a word with inner capitals
  CHECK(checker.hunspell_loaded());
}

TEST_CASE("a spell checker whose index was made from other files answers through hunspell alone") {
  const test::TempFolder folder;
  std::string header = lint::spelling_index_identity(aff(), dic());
  header.back() = header.back() == '0' ? '1' : '0';
  lint::SpellChecker checker(dictionary(), write_index(folder, {"dleay"}, header + " hyphens=yes bytes=6"));
  CHECK_FALSE(checker.uses_index());
  CHECK_FALSE(checker.is_correct("dleay"));
  CHECK(checker.is_correct("delay"));
  CHECK(checker.hunspell_loaded());
}
