#include "report/diff_formats.hpp"

#include <map>

#include "report/json_document.hpp"

namespace pledge::report {

namespace {

std::string to_text(const PledgeDiff& diff) {
  std::string out = "--- " + diff.old_name + "\n+++ " + diff.new_name + "\n";
  for (const auto& [field, values] : diff.fields) {
    out += "\n" + field + " changed\n  - " + values.first + "\n  + " + values.second + "\n";
  }
  for (const auto& c : diff.changes) {
    out += "\n" + std::string(to_string(c.kind)) + ": " + c.ref + "\n";
    switch (c.kind) {
      case ChangeKind::added:
        out += "  + " + c.new_text + "\n";
        break;
      case ChangeKind::removed:
        out += "  - " + c.old_text + "\n";
        break;
      case ChangeKind::reworded:
        out += "  - " + c.old_text + "\n  + " + c.new_text + "\n";
        break;
      case ChangeKind::excluded:
        out += (c.old_text.empty() ? "" : "  - " + c.old_text + "\n") + "  reason: " + c.new_text + "\n";
        break;
      case ChangeKind::included:
        out += "  was excluded: " + c.old_text + "\n  + " + c.new_text + "\n";
        break;
      case ChangeKind::reason_changed:
        out += "  - reason: " + c.old_text + "\n  + reason: " + c.new_text + "\n";
        break;
    }
  }
  std::map<ChangeKind, int> counts;
  for (const auto& c : diff.changes)
    ++counts[c.kind];
  std::string summary;
  for (const auto& [kind, n] : counts) {
    summary += (summary.empty() ? "" : ", ") + std::to_string(n) + " " + std::string(to_string(kind));
  }
  out += "\n" + (summary.empty() ? std::string("no statement changes") : summary) + "\n";
  return out;
}

std::string to_json(const PledgeDiff& diff) {
  using Json = nlohmann::ordered_json;
  Json out{{"old", diff.old_name}, {"new", diff.new_name}};
  out["fields"] = Json::array();
  for (const auto& [field, values] : diff.fields) {
    out["fields"].push_back(Json{{"field", field}, {"old", values.first}, {"new", values.second}});
  }
  out["changes"] = Json::array();
  for (const auto& c : diff.changes) {
    Json item{{"change", std::string(to_string(c.kind))}, {"ref", c.ref}};
    const bool reasons = c.kind == ChangeKind::reason_changed;
    const bool excluded = c.kind == ChangeKind::excluded;
    const bool included = c.kind == ChangeKind::included;
    if (!c.old_text.empty())
      item[reasons || included ? "old_reason" : "old_text"] = c.old_text;
    if (!c.new_text.empty())
      item[reasons || excluded ? "new_reason" : "new_text"] = c.new_text;
    out["changes"].push_back(std::move(item));
  }
  return json_document(out);
}

}  // namespace

const NameTable<DiffFormat> diff_formats(
    "format", {
                  {"text", "for people: each change with the old and new wording, then a count", to_text},
                  {"json", "for programs", to_json},
              });

}  // namespace pledge::report
