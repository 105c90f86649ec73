#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/resolved_pledge.hpp"

namespace pledge {

// What happened to one statement between two versions of a service's pledge.
enum class ChangeKind {
  added,           // in the new pledge only
  removed,         // in the old pledge only
  reworded,        // in both, with different text
  excluded,        // in the old pledge, excluded in the new (or newly listed as excluded)
  included,        // excluded in the old, in the new pledge
  reason_changed,  // excluded in both, for a different reason
};

std::string_view to_string(ChangeKind kind);

struct StatementChange {
  ChangeKind kind;
  std::string ref;
  std::string old_text;  // statement text, or exclusion reason for excluded ones
  std::string new_text;
};

// A change to one of the service file's own fields (a row of pledge_fields()).
struct FieldChange {
  std::string field;      // the row's name: "version", "staff", "evidence status"
  std::string key;        // for a list or keyed field, which item: a name, a glossary term, a ref; else empty
  std::string old_value;  // empty when the field or item was not there
  std::string new_value;  // empty when it is not there any more
};

// One field a diff compares: its name and how to read it from a pledge, as a single text, as a list of
// items (each added or removed) or as items with a key (each added, removed or changed). A new field of the
// service file is compared by adding its row.
struct PledgeField {
  using Text = std::string (*)(const ResolvedPledge&);
  using Items = std::vector<std::string> (*)(const ResolvedPledge&);
  using Keyed = std::vector<std::pair<std::string, std::string>> (*)(const ResolvedPledge&);

  std::string_view name;
  Text text = nullptr;  // exactly one of the three
  Items items = nullptr;
  Keyed keyed = nullptr;
};

// service, audience, version, agreed, contact, libraries, staff, poster size and copies, words, glossary,
// and each evidence record's status, owner and notes, in that order.
const std::vector<PledgeField>& pledge_fields();

struct PledgeDiff {
  std::string old_name;  // the files (or file@revision) compared
  std::string new_name;
  std::vector<FieldChange> fields;       // in the order of pledge_fields()
  std::vector<StatementChange> changes;  // in the new pledge's order
  bool empty() const { return fields.empty() && changes.empty(); }
};

// What a team changed in its pledge, in the words auditors and teams use: its fields, then statement by
// statement.
PledgeDiff diff_pledges(const ResolvedPledge& old_pledge, const ResolvedPledge& new_pledge);

// A pledge with nothing in it, named `name`: the other side of a diff for a file that is new (all added) or
// deleted (all removed).
ResolvedPledge empty_pledge(std::string name);

}  // namespace pledge
