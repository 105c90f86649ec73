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

struct PledgeDiff {
  std::string old_name;  // the files (or file@revision) compared
  std::string new_name;
  std::vector<std::pair<std::string, std::pair<std::string, std::string>>>
      fields;                            // service, audience and asks changes
  std::vector<StatementChange> changes;  // in the new pledge's order
  bool empty() const { return fields.empty() && changes.empty(); }
};

// Statement-level differences: what a team changed in its pledge, in the words auditors and teams use.
PledgeDiff diff_pledges(const ResolvedPledge& old_pledge, const ResolvedPledge& new_pledge);

}  // namespace pledge
