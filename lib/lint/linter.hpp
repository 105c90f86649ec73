#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "lint/finding.hpp"
#include "lint/lint_data.hpp"
#include "lint/settings.hpp"
#include "lint/spell_checker.hpp"
#include "model/language.hpp"
#include "model/library.hpp"
#include "model/library_catalog.hpp"
#include "model/resolved_pledge.hpp"

namespace pledge::lint {

// One statement's wording and where it is written.
struct StatementText {
  std::string ref;
  std::string text;
  Location location;                                     // the text scalar
  std::string language = std::string(default_language);  // the BCP 47 tag of the language it is written in
};

// Statements linted together, so that whole-pledge checks (repetition, mixed quotes, overall readability)
// see them all: a library file, or the pledge a service file resolves to.
struct LintSubject {
  std::string kind = "pledge";  // "pledge" or "library", for messages about the whole
  Location location;            // where findings about the whole go
  std::vector<StatementText> statements;
  std::vector<std::string> words;       // extra words the spelling rule accepts
  std::vector<GlossaryEntry> glossary;  // terms explained, accepted by the spelling and acronym rules
  // The files the statements are written in: to find the column of a word inside its scalar and to honour
  // `# pledge-lint: disable=RULE` comments.
  std::vector<std::shared_ptr<const SourceText>> sources;
};

LintSubject subject_of(const Library& library);

// The statements the pledge prints: kept ones are written in their library file (read through `catalog`),
// reworded and added ones in the service file; then its asks (refs asks/1, asks/2 ...), in the service file.
LintSubject subject_of(const ResolvedPledge& pledge, LibraryCatalog& catalog);

// Finding::text_digest of a finding about a whole file (a library, or a pledge as a whole): from its kind
// and file name, not from the message, whose figures change with any statement.
std::string whole_file_digest(std::string_view kind, const std::string& file);

// Runs the rules. One Linter serves many subjects, so that the spelling cache outlives each file.
class Linter {
 public:
  // `spelling_index` is the index made at build time from the dictionary (see SpellChecker); without it, or
  // if it was made from other dictionary files, hunspell is loaded for the first spelling check. Welsh is
  // checked with cy.spelling-index from the same folder (SpellChecker::welsh).
  explicit Linter(LintData data, std::filesystem::path spelling_index = {},
                  std::filesystem::path dictionary_folder = SpellChecker::find_dictionary_folder());
  ~Linter();
  Linter(const Linter&) = delete;
  Linter& operator=(const Linter&) = delete;

  const LintData& data() const { return m_data; }

  // Findings (sorted by file, line, column, rule) and scores for one subject at the given settings.
  LintReport check(const LintSubject& subject, const Settings& settings);

 private:
  SpellChecker& spell_checker(std::string_view language);

  LintData m_data;
  std::filesystem::path m_spelling_index;
  std::filesystem::path m_dictionary_folder;
  std::unique_ptr<SpellChecker> m_spell_checker;
  std::unique_ptr<SpellChecker> m_welsh_spell_checker;
};

}  // namespace pledge::lint
