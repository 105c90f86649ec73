#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "base/error.hpp"
#include "lint/baseline.hpp"
#include "lint/lint_run.hpp"
#include "lint/linter.hpp"
#include "model/library_catalog.hpp"
#include "model/service_file_edit.hpp"
#include "render/render_options.hpp"
#include "workshop/workshop_view.hpp"

namespace pledge::workshop {

struct WorkshopSettings {
  std::filesystem::path service_file;  // the one file the workshop writes
  std::vector<std::filesystem::path> library_folders;
  std::filesystem::path lint_data_folder;
  std::filesystem::path spelling_index;  // see lint::Linter; may be empty
  render::RenderOptions render;
  // As pledge lint's --scope and --baseline: which findings the page shows.
  lint::Scope scope = lint::Scope::all;
  std::optional<std::filesystem::path> baseline;
};

// What the findings shown were checked with: the settings pledge lint uses for the service file.
struct LintContext {
  std::string settings_file;  // the nearest .pledge-lint.yaml, as found from the service file; empty if none
  std::string scope;          // "own" or "all"
  std::string baseline;       // the baseline file given; empty if none
  std::size_t accepted = 0;   // findings the baseline accepts, which are not shown
  // Changes when the settings file does (its path and the SHA-256 of its bytes), so that the page can show
  // the findings again.
  std::string stamp;
};

// The service file's bytes at one moment, and its version: the SHA-256 of those bytes, which a page sends
// back with every change so that a change made to another version is refused rather than written over it.
struct FileVersion {
  std::string text;
  std::string version;
};

// The organisation's identity the documents print (the nearest .pledge-identity.yaml, then the service
// file's `identity:`), as the page shows it.
struct IdentityContext {
  std::string organisation;   // empty if none is given
  std::string identity_file;  // the identity file that applies; empty if none
  // Changes when the identity file or the logo it names does (path, size and modification time), so that
  // the previews are made again with it.
  std::string stamp;
};

// A change saved this session, most recent last: what undo takes back.
struct HistoryEntry {
  std::string description;
  std::vector<std::string> notes;
};

// What the page shows: the file as it is on disk now and, if it resolves, the pledge it makes.
struct WorkshopState {
  std::string file_name;  // the service file, as named on the command line
  FileVersion file;
  std::optional<WorkshopView> view;
  std::vector<Diagnostic> problems;  // why the file does not resolve (then no view)
  std::vector<HistoryEntry> history;
  std::vector<HistoryEntry> undone;  // changes undone that redo can make again, the next one last
  LintContext lint;
  IdentityContext identity;
  // What pledge build would refuse although the workshop goes on: translations not written yet.
  std::vector<Diagnostic> warnings;
};

enum class Outcome {
  saved,     // written to the file
  conflict,  // the file is not the version the change was made to: nothing written
  refused,   // the change cannot be made (the reason is in `problems`): nothing written
};

struct ChangeResult {
  Outcome outcome = Outcome::refused;
  WorkshopState state;  // the file on disk after the request (saved or not)
  // conflict: the page's version with its change made, for the team to compare with the file on disk and
  // keep if they choose; none if the page's version is not known here (made before a restart) or the change
  // does not apply to it.
  std::optional<std::string> yours;
  std::vector<Diagnostic> problems;  // refused: why
};

// A document of the file's current version as `pledge build` makes it (the poster, the web page), made in
// memory and never written, or why there is none.
struct DocumentPreview {
  std::string version;  // the file's
  // The version and the identity it was made with (IdentityContext::stamp): it changes whenever the
  // document is made anew.
  std::string stamp;
  std::string bytes;  // empty if the document cannot be made
  std::vector<Diagnostic> problems;
  std::vector<Diagnostic> warnings;  // as pledge build prints them (small poster text)
};

// One service file in a workshop: reads it from disk for every request (so that an editor's or another
// tab's change is seen), makes changes with apply_edit, saves each one at once and atomically, and refuses
// a change made to a version that is no longer the file's. Safe to call from several threads: requests are
// handled one at a time. Libraries and lint settings are read once, when the session starts.
class WorkshopSession {
 public:
  explicit WorkshopSession(WorkshopSettings settings);
  ~WorkshopSession();
  WorkshopSession(const WorkshopSession&) = delete;
  WorkshopSession& operator=(const WorkshopSession&) = delete;

  const std::filesystem::path& service_file() const { return m_settings.service_file; }

  WorkshopState state();
  std::string version();     // of the file on disk now
  std::string lint_stamp();  // LintContext::stamp now

  // Makes `edit` to the file if it is still at `base_version`. Texts (reasons, wordings) are saved with runs
  // of white space, line breaks included, as one space, and without white space at either end.
  ChangeResult change(const ServiceFileEdit& edit, const std::string& base_version);

  // An added statement of the team's own, its id made from its first words ("we-help-you-park").
  ChangeResult add_statement(const std::string& group, const std::string& text,
                             const std::string& base_version);

