#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/calendar_date.hpp"
#include "base/source_text.hpp"
#include "model/identity.hpp"
#include "model/library.hpp"
#include "model/lint_settings_layer.hpp"
#include "model/yaml_reader.hpp"

namespace pledge {

// A library chosen under `libraries:`; every statement of it is in the pledge unless excluded.
struct LibrarySelection {
  std::string id;
  Location location;
};

// A statement crossed off, with the reason auditors will ask for.
struct Exclusion {
  std::string ref;
  std::string reason;
  Location location;  // the ref
};

// A statement kept in the team's own words.
struct Rewording {
  std::string ref;
  std::string text;
  Location location;  // the ref
  Location text_location;
  std::vector<LanguageText> translations = {};
};

// A statement the team added; its ref is local/<id>.
struct LocalStatement {
  std::string id;
  std::string group;
  std::string text;
  std::vector<std::string> refs;
  std::vector<std::string> evidence;
  Location group_location;
  Location text_location;
  std::vector<LanguageText> translations = {};
};

// An auditor's record against one statement of the pledge: fills the evidence checklist's columns.
struct EvidenceRecord {
  std::string ref;
  std::string status;  // "Met", "Partly met" or "Not met"; empty if not yet assessed
  std::string owner;
  std::string notes;
  Location location;                      // the ref
  std::optional<CalendarDate> checked;    // the day the evidence was last checked
  std::string reviewer;                   // who checked it
  std::string link;                       // where the evidence is: a URL or a path
  std::optional<CalendarDate> review_by;  // the day it is due to be checked again
  Location review_by_location;            // the review-by date, for the overdue list
};

// How the poster is printed.
struct PosterSettings {
  std::string size = "A3";  // A4, A3 or A2
  int copies = 0;           // posters the team asks for (the guidance's final step); 0 if not said
  int sheets = 0;           // the most sheets the poster may take; 0: as many as the pledge and team need
  bool numbers = true;      // statements numbered as on the checklist and worksheet
};

// One thing the service asks of patients, relatives and carers in return ("what you expect from them in
// return", source 000).
struct Ask {
  std::string text;
  Location location;
  std::vector<LanguageText> translations = {};  // as written under the ask's `translations:`
};

// A heading or text of one of the leaflet's panels, written in the service file's `leaflet:` section in place
// of the leaflet's own (who to contact, how to give feedback or raise a concern, ...).
struct LeafletText {
  std::string panel;  // one of leaflet_panels()
  std::string part;   // "heading" or "text"
  std::string text;
  Location location;
  std::vector<LanguageText> translations = {};  // as written under the text's `translations:`
};

// The panels of the leaflet a service file's `leaflet:` may set, in the order the leaflet reads them: who we
// care for, why we have a pledge, your part (the flap), who to contact, feedback and concerns (the back).
const std::vector<std::string>& leaflet_panels();

// A service's selection and rewording file: what the team chose, before resolution against the libraries.
struct ServiceFile {
  std::string service;
  std::string audience;
  std::string language = std::string(default_language);  // what its titles, rewordings and additions are in
  std::vector<std::string> languages;  // the documents' languages in order, as `languages:` lists them
  Location languages_location;         // the `languages:` list, if there is one
  std::vector<LibrarySelection> libraries;
  std::vector<Group> groups;  // extra groups for local statements, or new titles for library groups
  std::vector<Exclusion> exclude;
  std::vector<Rewording> reword;
  std::vector<LocalStatement> add;
  std::vector<std::string> staff;
  std::string contact;                 // who to contact, printed on the leaflet
  std::string version;                 // the pledge's own version ("2"), printed with the documents
  std::optional<CalendarDate> agreed;  // the day the team agreed it
  PosterSettings poster;
  std::vector<Ask> asks;
  std::vector<LeafletText> leaflet;  // in leaflet_panels() order, each panel's heading before its text
  std::vector<EvidenceRecord> evidence;
  std::vector<std::string> words;       // extra words the spelling check accepts
  std::vector<GlossaryEntry> glossary;  // acronyms and terms the service explains
  LintSettingsLayer lint;               // the `lint:` settings as written, for the linter to check and apply
  Identity identity;                    // the nearest identity file's, then the `identity:` section's keys
  std::shared_ptr<const SourceText> source_text;
};

// The evidence statuses an auditor records, in checklist order.
const std::vector<std::string>& evidence_statuses();

// The one problem of a statement library given where a service file is wanted (`library:` and no
// `service:`), at its `library:` key, saying how to use it; nothing for any other file. read_service_file
// reports it instead of a problem for each key a library has.
std::optional<Diagnostic> library_instead_of_service(const YamlNode& root, const SourceText& source);

// Reads a service file, recording every problem in `problems` and keeping what could be read, so that
// resolution can report its own problems in the same run.
ServiceFile read_service_file(std::shared_ptr<const SourceText> source, DiagnosticList& problems);

// The same from the text parsed already (by a reader that looked at it to see what kind of file it is).
ServiceFile read_service_file(const YamlNode& root, std::shared_ptr<const SourceText> source,
                              DiagnosticList& problems);

}  // namespace pledge
