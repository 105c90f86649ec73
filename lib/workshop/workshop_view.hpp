#pragma once

#include <string>
#include <vector>

#include "lint/finding.hpp"
#include "lint/linter.hpp"
#include "model/library_catalog.hpp"
#include "model/resolved_pledge.hpp"

namespace pledge::workshop {

// What the team decided about a statement, as the workshop page shows it.
enum class Decision { kept, reworded, crossed_off, added };

std::string_view to_string(Decision decision);  // "kept", "reworded", "crossed-off", "added"
std::string_view badge(Decision decision);      // what the page shows: "Kept", "Crossed off", ...

// A statement's wording in another of the pledge's languages.
struct ViewTranslation {
  std::string language;  // a BCP 47 tag
  std::string text;      // empty: not written yet (the pledge cannot be built until it is)
  Location location;     // where it is written, if it is
  bool editable =
      false;  // the team's own wording (a rewording or an added statement), so theirs to translate
  std::vector<lint::Finding> findings;
};

// A statement of the selected libraries or one the team added, crossed off or not.
struct ViewStatement {
  std::string ref;
  Decision decision = Decision::kept;
  std::string text;      // as the pledge prints it; a crossed-off statement's library wording
  std::string original;  // the library's wording (empty for an added statement)
  std::string reason;    // why it is crossed off
  std::vector<lint::Finding> findings;
  std::vector<ViewTranslation> translations = {};  // in each other language of the pledge, in their order
};

struct ViewGroup {
  std::string id;
  std::string title;
  std::vector<ViewStatement> statements;  // in library order, then the team's own
};

// One thing the service asks of patients, relatives and carers in return.
struct ViewAsk {
  std::string ref;  // asks/1, asks/2 ...: as lint names it
  std::size_t number = 0;
  std::string text;
  std::vector<lint::Finding> findings;
};

// Everything the team goes through in a workshop: every group, even one whose statements are all crossed
// off or one declared for statements not written yet, with every statement and its lint findings.
struct WorkshopView {
  std::string service;
  std::string audience;
  std::string language;                // the service file's own: what `text` is written in
  std::vector<std::string> languages;  // the pledge's, in order, as `languages:` lists them
  std::vector<ViewGroup> groups;
  std::vector<ViewAsk> asks;
  std::vector<lint::Finding> findings;  // about the pledge as a whole, or a statement not shown
};

// The view of a resolved pledge: its libraries (read through `catalog`) give the crossed-off statements
// their place and group, and `report` the findings of each statement.
WorkshopView workshop_view(const ResolvedPledge& pledge, LibraryCatalog& catalog,
                           const lint::LintReport& report);

// Gives each statement shown (crossed-off ones aside) its wording in every language of `languages:` but the
// service file's own, from its library's translations or the team's, marking the missing ones; findings are
// not filled in. `pledge` is the one `view` was made from.
void add_translations(WorkshopView& view, const ResolvedPledge& pledge, LibraryCatalog& catalog);

// The translations of `view` in `language` as statements to lint in that language.
std::vector<lint::StatementText> translations_in(const WorkshopView& view, const std::string& language);

// Puts each finding of `report` (about translations into `language`) under its translation.
void take_translation_findings(WorkshopView& view, const std::string& language,
                               const lint::LintReport& report);

}  // namespace pledge::workshop