  // Takes back the last change of this session, restoring the file's exact bytes from before it, if the
  // file is still at `base_version` and that is the version the change made.
  ChangeResult undo(const std::string& base_version);

  // Makes the last change undone again, writing the exact bytes it had saved, if the file is still at
  // `base_version` and that is the version undo left. A new change forgets what was undone.
  ChangeResult redo(const std::string& base_version);

  // Writes `text` (the page's version, chosen over the file on disk after a conflict) if the file is still
  // at `base_version` (the disk version the team was shown) and `text` resolves. It can be undone.
  ChangeResult overwrite(const std::string& text, const std::string& base_version);

  // The findings a draft would have, without saving it: the file on disk with `draft` (a Reword) made,
  // linted whole (so that repetition across statements counts), and the findings of the statement it words.
  // Throws Error if the draft cannot be made or does not resolve.
  std::vector<lint::Finding> draft_findings(const edit::Reword& draft);
  // The same for a new statement of the team's own in `group`.
  std::vector<lint::Finding> draft_findings_of_new(const std::string& group, const std::string& text);
  // The same for a translation: the findings of the statement's wording in that language.
  std::vector<lint::Finding> draft_findings_of_translation(const edit::Translate& draft);
  // The same for an ask: ask `number` worded as `text`, or a new ask after the last if no number.
  std::vector<lint::Finding> draft_findings_of_ask(std::optional<std::size_t> number,
                                                   const std::string& text);

  DocumentPreview poster();      // the poster PDF
  DocumentPreview web_page();    // the accessible web page of `pledge build --only html`
  std::string identity_stamp();  // IdentityContext::stamp now

 private:
  struct Resolved;
  FileVersion read_disk() const;
  // The nearest .pledge-lint.yaml and its stamp (see LintContext).
  std::pair<std::optional<std::filesystem::path>, std::string> lint_settings_file() const;
  void remember(const FileVersion& file);
  const FileVersion* known(const std::string& version) const;
  WorkshopState state_of(const FileVersion& file);
  std::shared_ptr<const Resolved> resolved(const FileVersion& file);
  std::shared_ptr<const Resolved> resolve_text(const std::string& text, const std::string& version);
  ChangeResult change_locked(const ServiceFileEdit& raw, const std::string& base_version);
  void write(const std::string& text) const;
  struct Step;
  // What undo or redo says when it has no step to take, and after the step's description when the file has
  // changed since the step (outside this workshop).
  struct StepWords {
    std::string_view nothing;
    std::string_view changed_since;
  };
  // Undo and redo: takes the last step off `from`, writes back the bytes it keeps, and puts the opposite
  // step onto `onto`; with nothing written, a conflict if the file is not at `base_version`, else a
  // refusal if `from` is empty or the file is not as the step left it.
  ChangeResult take_step(std::vector<Step>& from, std::vector<Step>& onto, const std::string& base_version,
                         const StepWords& words);
  ChangeResult save(const FileVersion& disk, const std::string& text, HistoryEntry entry);
  std::vector<lint::Finding> draft_locked(const ServiceFileEdit& draft, const std::string& ref);
  std::string new_statement_id(const FileVersion& disk, const std::string& text) const;
  std::string identity_stamp_of(const Resolved& resolved) const;
  // The pledge in the file's own language; for a pledge in several languages, also the pledge in all of
  // them (`every_language`) or why not (`warnings`).
  ResolvedPledge resolve_for_workshop(const std::shared_ptr<const SourceText>& source,
                                      std::vector<Diagnostic>& warnings,
                                      std::optional<ResolvedPledge>& every_language);
  DocumentPreview preview(std::string_view document);

  WorkshopSettings m_settings;
  std::filesystem::path m_write_path;  // the service file with links resolved: the link stays a link
  std::mutex m_mutex;
  LibraryCatalog m_catalog;
  std::unique_ptr<lint::Linter> m_linter;
  std::optional<lint::Baseline> m_baseline;
  std::vector<FileVersion> m_known;  // versions this session has seen, newest last (bounded)
  // A change saved (in m_history: `restore` is the file before it) or undone (in m_undone: `restore` is
  // the file with it made); `left_version` is the version the change or its undoing left on disk.
  struct Step {
    HistoryEntry entry;
    std::string restore;
    std::string left_version;
  };
  std::vector<Step> m_history;
  std::vector<Step> m_undone;
  std::shared_ptr<const Resolved> m_resolved;  // of the last version resolved
  // Each document last previewed, and the resolved version it was made from.
  struct Previewed {
    std::shared_ptr<const Resolved> from;
    DocumentPreview preview;
  };
  std::map<std::string, Previewed, std::less<>> m_previews;
};

// `text` with runs of white space as one space and none at either end.
std::string normalised_text(std::string_view text);

}  // namespace pledge::workshop
