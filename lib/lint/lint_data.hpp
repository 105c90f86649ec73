#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "lint/settings.hpp"
#include "lint/syllables.hpp"
#include "lint/tokens.hpp"

namespace pledge::lint {

// A word or phrase to avoid and its plain alternative.
struct JargonEntry {
  std::string phrase;              // as written in the data ("in accordance with")
  std::vector<std::string> words;  // lower case, as the tokenizer cuts them
  std::string plain;               // "under"
  std::string source;              // nhs-a-to-z, nhs-content-guide, gov-uk, pledgekit or local
  // Phrases in which the words are not jargon: a name or a legal term ("requirements of the Equality Act"),
  // each as lower-case words.
  std::vector<std::vector<std::string>> exceptions;
};

// The jargon list, indexed by first word so that matching costs one hash lookup per word of text.
class JargonList {
 public:
  void add(std::string_view phrase, std::string plain, std::string source = {},
           const std::vector<std::string>& exceptions = {});

  // The longest entry whose words are the tokens from `index` on, separated only by spaces in `text`, and
  // that are not inside one of its exceptions, or null; `length` receives the number of tokens matched.
  const JargonEntry* match(std::string_view text, const std::vector<Token>& tokens, std::size_t index,
                           std::size_t& length) const;

  std::size_t size() const { return m_entries.size(); }

 private:
  std::vector<JargonEntry> m_entries;
  std::unordered_map<std::string, std::vector<std::size_t>> m_by_first_word;
};

// The data the rules run on, read from the lint data folder (statements/lint/ in the source tree,
// share/pledgekit/statements/lint when installed): YAML files a facilitator can edit.
struct LintData {
  JargonList jargon;                               // jargon.yaml
  std::size_t jargon_entries = 0;                  // entries in jargon.yaml (each may list several forms)
  std::vector<std::string> words;                  // words.yaml `words:`: the project word list
  std::vector<std::string> welsh_words;            // words.cy.yaml `words:`: the same for Welsh
  std::unordered_set<std::string> known_acronyms;  // words.yaml `acronyms:`: need no spelling out
  SyllableExceptions syllables;                    // syllables.yaml
  std::unordered_set<std::string> participles;     // participles.yaml `irregular:`
  std::unordered_set<std::string>
      adjectives;              // participles.yaml `adjectives:`: "-ed" words that are not passive
  LintSettingsLayer settings;  // settings.yaml, the first layer over the rules table (see settings_for)
  Settings defaults;           // the rules table's defaults with settings.yaml applied
};

// Reads every file of the lint data folder; throws Error naming file, line and column of each problem.
LintData load_lint_data(const std::filesystem::path& folder);

}  // namespace pledge::lint
