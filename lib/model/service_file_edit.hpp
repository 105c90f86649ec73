#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace pledge {

// The changes a team makes to its service file in a workshop (`pledge serve`), each the inverse of another.
namespace edit {

// Crosses a library statement off, with the reason auditors will ask for. If it is crossed off already, only
// the reason changes.
struct CrossOff {
  std::string ref;
  std::string reason;
};

// Keeps a crossed-off statement again.
struct KeepAgain {
  std::string ref;
};

// Words a statement in the team's own way: a library statement (its rewording is written or changed) or one
// the team added (`local/<id>`: its text changes).
struct Reword {
  std::string ref;
  std::string text;
};

// Goes back to a library statement's own wording.
struct UseOriginal {
  std::string ref;
};

// A statement of the team's own, in one of the pledge's groups.
struct AddStatement {
  std::string id;
  std::string group;
  std::string text;
};

// Takes out a statement the team added.
struct RemoveStatement {
  std::string id;
};

// Adds a thing the service asks of patients, relatives and carers in return, after the last one.
struct AddAsk {
  std::string text;
};

// Words an ask anew. `number` counts from 1, as its lint ref does (asks/1 is the first).
struct RewordAsk {
  std::size_t number = 0;
  std::string text;
};

// Takes an ask out; the asks after it move up one (asks/3 becomes asks/2).
struct RemoveAsk {
  std::size_t number = 0;
};

// Gives the team's wording of a statement in another of the pledge's languages: the `translations:` of a
// rewording (`ref` a library statement the team reworded) or of an added statement (`local/<id>`), in
// `language` (a BCP 47 tag), added or changed.
struct Translate {
  std::string ref;
  std::string language;
  std::string text;
};

}  // namespace edit

using ServiceFileEdit =
    std::variant<edit::CrossOff, edit::KeepAgain, edit::Reword, edit::UseOriginal, edit::AddStatement,
                 edit::RemoveStatement, edit::AddAsk, edit::RewordAsk, edit::RemoveAsk, edit::Translate>;

// What an edit does, as a line of the workshop's history: "Crossed off nice-patient-experience/x".
std::string describe(const ServiceFileEdit& edit);

struct EditedServiceFile {
  std::string text;
  // What the edit also did to keep the file valid, in sentences ("Its rewording is kept in the file as a
  // comment.").
  std::vector<std::string> notes;
};

// The service file's text with `edit` made, changing only the lines the edit is about. Comments, blank lines,
// key order, quoting and line endings stay as they are, with these exceptions:
//  - a new entry goes where `pledge init` left it commented out for that statement (its comment lines are
//    replaced by the entry), else after the last entry of its list, at that list's indentation; a missing
//    list (`exclude:`, `reword:`, `add:`, `asks:`) is added after the keys that come before it in
//    pledge-formats(5);
//  - a translation goes under the entry's `translations:` (added as the entry's last key if missing), after
//    its last language; a `translations:` written as {...} is written again in block style;
//  - an entry that is taken out (a statement kept again, a rewording, an added statement or an ask removed)
//    is not deleted but commented out ("# " at its dash), so that its words stay in the file;
//  - crossing off a reworded statement comments out its rewording, and crossing off or removing a
//    statement with an evidence record comments out the record (the resolver refuses both together);
//    rewording a crossed-off statement comments out its exclusion;
//  - a changed value is written on one line in the style it had (plain, 'single' or "double" quoted) if it
//    reads back the same, else double-quoted; a block scalar (| or >) becomes one line; an ask written
//    over several lines is written again as one line (comments between those lines are lost);
//  - a list written in flow style ([...]) is rewritten in block style from its entries, and an entry written
//    as {...} is rewritten as block lines: comments inside them are lost.
// The result is read back and checked to mean exactly the old file with the edit made (order aside for
// exclusions, rewordings and evidence records); otherwise Error is thrown and nothing should be written.
// Throws Error if the file does not read as a service file, or the edit does not apply to it (crossing
// off without a reason, keeping a statement that is not crossed off, an added id that exists).
EditedServiceFile apply_edit(std::string_view file_text, const std::string& file_name,
                             const ServiceFileEdit& edit);

}  // namespace pledge
