#include "workshop/workshop_session.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>

#include "base/output_file.hpp"
#include "base/sha256.hpp"
#include "lint/settings.hpp"
#include "model/identity.hpp"
#include "model/resolved_pledge.hpp"
#include "model/service_file.hpp"
#include "render/documents.hpp"
#include "render/slug.hpp"

namespace pledge::workshop {

namespace {

// Versions kept to work out "your version" in a conflict, and changes kept for undo: a workshop makes
// dozens, and each holds one small file.
constexpr std::size_t known_versions_kept = 200;
constexpr std::size_t changes_kept = 500;

// The version of a file that is not there.
const std::string missing_version = "missing";

template <class... Ts>
struct Overloaded : Ts... {
  using Ts::operator()...;
};
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

ServiceFileEdit normalised(ServiceFileEdit edit) {
  std::visit(Overloaded{[](edit::CrossOff& e) { e.reason = normalised_text(e.reason); },
                        [](edit::Reword& e) { e.text = normalised_text(e.text); },
                        [](edit::AddStatement& e) { e.text = normalised_text(e.text); },
                        [](edit::AddAsk& e) { e.text = normalised_text(e.text); },
                        [](edit::RewordAsk& e) { e.text = normalised_text(e.text); },
                        [](edit::Translate& e) { e.text = normalised_text(e.text); }, [](auto&) {}},
             edit);
  return edit;
}

}  // namespace

std::string normalised_text(std::string_view text) {
  std::string out;
  bool space = false;
  for (const char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = !out.empty();
      continue;
    }
    if (space)
      out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// A version of the file read and resolved, with its lint findings and view; or why it does not resolve.
struct WorkshopSession::Resolved {
  std::string version;
  std::vector<Diagnostic> warnings;  // what keeps pledge build from the file but not the workshop
  // The pledge in every language of `languages:`, for the previews, when it differs from `pledge` (in the
  // file's own language, for the page) and resolves.
  std::optional<ResolvedPledge> every_language;
  LintContext lint;
  IdentityContext identity;
  std::optional<ResolvedPledge> pledge;
  lint::LintReport report;
  std::optional<WorkshopView> view;
  std::vector<Diagnostic> problems;
};

WorkshopSession::WorkshopSession(WorkshopSettings settings)
    : m_settings(std::move(settings)),
      m_write_path(canonical_or_given(m_settings.service_file)),
      m_catalog(m_settings.library_folders) {
  m_linter = std::make_unique<lint::Linter>(lint::load_lint_data(m_settings.lint_data_folder),
                                            m_settings.spelling_index);
  if (m_settings.baseline)
    m_baseline = lint::Baseline::read(*m_settings.baseline);
}

std::pair<std::optional<std::filesystem::path>, std::string> WorkshopSession::lint_settings_file() const {
  const auto file = lint::find_settings_file(m_settings.service_file);
  if (!file)
    return {std::nullopt, "none"};
  std::ifstream in(*file, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return {file, file->string() + ":" + sha256_hex(bytes)};
}

std::string WorkshopSession::lint_stamp() {
  std::lock_guard lock(m_mutex);
  return lint_settings_file().second;
}

WorkshopSession::~WorkshopSession() = default;

FileVersion WorkshopSession::read_disk() const {
  std::ifstream in(m_settings.service_file, std::ios::binary);
  if (!in)
    return FileVersion{{}, missing_version};
  std::string text;
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    text.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (text.size() > SourceText::max_bytes)
      throw Error("file is larger than " + std::to_string(SourceText::max_bytes / (1024 * 1024)) +
                      " MiB, the largest input accepted; is this the right file?",
                  Location{m_settings.service_file.string(), 0, 0});
  }
  return FileVersion{text, sha256_hex(text)};
}

void WorkshopSession::remember(const FileVersion& file) {
  if (known(file.version))
    return;
  m_known.push_back(file);
  if (m_known.size() > known_versions_kept)
    m_known.erase(m_known.begin());
}

const FileVersion* WorkshopSession::known(const std::string& version) const {
  for (const auto& file : m_known) {
    if (file.version == version)
      return &file;
  }
  return nullptr;
}

std::shared_ptr<const WorkshopSession::Resolved> WorkshopSession::resolve_text(const std::string& text,
                                                                               const std::string& version) {
  auto out = std::make_shared<Resolved>();
  out->version = version;
  const auto [settings_file, stamp] = lint_settings_file();
  out->lint.settings_file = settings_file ? settings_file->string() : "";
  out->lint.stamp = stamp;
  for (const auto& row : lint::scopes().rows()) {
    if (row.scope == m_settings.scope)
      out->lint.scope = std::string(row.name);
  }
  out->lint.baseline = m_settings.baseline ? m_settings.baseline->string() : "";
  if (version == missing_version) {
    out->problems.push_back(Diagnostic{Location{m_settings.service_file.string(), 0, 0},
                                       "the file is not there any more (moved or deleted?); keep this page's "
                                       "version to write it again",
                                       {}});
    return out;
  }
  try {
    auto source = std::make_shared<const SourceText>(m_settings.service_file.string(), text);
    ResolvedPledge pledge = resolve_for_workshop(source, out->warnings, out->every_language);
    // As pledge lint: the lint data's settings, the nearest .pledge-lint.yaml (read again each time, so that
    // an edit of it shows), then the file's own `lint:`.
    const lint::Settings settings =
        lint::settings_for(m_linter->data().settings, m_settings.service_file, &pledge.service_file->lint);
    // Then as pledge lint --scope and --baseline leave them.
    auto checked = [&](const lint::LintSubject& subject) {
      lint::LintReport report = m_linter->check(subject, settings);
      lint::apply_scope(report, pledge, m_settings.scope);
      if (m_baseline) {
        const std::size_t before = report.findings.size();
        m_baseline->remove_accepted(report.findings);
        out->lint.accepted += before - report.findings.size();
      }
      return report;
    };
    const lint::LintSubject subject = lint::subject_of(pledge, m_catalog);
    out->report = checked(subject);
    out->view = workshop_view(pledge, m_catalog, out->report);
    // Every other language's wordings, each linted in its own language.
    add_translations(*out->view, pledge, m_catalog);
    for (const auto& language : out->view->languages) {
      if (language == out->view->language)
        continue;
      lint::LintSubject in_language = subject;
      in_language.statements = translations_in(*out->view, language);
      if (in_language.statements.empty())
        continue;
      const lint::LintReport report = checked(in_language);
      take_translation_findings(*out->view, language, report);
      out->report.findings.insert(out->report.findings.end(), report.findings.begin(), report.findings.end());
    }
    if (pledge.identity.organisation)
      out->identity.organisation = pledge.identity.organisation->text;
    if (!pledge.identity.files.empty())
      out->identity.identity_file = pledge.identity.files.front().string();
    out->pledge = std::move(pledge);
  } catch (const Error& e) {
    out->problems = e.diagnostics();
    out->view.reset();
    out->pledge.reset();
  }
  out->identity.stamp = identity_stamp_of(*out);
  return out;
}

ResolvedPledge WorkshopSession::resolve_for_workshop(const std::shared_ptr<const SourceText>& source,
                                                     std::vector<Diagnostic>& warnings,
                                                     std::optional<ResolvedPledge>& every_language) {
  DiagnosticList problems;
  ServiceFile file = read_service_file(source, problems);
  if (file.languages.size() < 2 ||
      std::find(file.languages.begin(), file.languages.end(), file.language) == file.languages.end())
    return resolve(std::move(file), std::move(problems), m_catalog);
  // A pledge in several languages: shown in the file's own language, the one the team writes in, with the
  // others beside it. A translation the team has not written yet is a warning here, not a reason to refuse
  // the change (pledge build refuses the file until it is written).
  const std::string own = file.language;
  ResolvedPledge pledge = resolve(file, problems, m_catalog, own);
  try {
    every_language = resolve(std::move(file), std::move(problems), m_catalog);
  } catch (const Error& e) {
    warnings = e.diagnostics();
  }
  return pledge;
}

std::string WorkshopSession::identity_stamp_of(const Resolved& resolved) const {
  // The identity file that applies now, and the logo the resolved version's identity read.
  std::string facts;
  auto add = [&](const std::filesystem::path& path) {
    std::error_code size_error;
    std::error_code time_error;
    const auto size = std::filesystem::file_size(path, size_error);
    const auto time = std::filesystem::last_write_time(path, time_error);
    facts += path.string() + "\n";
    if (!size_error && !time_error)
      facts += std::to_string(size) + " " + std::to_string(time.time_since_epoch().count()) + "\n";
  };
  if (const auto file = find_identity_file(m_settings.service_file))
    add(*file);
  if (resolved.pledge && resolved.pledge->identity.logo)
    add(resolved.pledge->identity.logo->path);
  return sha256_hex(facts);
}

std::string WorkshopSession::identity_stamp() {
  std::lock_guard lock(m_mutex);
  return resolved(read_disk())->identity.stamp;
}

std::shared_ptr<const WorkshopSession::Resolved> WorkshopSession::resolved(const FileVersion& file) {
  if (!m_resolved || m_resolved->version != file.version ||
      m_resolved->lint.stamp != lint_settings_file().second ||
      m_resolved->identity.stamp != identity_stamp_of(*m_resolved))
    m_resolved = resolve_text(file.text, file.version);
  return m_resolved;
}

WorkshopState WorkshopSession::state_of(const FileVersion& file) {
  remember(file);
  const auto r = resolved(file);
  WorkshopState state{m_settings.service_file.string(),
                      file,
                      r->view,
                      r->problems,
                      {},
                      {},
                      r->lint,
                      r->identity,
                      r->warnings};
  for (const auto& change : m_history)
    state.history.push_back(change.entry);
  for (const auto& undone : m_undone)
    state.undone.push_back(undone.entry);
  return state;
}

WorkshopState WorkshopSession::state() {
  std::lock_guard lock(m_mutex);
  return state_of(read_disk());
}

std::string WorkshopSession::version() {
  std::lock_guard lock(m_mutex);
  return read_disk().version;
}

void WorkshopSession::write(const std::string& text) const {
  // write_file_atomically makes a new file; give it the old one's permissions, as an editor would.
  struct stat before {};
  const bool had_mode = ::stat(m_write_path.c_str(), &before) == 0;
  write_file_atomically(m_write_path, text);
  if (had_mode)
    ::chmod(m_write_path.c_str(), before.st_mode & 07777);
}

ChangeResult WorkshopSession::save(const FileVersion& disk, const std::string& text, HistoryEntry entry) {
  const std::string version = sha256_hex(text);
  const auto r = resolve_text(text, version);
  if (!r->problems.empty()) {
    ChangeResult result{Outcome::refused, state_of(disk), std::nullopt, r->problems};
    return result;
  }
  write(text);
  m_resolved = r;
  m_history.push_back(Step{std::move(entry), disk.text, version});
  if (m_history.size() > changes_kept)
    m_history.erase(m_history.begin());
  m_undone.clear();
  return ChangeResult{Outcome::saved, state_of(FileVersion{text, version}), std::nullopt, {}};
}

ChangeResult WorkshopSession::change_locked(const ServiceFileEdit& raw, const std::string& base_version) {
  const ServiceFileEdit edit = normalised(raw);
  const FileVersion disk = read_disk();
  if (disk.version != base_version) {
    ChangeResult result{Outcome::conflict, state_of(disk), std::nullopt, {}};
    if (const FileVersion* base = known(base_version)) {
      try {
        result.yours = apply_edit(base->text, m_settings.service_file.string(), edit).text;
      } catch (const Error&) {
        // The page's own version cannot take the change either; it can still reload.
      }
    }
    return result;
  }
  try {
    EditedServiceFile edited = apply_edit(disk.text, m_settings.service_file.string(), edit);
    return save(disk, edited.text, HistoryEntry{describe(edit), std::move(edited.notes)});
  } catch (const Error& e) {
    return ChangeResult{Outcome::refused, state_of(disk), std::nullopt, e.diagnostics()};
  }
}

ChangeResult WorkshopSession::change(const ServiceFileEdit& edit, const std::string& base_version) {
  std::lock_guard lock(m_mutex);
  return change_locked(edit, base_version);
}

std::string WorkshopSession::new_statement_id(const FileVersion& disk, const std::string& text) const {
  // The first few words, so that the file stays readable: "We help you park." -> "we-help-you-park".
  std::string slug = render::service_slug(text);
  std::size_t words = 0;
  for (std::size_t i = 0; i < slug.size(); ++i) {
    if (slug[i] == '-' && (++words == 5 || i >= 40)) {
      slug.resize(i);
      break;
    }
  }
  if (slug.empty() || slug == "service")
    slug = "our-statement";
  DiagnosticList ignored;
  const ServiceFile file = read_service_file(
      std::make_shared<const SourceText>(m_settings.service_file.string(), disk.text), ignored);
  auto taken = [&](const std::string& id) {
    return std::any_of(file.add.begin(), file.add.end(), [&](const LocalStatement& s) { return s.id == id; });
  };
  std::string id = slug;
  for (int n = 2; taken(id); ++n)
    id = slug + "-" + std::to_string(n);
  return id;
}

ChangeResult WorkshopSession::add_statement(const std::string& group, const std::string& text,
                                            const std::string& base_version) {
  std::lock_guard lock(m_mutex);
  const FileVersion disk = read_disk();
  const std::string clean = normalised_text(text);
  return change_locked(edit::AddStatement{new_statement_id(disk, clean), group, clean}, base_version);
}

ChangeResult WorkshopSession::take_step(std::vector<Step>& from, std::vector<Step>& onto,
                                        const std::string& base_version, const StepWords& words) {
  std::lock_guard lock(m_mutex);
  const FileVersion disk = read_disk();
  if (disk.version != base_version)
    return ChangeResult{Outcome::conflict, state_of(disk), std::nullopt, {}};
  std::string refusal;
  if (from.empty())
    refusal = words.nothing;
  else if (from.back().left_version != disk.version)
    refusal = "the file has changed since \"" + from.back().entry.description + "\"" +
              std::string(words.changed_since);
  if (!refusal.empty())
    return ChangeResult{
        Outcome::refused, state_of(disk), std::nullopt, {Diagnostic{std::nullopt, refusal, {}}}};
  const std::string text = from.back().restore;
  write(text);
  const std::string version = sha256_hex(text);
  onto.push_back(Step{from.back().entry, disk.text, version});
  from.pop_back();
  return ChangeResult{Outcome::saved, state_of(FileVersion{text, version}), std::nullopt, {}};
}

ChangeResult WorkshopSession::undo(const std::string& base_version) {
  return take_step(
      m_history, m_undone, base_version,
      {"there is nothing to undo: no change has been saved since pledge serve started",
       " (outside this workshop), so undoing it would lose that change; make the change back here "
       "instead"});
}

ChangeResult WorkshopSession::redo(const std::string& base_version) {
  return take_step(m_undone, m_history, base_version,
                   {"there is nothing to redo: no change has been undone since the last one was made",
                    " was undone (outside this workshop), so redoing it would lose that change; make the "
                    "change again here instead"});
}

ChangeResult WorkshopSession::overwrite(const std::string& text, const std::string& base_version) {
  std::lock_guard lock(m_mutex);
  const FileVersion disk = read_disk();
  if (disk.version != base_version)
    return ChangeResult{Outcome::conflict, state_of(disk), text, {}};
  return save(disk, text, HistoryEntry{"Kept this page's version over the file on disk", {}});
}

std::vector<lint::Finding> WorkshopSession::draft_locked(const ServiceFileEdit& draft,
                                                         const std::string& ref) {
  const FileVersion disk = read_disk();
  const std::string text = apply_edit(disk.text, m_settings.service_file.string(), normalised(draft)).text;
  const auto r = resolve_text(text, sha256_hex(text));
  if (!r->problems.empty())
    throw Error(r->problems);
  std::vector<lint::Finding> out;
  for (const auto& finding : r->report.findings) {
    if (finding.ref == ref)
      out.push_back(finding);
  }
  return out;
}

std::vector<lint::Finding> WorkshopSession::draft_findings(const edit::Reword& draft) {
  std::lock_guard lock(m_mutex);
  return draft_locked(draft, draft.ref);
}

std::vector<lint::Finding> WorkshopSession::draft_findings_of_new(const std::string& group,
                                                                  const std::string& text) {
  std::lock_guard lock(m_mutex);
  const FileVersion disk = read_disk();
  const std::string clean = normalised_text(text);
  const std::string id = new_statement_id(disk, clean);
  return draft_locked(edit::AddStatement{id, group, clean}, "local/" + id);
}

std::vector<lint::Finding> WorkshopSession::draft_findings_of_translation(const edit::Translate& draft) {
  std::lock_guard lock(m_mutex);
  const FileVersion disk = read_disk();
  edit::Translate clean = draft;
  clean.text = normalised_text(draft.text);
  const std::string text = apply_edit(disk.text, m_settings.service_file.string(), clean).text;
  const auto r = resolve_text(text, sha256_hex(text));
  if (!r->problems.empty())
    throw Error(r->problems);
  const auto tag = canonical_language_tag(draft.language);
  for (const auto& group : r->view->groups) {
    for (const auto& statement : group.statements) {
      if (statement.ref != draft.ref)
        continue;
      for (const auto& t : statement.translations) {
        if (tag && t.language == *tag)
          return t.findings;
      }
    }
  }
  return {};
}

std::vector<lint::Finding> WorkshopSession::draft_findings_of_ask(std::optional<std::size_t> number,
                                                                  const std::string& text) {
  std::lock_guard lock(m_mutex);
  if (number)
    return draft_locked(edit::RewordAsk{*number, text}, "asks/" + std::to_string(*number));
  const FileVersion disk = read_disk();
  DiagnosticList ignored;
  const ServiceFile file = read_service_file(
      std::make_shared<const SourceText>(m_settings.service_file.string(), disk.text), ignored);
  return draft_locked(edit::AddAsk{text}, "asks/" + std::to_string(file.asks.size() + 1));
}

DocumentPreview WorkshopSession::preview(std::string_view document) {
  std::lock_guard lock(m_mutex);
  const FileVersion disk = read_disk();
  remember(disk);
  const auto r = resolved(disk);
  auto cached = m_previews.find(document);
  if (cached != m_previews.end() && cached->second.from == r)
    return cached->second.preview;
  DocumentPreview preview{
      disk.version, disk.version + "-" + r->identity.stamp.substr(0, 16), {}, r->problems, {}};
  if (r->pledge) {
    // The documents as pledge build makes them, in every language; while a translation is missing, in the
    // file's own language, with the warning.
    const ResolvedPledge& pledge = r->every_language ? *r->every_language : *r->pledge;
    preview.warnings = r->warnings;
    try {
      // The document table's own renderer, with the options pledge build has by default.
      preview.bytes =
          render::documents().at(document).render(pledge, m_catalog, m_settings.render, preview.warnings);
    } catch (const Error& e) {
      preview.problems = e.diagnostics();
    }
  }
  m_previews.insert_or_assign(std::string(document), Previewed{r, preview});
  return preview;
}

DocumentPreview WorkshopSession::poster() {
  return preview("poster");
}

DocumentPreview WorkshopSession::web_page() {
  return preview("html");
}

}  // namespace pledge::workshop
