#pragma once

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "lint/finding.hpp"

namespace pledge::lint {

// A finding accepted when a team adopted the linter on existing text: keyed by rule, ref and the digest of
// the statement's text (Finding::text_digest), never by line, so that moving a statement keeps it accepted
// and rewording it does not.
struct BaselineEntry {
  std::string rule;
  std::string ref;
  std::string text_digest;
  std::string message;  // for the people who read the file; not part of the key
  Location location;    // the entry in the baseline file
};

// The findings `pledge lint --write-baseline` recorded, as `--baseline` reads them.
class Baseline {
 public:
  // Reads a baseline file; throws Error at the line and column of every problem in it.
  static Baseline read(const std::filesystem::path& path);

  const std::vector<BaselineEntry>& entries() const { return m_entries; }

  // True if the baseline has an entry with the finding's rule, ref and text digest.
  bool accepts(const Finding& finding) const;

  // Removes the findings the baseline accepts from `findings`, and returns the entries that accepted none of
  // them although the run linted what they are about (stale: the text has changed or gone): entries whose
  // ref is in `linted_refs`, or, for a whole file (no ref), whose digest is in `linted_files`
  // (whole_file_digest). Entries about files the run did not lint are not stale.
  std::vector<StaleBaselineEntry> remove_accepted(std::vector<Finding>& findings,
                                                  const std::set<std::string>& linted_refs = {},
                                                  const std::set<std::string>& linted_files = {}) const;

 private:
  std::vector<BaselineEntry> m_entries;  // sorted by key
};

// The text of a baseline file accepting every finding of `findings`: YAML, one entry per line, sorted by
// key and each key once, so that the same findings always give the same file.
std::string baseline_text(const std::vector<Finding>& findings);

}  // namespace pledge::lint
