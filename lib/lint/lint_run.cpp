#include "lint/lint_run.hpp"

#include <memory>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <variant>

#include "base/source_text.hpp"
#include "model/input_file.hpp"

namespace pledge::lint {

namespace {

// "ward" for ward.pledge.yaml, and the folder's name for a pledge.yaml of its own
// (services/ward/pledge.yaml).
std::string label_of(const std::filesystem::path& file) {
  std::string name = file.filename().string();
  for (const std::string_view suffix : {".pledge.yaml", ".yaml", ".yml"}) {
    if (name.size() > suffix.size() && name.ends_with(suffix)) {
      name.resize(name.size() - suffix.size());
      break;
    }
  }
  if (name == "pledge" || name.empty()) {
    const std::string folder = file.parent_path().filename().string();
    if (!folder.empty() && folder != "." && folder != "..")
      return folder;
  }
  return name;
}

// What makes two findings the same one, whichever service's run found it.
std::string identity_of(const Finding& f) {
  std::string key = f.location.file;
  for (const std::string* part : {&f.rule, &f.message, &f.suggestion, &f.ref}) {
    key += '\0';
    key += *part;
  }
  key += '\0' + std::to_string(f.location.line) + ':' + std::to_string(f.location.column) + ':' +
         std::string(to_string(f.severity));
  return key;
}

std::string identity_of(const ReadabilityScore& s) {
  return s.location.file + '\0' + std::to_string(s.location.line) + ':' + std::to_string(s.location.column) +
         '\0' + s.ref;
}

// Adds one file's report to the run's, merging findings the run has already (library text kept by several
// services) into the one reported.
class RunCollector {
 public:
  explicit RunCollector(LintReport& run) : m_run(run) {}

  void add(LintReport one, std::size_t file) {
    for (auto& finding : one.findings) {
      const auto [at, added] = m_findings.try_emplace(identity_of(finding), m_run.findings.size());
      if (added) {
        finding.files = {file};
        m_run.findings.push_back(std::move(finding));
      } else {
        m_run.findings[at->second].files.push_back(file);
      }
    }
    for (auto& score : one.scores) {
      if (m_scores.emplace(identity_of(score)).second)
        m_run.scores.push_back(std::move(score));
    }
    add_skipped(m_run.skipped, one.skipped);
  }

 private:
  LintReport& m_run;
  std::unordered_map<std::string, std::size_t> m_findings;
  std::unordered_set<std::string> m_scores;
};

}  // namespace

const NameTable<ScopeName>& scopes() {
  static const NameTable<ScopeName> table(
      "scope", {{"own", Scope::own,
                 "only what the service wrote: its rewordings, added statements and the pledge as a whole"},
                {"all", Scope::all, "also the library statements the service keeps as they are"}});
  return table;
}

void apply_scope(LintReport& report, const ResolvedPledge& pledge, Scope scope) {
  if (scope == Scope::all)
    return;
  const std::string& own = pledge.source_text->name();
  std::erase_if(report.findings, [&](const Finding& f) { return f.location.file != own; });
  std::erase_if(report.scores, [&](const ReadabilityScore& s) { return s.location.file != own; });
}

LintReport lint_files(const std::vector<std::filesystem::path>& files, Linter& linter,
                      LibraryCatalog& catalog, const LintRunOptions& options) {
  LintReport run;
  RunCollector collector(run);
  std::set<std::string> linted_refs;   // the statements linted in scope, for stale baseline entries
  std::set<std::string> linted_files;  // the whole files, as whole_file_digest gives them
  for (const auto& file : files) {
    try {
      auto source = std::make_shared<const SourceText>(SourceText::read(file));
      const LibraryOrPledge input = read_library_or_pledge(source, file.stem().string(), catalog);
      LintedFile linted{file.string(), "library", "", label_of(file)};
      LintSubject subject;
      LintReport one;
      std::string_view own;  // with --scope own, the one file whose statements are linted
      if (const auto* library = std::get_if<Library>(&input)) {
        linted.name = library->id;
        subject = subject_of(*library);
        one = linter.check(subject, settings_for(linter.data().settings, file, nullptr));
      } else {
        const auto& pledge = std::get<ResolvedPledge>(input);
        linted.kind = "pledge";
        linted.name = pledge.service;
        subject = subject_of(pledge, catalog);
        one = linter.check(subject, settings_for(linter.data().settings, file, &pledge.service_file->lint));
        apply_scope(one, pledge, options.scope);
        if (options.scope == Scope::own)
          own = pledge.source_text->name();
      }
      // Every statement in scope was linted, in whichever language, and so was the file as a whole.
      for (const StatementText& statement : subject.statements) {
        if (own.empty() || statement.location.file == own)
          linted_refs.insert(statement.ref);
      }
      linted_files.insert(whole_file_digest(linted.kind, subject.location.file));
      run.files.push_back(std::move(linted));
      collector.add(std::move(one), run.files.size() - 1);
    } catch (const Error& e) {
      run.unread.push_back(UnreadFile{file.string(), e.diagnostics()});
    }
  }
  if (options.baseline)
    run.stale_baseline = options.baseline->remove_accepted(run.findings, linted_refs, linted_files);
  return run;
}

}  // namespace pledge::lint
