#include "pledge_diff.hpp"

#include <algorithm>
#include <map>

#include <nlohmann/json.hpp>

namespace pledge {

std::string_view to_string(ChangeKind kind) {
  switch (kind) {
    case ChangeKind::added:
      return "added";
    case ChangeKind::removed:
      return "removed";
    case ChangeKind::reworded:
      return "reworded";
    case ChangeKind::excluded:
      return "excluded";
    case ChangeKind::included:
      return "included";
    case ChangeKind::reason_changed:
      return "reason changed";
  }
  return "changed";
}

namespace {

// A statement's place in one version: in the pledge with a text, excluded with a reason, or absent.
struct Presence {
  enum { absent, present, excluded } state = absent;
  std::string text;
};

std::map<std::string, Presence> presence_of(const ResolvedPledge& pledge) {
  std::map<std::string, Presence> out;
  for (const auto& s : pledge.statements)
    out[s.ref] = Presence{Presence::present, s.text};
  for (const auto& e : pledge.excluded)
    out[e.ref] = Presence{Presence::excluded, e.reason};
  return out;
}

// Refs in the order a reader meets them: the new pledge's statements and exclusions, then what only the old
// had.
std::vector<std::string> ref_order(const ResolvedPledge& old_pledge, const ResolvedPledge& new_pledge) {
  std::vector<std::string> out;
  auto add = [&](const std::string& ref) {
    if (std::find(out.begin(), out.end(), ref) == out.end())
      out.push_back(ref);
  };
  for (const auto& s : new_pledge.statements)
    add(s.ref);
  for (const auto& e : new_pledge.excluded)
    add(e.ref);
  for (const auto& s : old_pledge.statements)
    add(s.ref);
  for (const auto& e : old_pledge.excluded)
    add(e.ref);
  return out;
}

}  // namespace

PledgeDiff diff_pledges(const ResolvedPledge& old_pledge, const ResolvedPledge& new_pledge) {
  PledgeDiff diff;
  diff.old_name = old_pledge.source_text ? old_pledge.source_text->name() : "old";
  diff.new_name = new_pledge.source_text ? new_pledge.source_text->name() : "new";
  if (old_pledge.service != new_pledge.service)
    diff.fields.push_back({"service", {old_pledge.service, new_pledge.service}});
  if (old_pledge.audience != new_pledge.audience) {
    diff.fields.push_back({"audience", {old_pledge.audience, new_pledge.audience}});
  }
  const auto before = presence_of(old_pledge);
  const auto after = presence_of(new_pledge);
  for (const auto& ref : ref_order(old_pledge, new_pledge)) {
    auto o = before.count(ref) ? before.at(ref) : Presence{};
    auto n = after.count(ref) ? after.at(ref) : Presence{};
    std::optional<ChangeKind> kind;
    if (n.state == Presence::present) {
      if (o.state == Presence::absent)
        kind = ChangeKind::added;
      if (o.state == Presence::excluded)
        kind = ChangeKind::included;
      if (o.state == Presence::present && o.text != n.text)
        kind = ChangeKind::reworded;
    } else if (n.state == Presence::excluded) {
      if (o.state != Presence::excluded)
        kind = ChangeKind::excluded;
      if (o.state == Presence::excluded && o.text != n.text)
        kind = ChangeKind::reason_changed;
    } else {
      kind = ChangeKind::removed;
    }
    if (kind)
      diff.changes.push_back(StatementChange{*kind, ref, o.text, n.text});
  }
  return diff;
}

std::optional<DiffFormat> parse_diff_format(std::string_view name) {
  if (name == "text")
    return DiffFormat::text;
  if (name == "json")
    return DiffFormat::json;
  return std::nullopt;
}

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
  return out.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace

std::string format_diff(const PledgeDiff& diff, DiffFormat format) {
  return format == DiffFormat::json ? to_json(diff) : to_text(diff);
}

}  // namespace pledge
