#include "model/pledge_diff.hpp"

#include <algorithm>
#include <map>

#include "base/name_table.hpp"

namespace pledge {

std::string_view to_string(ChangeKind kind) {
  using enum ChangeKind;
  static const NameTable<NamedValue<ChangeKind>> names("change", {{"added", added},
                                                                  {"removed", removed},
                                                                  {"reworded", reworded},
                                                                  {"excluded", excluded},
                                                                  {"included", included},
                                                                  {"reason changed", reason_changed}});
  return names.name_of(kind);
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
  // The asks are compared as the list the panel prints, one field for them all.
  auto asks = [](const ResolvedPledge& pledge) {
    std::string text;
    for (const auto& ask : pledge.asks)
      text += (text.empty() ? "" : " / ") + ask.text;
    return text;
  };
  if (asks(old_pledge) != asks(new_pledge))
    diff.fields.push_back({"asks", {asks(old_pledge), asks(new_pledge)}});
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

}  // namespace pledge
