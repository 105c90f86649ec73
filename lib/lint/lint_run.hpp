#pragma once

#include <filesystem>
#include <string_view>
#include <vector>

#include "base/name_table.hpp"
#include "lint/baseline.hpp"
#include "lint/finding.hpp"
#include "lint/linter.hpp"
#include "model/library_catalog.hpp"
#include "model/resolved_pledge.hpp"

namespace pledge::lint {

// Which of a service's statements are linted.
enum class Scope {
  own,  // only what the service wrote: its rewordings and added statements, and its pledge as a whole
  all,  // also the library statements it keeps as they are
};

struct ScopeName {
  std::string_view name;  // as --scope takes it
  Scope scope;
  std::string_view description;
};

// own and all: --scope's choices, for `pledge lint` and the lint gate of `pledge build`.
const NameTable<ScopeName>& scopes();

// Drops from `report` the findings and scores `scope` leaves out for `pledge`: with Scope::own, those in its
// libraries' files (kept statements), leaving those in the service file.
void apply_scope(LintReport& report, const ResolvedPledge& pledge, Scope scope);

struct LintRunOptions {
  Scope scope = Scope::all;
  const Baseline* baseline = nullptr;  // findings it accepts are left out; its stale entries reported
};

// Lints every file (a statement library or a service file) with the settings `pledge lint` uses for it, into
// one report: a file that cannot be read is an UnreadFile of the report, and every other file's findings
// are all there. A finding in library text that several services keep is reported once, naming them all
// (Finding::files); findings keep the order of the files, each file's in line order.
LintReport lint_files(const std::vector<std::filesystem::path>& files, Linter& linter,
                      LibraryCatalog& catalog, const LintRunOptions& options);

}  // namespace pledge::lint
