#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/calendar_date.hpp"
#include "base/source_text.hpp"
#include "model/language.hpp"

namespace pledge {

class YamlNode;

// A heading under which statements are grouped on the poster: usually one of the organisation's values.
struct Group {
  std::string id;
  std::string title;
  std::vector<LanguageText> translations = {};  // the title in other languages
  Location title_location = {};
};

// One statement of a library, as its authors wrote it.
struct Statement {
  std::string id;
  std::string group;
  std::string text;
  std::vector<std::string> refs;                // references shown on evidence checklists ("NICE QS15")
  std::vector<std::string> evidence;            // prompts for auditors
  Location location;                            // the statement's list item
  Location text_location;                       // the text scalar, where linting reports findings
  std::vector<LanguageText> translations = {};  // the text in other languages than the library's
};

// An acronym or term and what it stands for, so that linting accepts it unexplained in statements.
struct GlossaryEntry {
  std::string term;
  std::string meaning;
};

// A statement library: one YAML file under statements/, named after its id.
struct Library {
  std::string id;
  std::string title;
  std::string source;
  std::string version;
  std::vector<std::string> addresses;                    // web pages the statements were read from
  std::optional<CalendarDate> read;                      // the day they were read there
  std::string licence;                                   // the terms the statements are reused under
  std::string language = std::string(default_language);  // what its titles and statements are written in
  std::vector<Group> groups;
  std::vector<Statement> statements;
  std::vector<GlossaryEntry> glossary;
  std::shared_ptr<const SourceText> source_text;

  const Statement* find_statement(std::string_view statement_id) const;
  const Group* find_group(std::string_view group_id) const;
  std::vector<std::string> statement_ids() const;
};

// Reads a library from its text. `file_stem` is the name the file was found under, which the library id must
// equal so that a ref's library part always names its file. Throws Error listing every problem found.
Library load_library(std::shared_ptr<const SourceText> source, std::string_view file_stem);

// The same from the text parsed already (by a reader that looked at it to see what kind of file it is).
Library load_library(const YamlNode& root, std::shared_ptr<const SourceText> source,
                     std::string_view file_stem);

// Reads the library file at `path`.
Library load_library_file(const std::filesystem::path& path);

class MappingReader;
// Reads an optional `glossary:` mapping (TERM: meaning) of a library or service file.
std::vector<GlossaryEntry> read_glossary(MappingReader& file);

// A statement's keys as written in a library, or under a service file's `add:`, before either checks them
// against its other statements and groups.
struct StatementEntry {
  std::optional<std::string> id;
  std::optional<std::string> group;
  std::optional<std::string> text;
  std::vector<std::string> refs;
  std::vector<std::string> evidence;
  std::vector<LanguageText> translations = {};
};

// The keys a statement may have.
const std::vector<std::string>& statement_keys();

// Reads the keys of one statement written in `language`, recording a problem for each missing or of the
// wrong form.
StatementEntry read_statement_entry(MappingReader& statement, std::string_view language);

// The keys a group may have, in a library or a service file.
const std::vector<std::string>& group_keys();

}  // namespace pledge
