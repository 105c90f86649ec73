// Makes the spelling index (lib/lint/spelling_index.hpp) at build time:
//
//   unmunch en_GB.dic en_GB.aff | make_spelling_index en_GB.aff en_GB.dic OUTPUT
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
  // Renamed into place once complete: a half-written index would accept the prefix of a word.
  const std::filesystem::path temporary = output.string() + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << header << words;
    if (!out.flush()) {
      std::cerr << "make_spelling_index: cannot write " << temporary.string() << "\n";
      return 1;
    }
  }
  std::filesystem::rename(temporary, output);

  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cout << "spelling index " << output.filename().string() << ": " << kept << " words, "
            << (header.size() + words.size()) << " bytes, from " << unmunched << " unmunch lines ("
            << forms.size() << " distinct; hunspell refused " << refused << ", " << miscapitalised
            << " more for a capitalised spelling, " << too_long << " too long) in ";
  std::cout.precision(1);
  std::cout << std::fixed << seconds << " s\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: unmunch DIC AFF | make_spelling_index AFF DIC OUTPUT\n";
    return 2;
  }
  try {
    return make_index(argv[1], argv[2], argv[3]);
  } catch (const std::exception& e) {
    std::cerr << "make_spelling_index: " << e.what() << "\n";
    return 1;
  }
}
