#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "model/library_catalog.hpp"
#include "model/service_file.hpp"

namespace pledge {

enum class StatementStatus { kept, reworded, added };

std::string_view to_string(StatementStatus status);

// What the service asks of patients, relatives and carers, as the pledge prints it.
struct ResolvedAsk {
  std::string text;  // in the documents' first language
  Location location;
  std::vector<LanguageText> texts = {};  // in every language of the pledge, in its order (texts[0] is text)
};

// A heading or text of a leaflet panel as the service's `leaflet:` sets it, in place of the leaflet's own.
struct ResolvedLeafletText {
  std::string panel;                // one of leaflet_panels()
  std::string part;                 // "heading" or "text"
  std::vector<LanguageText> texts;  // in every language of the pledge, in its order
};

// A statement as the service's pledge prints it, with where it came from.
struct ResolvedStatement {
  std::string ref;  // library/statement, or local/<id>
  std::string group;
  std::string group_title;
  std::string text;  // final wording, in the pledge's first language
  StatementStatus status = StatementStatus::kept;
  std::string original;  // the library wording, for reworded statements
  std::vector<std::string> refs;
  std::vector<std::string> evidence;
  Location text_location;  // where the final wording is written (library file or service file)
  const EvidenceRecord* record = nullptr;  // the auditor's record from the service file, if any
  // The final wording in each of the pledge's languages, in their order (the first is `text`), each where it
  // is written: the text itself or one of its translations.
  std::vector<LanguageText> texts = {};
};

// A library statement the service crossed off, and why.
struct ExcludedStatement {
  std::string ref;
  std::string reason;
  std::string original;
  Location location;  // the exclusion in the service file
};

struct ResolvedGroup {
  std::string id;
  std::string title;  // in the pledge's first language
  // In each of the pledge's languages, in their order (the first is `title`).
  std::vector<LanguageText> titles = {};
};

// The provenance of the libraries a pledge draws on, for footers and checklists.
struct LibraryInfo {
  std::string id;
  std::string title;
  std::string source;
  std::string version;
};

// A service's pledge after applying its selection, exclusions, rewordings and additions to the libraries.
struct ResolvedPledge {
  std::string service;
  std::string audience;
  // The documents' languages in the order they appear: the service file's `languages:`, or its `language:`
  // alone. Every statement and group title is given in each.
  std::vector<std::string> languages;
  std::vector<std::string> staff;
  std::vector<ResolvedGroup> groups;          // groups with at least one statement, in poster order
  std::vector<ResolvedStatement> statements;  // grouped, in group order, library order then additions
  std::vector<ExcludedStatement> excluded;    // in the order the service file lists them
  std::vector<LibraryInfo> libraries;
  std::string contact;
  std::string version;                 // the pledge's own version, if the service file gives one
  std::optional<CalendarDate> agreed;  // the day the team agreed it, if given
  PosterSettings poster;
  std::vector<ResolvedAsk> asks;  // what the service asks of patients, relatives and carers
  // The leaflet's panel texts the service sets, in leaflet_panels() order, each heading before its text.
  std::vector<ResolvedLeafletText> leaflet;
  Identity identity;                    // the organisation's name, logo, colours and footer, if it has one
  std::vector<std::string> words;       // the service's extra spelling words
  std::vector<GlossaryEntry> glossary;  // the selected libraries' glossaries, then the service's
  // What the pledge was resolved from: the lint settings, the evidence records, and any other field of the
  // service file a report or document needs (read it here rather than copying it above).
  std::shared_ptr<const ServiceFile> service_file;
  std::shared_ptr<const SourceText> source_text;  // the service file's text
};

// Resolves a service file against the catalog. Throws Error listing every problem in the service file (or the
// libraries it selects), not only the first.
ResolvedPledge resolve(std::shared_ptr<const SourceText> service_source, LibraryCatalog& catalog);

// The same for a service file read already, with the problems its reading found. `only_language`, if not
// empty, resolves the pledge in that one of its languages alone (`--language`): an error if the service
// file does not list it.
ResolvedPledge resolve(ServiceFile service_file, DiagnosticList problems, LibraryCatalog& catalog,
                       std::string_view only_language = "");

ResolvedPledge resolve_file(const std::filesystem::path& service_path, LibraryCatalog& catalog,
                            std::string_view only_language = "");

// Resolves each service file in order and gives each pledge to `take`; then throws one Error with the
// problems of every file that did not resolve (an organisation-wide report names every broken service, not
// the first).
void resolve_each(const std::vector<std::filesystem::path>& service_paths, LibraryCatalog& catalog,
                  const std::function<void(const ResolvedPledge&)>& take);

// The text the service's `leaflet:` sets for `part` ("heading" or "text") of `panel`, or null where the
// leaflet prints its own.
const ResolvedLeafletText* leaflet_text(const ResolvedPledge& pledge, std::string_view panel,
                                        std::string_view part);

// "Version 2, agreed 3 March 2026", "Version 2", "Agreed 3 March 2026", or empty when the service file says
// neither.
std::string version_line(const ResolvedPledge& pledge);

}  // namespace pledge
