#include "report/diff_formats.hpp"

#include <map>

#include "report/json_document.hpp"

namespace pledge::report {

namespace {

// "version changed", "staff added: Asha Patel", "evidence status changed: ref", with the values below.
std::string field_text(const FieldChange& f) {
  if (f.key.empty()) {
    const char* what = f.old_value.empty() ? " set" : f.new_value.empty() ? " removed" : " changed";
    return f.field + what + "\n" + (f.old_value.empty() ? "" : "  - " + f.old_value + "\n") +
           (f.new_value.empty() ? "" : "  + " + f.new_value + "\n");
  }
  if (f.old_value.empty())
    return f.field + " added: " + f.key + "\n" + (f.new_value == f.key ? "" : "  + " + f.new_value + "\n");
  if (f.new_value.empty())
    return f.field + " removed: " + f.key + "\n" + (f.old_value == f.key ? "" : "  - " + f.old_value + "\n");
  return f.field + " changed: " + f.key + "\n  - " + f.old_value + "\n  + " + f.new_value + "\n";
}

std::string to_text(const PledgeDiff& diff) {
  std::string out = "--- " + diff.old_name + "\n+++ " + diff.new_name + "\n";
  // Items of a list field (staff, words) one to a line; a blank line before anything else.
  const FieldChange* previous = nullptr;
  for (const auto& f : diff.fields) {
    auto is_item = [](const FieldChange& c) { return c.key == c.old_value || c.key == c.new_value; };
    if (!(previous && previous->field == f.field && is_item(*previous) && is_item(f)))
      out += "\n";
    out += field_text(f);
    previous = &f;
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
  if (!diff.fields.empty()) {
    summary += (summary.empty() ? "" : "; ") + std::to_string(diff.fields.size()) +
               (diff.fields.size() == 1 ? " field change" : " field changes");
  }
  out += "\n" + (summary.empty() ? std::string("no changes") : summary) + "\n";
  return out;
}

using Json = nlohmann::ordered_json;

Json json_of(const PledgeDiff& diff) {
  Json out{{"old", diff.old_name}, {"new", diff.new_name}};
  out["fields"] = Json::array();
  for (const auto& f : diff.fields) {
    Json item{{"field", f.field}};
    if (!f.key.empty())
      item["key"] = f.key;
    item["old"] = f.old_value;
    item["new"] = f.new_value;
    out["fields"].push_back(std::move(item));
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
  return out;
}

std::string to_json(const PledgeDiff& diff) {
  return json_document(json_of(diff));
}

}  // namespace

std::string write_diffs(const DiffFormat& format, const std::vector<PledgeDiff>& diffs,
                        std::size_t files_compared) {
  if (format.write == to_json) {
    Json out{{"files_compared", files_compared}, {"diffs", Json::array()}};
    for (const auto& diff : diffs)
      out["diffs"].push_back(json_of(diff));
    return json_document(out);
  }
  std::string out;
  for (const auto& diff : diffs)
    out += (out.empty() ? "" : "\n") + format.write(diff);
  if (diffs.empty())
    out = "no changes in " + std::to_string(files_compared) +
          (files_compared == 1 ? " service file\n" : " service files\n");
  return out;
}

const NameTable<DiffFormat> diff_formats(
    "format", {
                  {"text", "for people: each change with the old and new wording, then a count", to_text},
                  {"json", "for programs", to_json},
              });

}  // namespace pledge::report
