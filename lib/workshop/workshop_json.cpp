#include "workshop/workshop_json.hpp"

#include <nlohmann/json.hpp>

#include "base/name_table.hpp"

namespace pledge::workshop {

namespace {

using nlohmann::json;

json finding_json(const lint::Finding& f) {
  return json{{"rule", f.rule},          {"severity", std::string(lint::to_string(f.severity))},
              {"message", f.message},    {"suggestion", f.suggestion},
              {"line", f.location.line}, {"column", f.location.column}};
}

// `items` as a JSON array, each written by `record`.
template <typename Item, typename Record>
json array_of(const std::vector<Item>& items, Record record) {
  json out = json::array();
  for (const auto& item : items)
    out.push_back(record(item));
  return out;
}

json findings_array(const std::vector<lint::Finding>& findings) {
  return array_of(findings, finding_json);
}

json problems_array(const std::vector<Diagnostic>& problems) {
  return array_of(problems, [](const Diagnostic& p) {
    return json{{"file", p.where ? p.where->file : ""},
                {"line", p.where ? p.where->line : 0},
                {"column", p.where ? p.where->column : 0},
                {"message", p.message}};
  });
}

json translation_json(const ViewTranslation& t) {
  return json{{"language", t.language},
              {"text", t.text},
              {"editable", t.editable},
              {"findings", findings_array(t.findings)}};
}

json statement_json(const ViewStatement& s) {
  return json{{"ref", s.ref},
              {"decision", std::string(to_string(s.decision))},
              {"text", s.text},
              {"original", s.original},
              {"reason", s.reason},
              {"findings", findings_array(s.findings)},
              {"translations", array_of(s.translations, translation_json)}};
}

json group_json(const ViewGroup& group) {
  return json{
      {"id", group.id}, {"title", group.title}, {"statements", array_of(group.statements, statement_json)}};
}

json ask_json(const ViewAsk& ask) {
  return json{{"ref", ask.ref},
              {"number", ask.number},
              {"text", ask.text},
              {"findings", findings_array(ask.findings)}};
}

json history_json(const std::vector<HistoryEntry>& entries) {
  return array_of(entries, [](const HistoryEntry& entry) {
    return json{{"description", entry.description}, {"notes", entry.notes}};
  });
}

json view_json(const WorkshopView& view) {
  return json{{"service", view.service},
              {"audience", view.audience},
              {"language", view.language},
              {"languages", view.languages},
              {"groups", array_of(view.groups, group_json)},
              {"asks", array_of(view.asks, ask_json)},
              {"findings", findings_array(view.findings)}};
}

json state_object(const WorkshopState& state, const std::string& file) {
  return json{{"file", file},
              {"version", state.file.version},
              {"pledge", state.view ? view_json(*state.view) : json(nullptr)},
              {"problems", problems_array(state.problems)},
              {"warnings", problems_array(state.warnings)},
              {"history", history_json(state.history)},
              {"undone", history_json(state.undone)},
              {"lint", json{{"settings_file", state.lint.settings_file},
                            {"scope", state.lint.scope},
                            {"baseline", state.lint.baseline},
                            {"accepted", state.lint.accepted},
                            {"stamp", state.lint.stamp}}},
              {"identity", json{{"organisation", state.identity.organisation},
                                {"identity_file", state.identity.identity_file},
                                {"stamp", state.identity.stamp}}}};
}

// Invalid UTF-8 in a file must not stop the page from hearing about it.
std::string dump(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace

std::string state_json(const WorkshopState& state) {
  return dump(state_object(state, state.file_name));
}

std::string change_json(const ChangeResult& result) {
  static const char* outcomes[] = {"saved", "conflict", "refused"};
  json out{{"outcome", outcomes[static_cast<int>(result.outcome)]},
           {"state", state_object(result.state, result.state.file_name)},
           {"problems", problems_array(result.problems)}};
  if (result.outcome == Outcome::conflict) {
    out["disk_text"] = result.state.file.text;
    out["yours"] = result.yours ? json(*result.yours) : json(nullptr);
  }
  return dump(out);
}

std::string findings_json(const std::vector<lint::Finding>& findings) {
  return dump(json{{"findings", findings_array(findings)}});
}

std::string problems_json(const std::vector<Diagnostic>& problems) {
  return dump(json{{"problems", problems_array(problems)}});
}

std::string version_json(const std::string& version, const std::string& lint_stamp,
                         const std::string& identity_stamp) {
  return dump(json{{"version", version}, {"lint", lint_stamp}, {"identity", identity_stamp}});
}

std::string preview_json(const DocumentPreview& preview) {
  return dump(json{{"version", preview.version},
                   {"stamp", preview.stamp},
                   {"bytes", preview.bytes.size()},
                   {"problems", problems_array(preview.problems)},
                   {"warnings", problems_array(preview.warnings)}});
}

PageRequest parse_page_request(std::string_view body) {
  const json value = json::parse(body, nullptr, false);
  if (value.is_discarded() || !value.is_object())
    throw Error("the request is not a JSON object");
  PageRequest request;
  auto text = [](const json& object, const char* key, std::string& into) {
    if (!object.contains(key))
      return;
    if (!object[key].is_string())
      throw Error(std::string("'") + key + "' must be a text");
    into = object[key].get<std::string>();
  };
  text(value, "version", request.version);
  text(value, "text", request.text);
  if (value.contains("change")) {
    const json& change = value["change"];
    if (!change.is_object())
      throw Error("'change' must be an object");
    text(change, "op", request.op);
    text(change, "ref", request.ref);
    text(change, "reason", request.reason);
    text(change, "text", request.text);
    text(change, "group", request.group);
    text(change, "language", request.language);
  }
  return request;
}

namespace {}  // namespace

std::size_t ask_number(std::string_view ref) {
  constexpr std::string_view prefix = "asks/";
  std::size_t number = 0;
  bool digits = ref.size() > prefix.size() && ref.size() <= prefix.size() + 6 && ref.starts_with(prefix);
  for (const char c : ref.substr(std::min(ref.size(), prefix.size()))) {
    if (c < '0' || c > '9')
      digits = false;
    else
      number = number * 10 + static_cast<std::size_t>(c - '0');
  }
  if (!digits || number == 0)
    throw Error("'" + std::string(ref) + "' is not an ask: asks are asks/1, asks/2 ...");
  return number;
}

namespace {

// A change the page asks for by name; every one names the statement it changes (`add` is the session's own).
struct ChangeOp {
  std::string_view name;
  ServiceFileEdit (*make)(const PageRequest&);
  bool needs_ref = true;
};

const NameTable<ChangeOp> change_ops(
    "change",
    {
        {"cross-off",
         [](const PageRequest& r) -> ServiceFileEdit {
           return edit::CrossOff{r.ref, r.reason};
         }},
        {"keep", [](const PageRequest& r) -> ServiceFileEdit { return edit::KeepAgain{r.ref}; }},
        {"reword",
         [](const PageRequest& r) -> ServiceFileEdit {
           return edit::Reword{r.ref, r.text};
         }},
        {"use-original", [](const PageRequest& r) -> ServiceFileEdit { return edit::UseOriginal{r.ref}; }},
        {"remove",
         [](const PageRequest& r) -> ServiceFileEdit {
           if (!r.ref.starts_with("local/"))
             throw Error(
                 "only a statement you added (local/...) can be removed; cross a library statement off");
           return edit::RemoveStatement{r.ref.substr(6)};
         }},
        {"add-ask", [](const PageRequest& r) -> ServiceFileEdit { return edit::AddAsk{r.text}; }, false},
        {"reword-ask",
         [](const PageRequest& r) -> ServiceFileEdit {
           return edit::RewordAsk{ask_number(r.ref), r.text};
         }},
        {"remove-ask",
         [](const PageRequest& r) -> ServiceFileEdit { return edit::RemoveAsk{ask_number(r.ref)}; }},
        {"translate",
         [](const PageRequest& r) -> ServiceFileEdit {
           return edit::Translate{r.ref, r.language, r.text};
         }},
    });

}  // namespace

ServiceFileEdit edit_of(const PageRequest& r) {
  if (r.op.empty())
    throw Error("the change '' needs 'op'");
  const ChangeOp* op = change_ops.find(r.op);
  if (!op)
    throw Error(
        "unknown change '" + r.op +
        "': use cross-off, keep, reword, use-original, add, remove, add-ask, reword-ask, remove-ask or "
        "translate");
  if (op->needs_ref && r.ref.empty())
    throw Error("the change '" + r.op + "' needs 'ref'");
  return op->make(r);
}

}  // namespace pledge::workshop
