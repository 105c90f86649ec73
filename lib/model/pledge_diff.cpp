#include "model/pledge_diff.hpp"

#include <algorithm>
#include <map>
#include <memory>

#include "base/calendar_date.hpp"
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

std::vector<std::pair<std::string, std::string>> evidence_field(const ResolvedPledge& pledge,
                                                                std::string EvidenceRecord::*field) {
  std::vector<std::pair<std::string, std::string>> out;
  if (pledge.service_file) {
    for (const auto& record : pledge.service_file->evidence)
      out.emplace_back(record.ref, record.*field);
  }
  return out;
}

// One member of each item, in order: the rows of a list field.
template <typename Item>
std::vector<std::string> each(const std::vector<Item>& items, std::string Item::*member) {
  std::vector<std::string> out;
  for (const Item& item : items)
    out.push_back(item.*member);
  return out;
}

// A count the service file may leave out (0) as diff shows it: empty when left out.
std::string count_text(int count) {
  return count > 0 ? std::to_string(count) : std::string();
}

void compare_text(const PledgeField& row, const ResolvedPledge& a, const ResolvedPledge& b,
                  std::vector<FieldChange>& out) {
  std::string before = row.text(a);
  std::string after = row.text(b);
  if (before != after)
    out.push_back(FieldChange{std::string(row.name), "", std::move(before), std::move(after)});
}

void compare_items(const PledgeField& row, const ResolvedPledge& a, const ResolvedPledge& b,
                   std::vector<FieldChange>& out) {
  const auto before = row.items(a);
  const auto after = row.items(b);
  auto has = [](const std::vector<std::string>& list, const std::string& item) {
    return std::find(list.begin(), list.end(), item) != list.end();
  };
  for (const auto& item : after) {
    if (!has(before, item))
      out.push_back(FieldChange{std::string(row.name), item, "", item});
  }
  for (const auto& item : before) {
    if (!has(after, item))
      out.push_back(FieldChange{std::string(row.name), item, item, ""});
  }
}

void compare_keyed(const PledgeField& row, const ResolvedPledge& a, const ResolvedPledge& b,
                   std::vector<FieldChange>& out) {
  const auto before = row.keyed(a);
  const auto after = row.keyed(b);
  auto find = [](const auto& list, const std::string& key) -> const std::string* {
    for (const auto& [k, v] : list) {
      if (k == key)
        return &v;
    }
    return nullptr;
  };
  // An item with an empty value (an evidence record without notes) has nothing to add or remove.
  for (const auto& [key, value] : after) {
    const std::string* old_value = find(before, key);
    if (old_value ? *old_value != value : !value.empty())
      out.push_back(FieldChange{std::string(row.name), key, old_value ? *old_value : "", value});
  }
  for (const auto& [key, value] : before) {
    if (!find(after, key) && !value.empty())
      out.push_back(FieldChange{std::string(row.name), key, value, ""});
  }
}

}  // namespace

const std::vector<PledgeField>& pledge_fields() {
  using P = const ResolvedPledge&;
  static const std::vector<PledgeField> rows = {
      {"service", [](P p) { return p.service; }},
      {"audience", [](P p) { return p.audience; }},
      {"version", [](P p) { return p.version; }},
      {"agreed", [](P p) { return p.agreed ? iso_text(*p.agreed) : std::string(); }},
      {"contact", [](P p) { return p.contact; }},
      {"libraries", nullptr, [](P p) { return each(p.libraries, &LibraryInfo::id); }},
      {"staff", nullptr, [](P p) { return p.staff; }},
      {"poster size", [](P p) { return p.poster.size; }},
      {"poster copies", [](P p) { return count_text(p.poster.copies); }},
      {"asks", nullptr,
       [](P p) {
         std::vector<std::string> texts;
         for (const auto& ask : p.asks) {
           for (const auto& text : ask.texts)  // one language: the text as written; more: each named
             texts.push_back(ask.texts.size() > 1 ? text.language + ": " + text.text : text.text);
         }
         return texts;
       }},
      {"leaflet", nullptr, nullptr,
       [](P p) {
         // "contact text", or "contact text (cy)" for each language of a pledge in several.
         std::vector<std::pair<std::string, std::string>> texts;
         for (const auto& text : p.leaflet) {
           for (const auto& t : text.texts)
             texts.emplace_back(
                 text.panel + " " + text.part + (text.texts.size() > 1 ? " (" + t.language + ")" : ""),
                 t.text);
         }
         return texts;
       }},
      {"poster sheets", [](P p) { return count_text(p.poster.sheets); }},
      {"poster numbers", [](P p) { return std::string(p.poster.numbers ? "" : "off"); }},
      {"words", nullptr, [](P p) { return p.words; }},
      {"glossary", nullptr, nullptr,
       [](P p) {
         // The service's own entries: the libraries' glossaries are not the service's to change.
         std::vector<std::pair<std::string, std::string>> out;
         if (p.service_file) {
           for (const auto& entry : p.service_file->glossary)
             out.emplace_back(entry.term, entry.meaning);
         }
         return out;
       }},
      {"evidence status", nullptr, nullptr, [](P p) { return evidence_field(p, &EvidenceRecord::status); }},
      {"evidence owner", nullptr, nullptr, [](P p) { return evidence_field(p, &EvidenceRecord::owner); }},
      {"evidence notes", nullptr, nullptr, [](P p) { return evidence_field(p, &EvidenceRecord::notes); }},
  };
  return rows;
}

ResolvedPledge empty_pledge(std::string name) {
  ResolvedPledge pledge;
  pledge.poster.size.clear();
  pledge.source_text = std::make_shared<const SourceText>(std::move(name), "");
  return pledge;
}

PledgeDiff diff_pledges(const ResolvedPledge& old_pledge, const ResolvedPledge& new_pledge) {
  PledgeDiff diff;
  diff.old_name = old_pledge.source_text ? old_pledge.source_text->name() : "old";
  diff.new_name = new_pledge.source_text ? new_pledge.source_text->name() : "new";
  for (const PledgeField& row : pledge_fields()) {
    if (row.text)
      compare_text(row, old_pledge, new_pledge, diff.fields);
    else if (row.items)
      compare_items(row, old_pledge, new_pledge, diff.fields);
    else
      compare_keyed(row, old_pledge, new_pledge, diff.fields);
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

}  // namespace pledge
