#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "workshop/workshop_session.hpp"

namespace pledge::workshop {

// The JSON the workshop page reads (lib/workshop/page/workshop.js is its only reader):
//   state:   {"file", "version", "pledge": {"service", "audience", "groups": [{"id", "title", "statements":
//            [{"ref", "decision", "text", "original", "reason", "findings": [...], "translations":
//            [{"language", "text", "editable", "findings"}]}]}], "language", "languages", "asks": [{"ref",
//            "number", "text", "findings": [...]}], "findings": [...]} or
//            null, "problems": [{"file", "line", "column", "message"}], "warnings": [the same: what
//            pledge build would refuse], "history": [{"description",
//            "notes"}], "undone": [the same, for redo: the next one last], "lint": {"settings_file",
//            "scope", "baseline", "accepted", "stamp"}, "identity": {"organisation", "identity_file",
//            "stamp"}}
//   finding: {"rule", "severity", "message", "suggestion", "line", "column"}
std::string state_json(const WorkshopState& state);

// {"outcome": "saved" | "conflict" | "refused", "state": ..., "problems": [...]}, and for a conflict the
// file on disk ("disk_text") and the page's version with its change ("yours", null if unknown).
std::string change_json(const ChangeResult& result);

std::string findings_json(const std::vector<lint::Finding>& findings);  // {"findings": [...]}
std::string problems_json(const std::vector<Diagnostic>& problems);     // {"problems": [...]}
// {"version": ..., "lint": the lint settings' stamp, "identity": the identity's stamp}
std::string version_json(const std::string& version, const std::string& lint_stamp,
                         const std::string& identity_stamp);
// {"version", "stamp", "bytes", "problems", "warnings"}
std::string preview_json(const DocumentPreview& preview);

// What the page sends: {"version": the file version it shows, "change": {"op": ..., ...}} for a change or a
// draft, {"version"} for undo, {"version", "text"} to keep its own version. Ops: cross-off (ref, reason),
// keep (ref), reword (ref, text), use-original (ref), add (group, text), remove (ref local/ID), add-ask
// (text), reword-ask (ref asks/N, text), remove-ask (ref asks/N), translate (ref, language, text).
struct PageRequest {
  std::string version;
  std::string op;
  std::string ref;
  std::string reason;
  std::string text;
  std::string group;
  std::string language;
};

// Throws Error saying what is wrong if `body` is not such a request.
PageRequest parse_page_request(std::string_view body);

// N of an ask's ref "asks/N"; throws Error if `ref` is not one.
std::size_t ask_number(std::string_view ref);

// The edit a request's change asks for (every op but "add", whose id the session makes); throws Error for
// an unknown op or a missing field.
ServiceFileEdit edit_of(const PageRequest& request);

}  // namespace pledge::workshop
