// Makes the spelling index (lib/lint/spelling_index.hpp) at build time:
//
//   unmunch en_GB.dic en_GB.aff | make_spelling_index en_GB.aff en_GB.dic OUTPUT
//   zcat cy.cwl.gz | precat | iconv -f ISO-8859-14 -t UTF-8 | make_spelling_index --word-list cy.dat
//   cy.cwl.gz OUTPUT
//
// The second form is for a dictionary that is a whole word list, every form written out, such as Debian's
// aspell-cy (Welsh, with its mutated forms: "wrando", "pharch"): its words are the index as they are, and the
// index is the whole answer (there is no hunspell behind it). Its header names the two files it was made
// from, the aspell language data and the word list, in the places of the .aff and the .dic.
//
// unmunch (Debian hunspell-tools) writes out every form the dictionary's affix rules make, but not exactly
// what hunspell accepts: a third of its forms are refused ("ADHDably", the ONLYINCOMPOUND "1th"). So every
// form is asked of hunspell itself, with the capitalised spellings the index will answer for it, and kept
// only if hunspell accepts them all. Prints what it kept; exits 1 (writing nothing) on failure.
#include <hunspell.hxx>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "lint/spelling_index.hpp"

namespace {

using pledge::lint::spelling_index_identity;
using pledge::lint::spellings_of;

// Whether hunspell accepts a hyphenated word whenever it accepts each part: true with its default BREAK table
// ("-", "^-", "-$"), unless the .aff sets its own, can forbid or warn about a whole word, ignores characters,
// converts hyphens on input, or uses wider flags (which could carry the default FORBIDDENWORD flag).
bool splits_hyphens(const std::filesystem::path& aff) {
  std::ifstream in(aff);
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::string directive;
    fields >> directive;
    for (const char* changes : {"BREAK", "FORBIDDENWORD", "WARN", "FORBIDWARN", "IGNORE", "FLAG"}) {
      if (directive == changes)
        return false;
    }
    if (directive == "ICONV" && line.find('-') != std::string::npos)
      return false;
  }
  return true;
}

// Writes the index, `header` then `words`, into a temporary file renamed into place once complete: a
// half-written index would accept the prefix of a word. False, having said why, if it cannot be written.
bool write_index(const std::filesystem::path& output, const std::string& header, const std::string& words) {
  const std::filesystem::path temporary = output.string() + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << header << words;
    if (!out.flush()) {
      std::cerr << "make_spelling_index: cannot write " << temporary.string() << "\n";
      return false;
    }
  }
  std::filesystem::rename(temporary, output);
  return true;
}

int make_index(const std::filesystem::path& aff, const std::filesystem::path& dic,
               const std::filesystem::path& output) {
  const auto start = std::chrono::steady_clock::now();
  // unmunch writes "word" or "word<TAB>morphology"; hunspell words have no spaces.
  std::vector<std::string> forms;
  std::string line;
  while (std::getline(std::cin, line)) {
    line.resize(std::min(line.find_first_of("\t "), line.size()));
    if (!line.empty())
      forms.push_back(line);
  }
  if (forms.empty()) {
    std::cerr << "make_spelling_index: no words on standard input (give it unmunch's output)\n";
    return 1;
  }
  const std::size_t unmunched = forms.size();
  std::sort(forms.begin(), forms.end());
  forms.erase(std::unique(forms.begin(), forms.end()), forms.end());

  const std::string identity = spelling_index_identity(aff, dic);
  if (identity.empty()) {
    std::cerr << "make_spelling_index: cannot read " << aff.string() << " or " << dic.string() << "\n";
    return 1;
  }
  Hunspell hunspell(aff.c_str(), dic.c_str());
  std::string words;
  std::size_t kept = 0, refused = 0, miscapitalised = 0, too_long = 0;
  for (const std::string& form : forms) {
    const std::vector<std::string> spellings = spellings_of(form);
    if (spellings.empty()) {
      ++too_long;
    } else if (!hunspell.spell(spellings.front())) {
      ++refused;
    } else if (!std::all_of(spellings.begin() + 1, spellings.end(),
                            [&](const std::string& s) { return hunspell.spell(s); })) {
      ++miscapitalised;
    } else {
      ++kept;
      words += form;
      words += '\n';
    }
  }

  const std::string header = identity + (splits_hyphens(aff) ? " hyphens=yes" : " hyphens=no") +
                             " bytes=" + std::to_string(words.size()) + "\n";
  if (!write_index(output, header, words))
    return 1;

  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cout << "spelling index " << output.filename().string() << ": " << kept << " words, "
            << (header.size() + words.size()) << " bytes, from " << unmunched << " unmunch lines ("
            << forms.size() << " distinct; hunspell refused " << refused << ", " << miscapitalised
            << " more for a capitalised spelling, " << too_long << " too long) in ";
  std::cout.precision(1);
  std::cout << std::fixed << seconds << " s\n";
  return 0;
}

int make_word_list_index(const std::filesystem::path& data, const std::filesystem::path& list,
                         const std::filesystem::path& output) {
  std::vector<std::string> words;
  std::string line;
  while (std::getline(std::cin, line)) {
    if (!line.empty() && line.back() == '\r')
      line.pop_back();
    if (!line.empty() && line.size() <= pledge::lint::max_indexed_word_bytes)
      words.push_back(line);
  }
  if (words.empty()) {
    std::cerr << "make_spelling_index: no words on standard input (give it the word list, one word a line)\n";
    return 1;
  }
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  const std::string identity = spelling_index_identity(data, list);
  if (identity.empty()) {
    std::cerr << "make_spelling_index: cannot read " << data.string() << " or " << list.string() << "\n";
    return 1;
  }
  std::string body;
  for (const auto& word : words)
    body += word + "\n";
  // aspell splits words at hyphens itself, so the parts of a hyphenated word are judged one by one.
  const std::string header = identity + " hyphens=yes bytes=" + std::to_string(body.size()) + "\n";
  if (!write_index(output, header, body))
    return 1;
  std::cout << "spelling index " << output.filename().string() << ": " << words.size() << " words, "
            << (header.size() + body.size()) << " bytes, from the word list " << list.string() << "\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const bool word_list = argc == 5 && std::string_view(argv[1]) == "--word-list";
  if (argc != 4 && !word_list) {
    std::cerr << "usage: unmunch DIC AFF | make_spelling_index AFF DIC OUTPUT\n"
                 "       WORDS | make_spelling_index --word-list DATA LIST OUTPUT\n";
    return 2;
  }
  try {
    if (word_list)
      return make_word_list_index(argv[2], argv[3], argv[4]);
    return make_index(argv[1], argv[2], argv[3]);
  } catch (const std::exception& e) {
    std::cerr << "make_spelling_index: " << e.what() << "\n";
    return 1;
  }
}
