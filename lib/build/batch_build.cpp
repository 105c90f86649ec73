#include "build/batch_build.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <system_error>
#include <thread>

#include "base/output_file.hpp"
#include "base/sha256.hpp"
#include "base/source_text.hpp"
#include "build/build_stamp.hpp"
#include "build/output_folder_lock.hpp"
#include "lint/linter.hpp"
#include "lint/settings.hpp"
#include "model/library_catalog.hpp"
#include "model/resolved_pledge.hpp"
#include "model/yaml_reader.hpp"
#include "render/documents.hpp"
#include "render/fixed_text_files.hpp"
#include "render/missing_characters.hpp"
#include "render/slug.hpp"

namespace pledge::build {

namespace fs = std::filesystem;

namespace {

// Every file a build reads, canonical, so that an output path can be checked against them whatever the
// spelling (relative, through symbolic links).
// Canonical path -> the path as given, for messages.
std::map<fs::path, fs::path> input_files(const BatchOptions& options) {
  std::map<fs::path, fs::path> inputs;
  for (const auto& service : options.services)
    inputs.emplace(canonical_or_given(service), service);
  for (const auto& folder : options.library_folders) {
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
      if (it->path().extension() == ".yaml")
        inputs.emplace(canonical_or_given(it->path()), it->path());
    }
  }
  for (const auto* fonts : {&options.render.fonts.regular, &options.render.fonts.bold})
    for (const auto& font : *fonts)
      inputs.emplace(canonical_or_given(font), font);
  // What the lint gate reads: the rules' data, the spelling index, each service's nearest .pledge-lint.yaml.
  if (!options.lint_data_folder.empty()) {
    std::error_code ec;
    for (fs::recursive_directory_iterator it(options.lint_data_folder, ec), end; !ec && it != end;
         it.increment(ec)) {
      if (it->is_regular_file(ec))
        inputs.emplace(canonical_or_given(it->path()), it->path());
    }
  }
  if (!options.spelling_index.empty())
    inputs.emplace(canonical_or_given(options.spelling_index), options.spelling_index);
  for (const auto& service : options.services) {
    if (auto settings = lint::find_settings_file(service))
      inputs.emplace(canonical_or_given(*settings), *settings);
  }
  return inputs;
}

// The documents asked for, in the table's order; throws Error naming one the table does not have.
std::vector<const render::Document*> wanted_documents(const BatchOptions& options) {
  for (const auto& name : options.documents)
    render::documents().at(name);
  std::vector<const render::Document*> out;
  for (const auto& document : render::documents().rows()) {
    if (options.documents.empty() || std::find(options.documents.begin(), options.documents.end(),
                                               document.name) != options.documents.end())
      out.push_back(&document);
  }
  return out;
}

[[noreturn]] void refuse_overwrite(const fs::path& input, const fs::path& output) {
  throw Error("this input would be overwritten by the output " + output.string() +
                  "; pledge never writes over its inputs: choose another output folder (-o) or manifest path",
              Location{input.string(), 0, 0});
}

// The service's name as written, read without resolving, so that the first of two services sharing a folder
// name keeps it whatever order the workers reach them in. Empty if the file cannot be read: its worker will
// report why.
std::string service_name_of(const fs::path& file) {
  try {
    const YamlNode root = parse_yaml(SourceText::read(file));
    if (const YamlNode* service = root.find("service"); service && service->is_scalar())
      return service->scalar();
  } catch (const std::exception&) {
  }
  return {};
}

// What every service of the batch shares, read once.
struct BatchContext {
  const BatchOptions& options;
  std::vector<const render::Document*> documents;
  std::map<fs::path, fs::path> inputs;
  std::map<std::string, std::size_t> slug_owner;  // slug -> index of the first service using it
  std::optional<lint::LintData> lint_data;
  std::optional<lint::Baseline> lint_baseline;
  std::string options_digest;  // tool version, build options and font files' identities
  const std::atomic<bool>& cancel;
  std::set<std::string> output_names;  // every document's file name and the stamp's
};

class Cancelled {};

// One worker's own state: LibraryCatalog caches what it loads and the Linter keeps a hunspell handle, neither
// safe to share between threads, so each worker has its own.
class ServiceBuilder {
 public:
  explicit ServiceBuilder(const BatchContext& context)
      : m_context(context),
        m_catalog(context.options.library_folders),
        m_inputs_digest(context.options_digest, context.lint_data.has_value(),
                        context.options.render.fixed_texts) {
    if (context.lint_data)
      m_linter = std::make_unique<lint::Linter>(*context.lint_data, context.options.spelling_index);
  }

  ServiceResult build(std::size_t index) {
    ServiceResult result;
    result.index = index;
    result.file = m_context.options.services[index];
    try {
      build(result);
    } catch (const Error& e) {
      result.outcome = ServiceOutcome::failed;
      result.error = e;
    } catch (const Cancelled&) {
      result.outcome = ServiceOutcome::failed;
      result.error = Error(
          "interrupted before all of this service's documents were written; the ones written "
          "are complete",
          Location{result.file.string(), 0, 0});
    } catch (const std::exception& e) {
      result.outcome = ServiceOutcome::failed;
      result.error = Error(std::string("cannot build: ") + e.what(), Location{result.file.string(), 0, 0});
    }
    return result;
  }

 private:
  void build(ServiceResult& result) {
    const fs::path& file = result.file;
    auto source = std::make_shared<const SourceText>(SourceText::read(file));
    DiagnosticList problems;
    ServiceFile service_file = read_service_file(source, problems);
    const ResolvedPledge pledge =
        resolve(std::move(service_file), std::move(problems), m_catalog, m_context.options.language);
    result.service = pledge.service;
    const std::string slug = render::service_slug(pledge.service);
    if (auto owner = m_context.slug_owner.find(slug);
        owner != m_context.slug_owner.end() && owner->second != result.index) {
      throw Error("service '" + pledge.service + "' would be written to the same folder '" + slug + "' as " +
                      m_context.options.services[owner->second].string() +
                      "; give the services different names",
                  Location{file.string(), 0, 0});
    }
    const fs::path folder = m_context.options.output / slug;
    const std::string digest = m_inputs_digest.of(pledge, *source, m_catalog);

    if (m_context.options.incremental && is_up_to_date(folder, m_context.documents, digest)) {
      result.outputs = current_outputs(folder, m_context.documents);
      result.outcome = ServiceOutcome::skipped;
      return;
    }

    if (m_linter && blocked_by_lint(pledge, result))
      return;

    // A character no font has fails the service before anything is rendered (or is a warning, allowed).
    // Every document is rendered before any is written, so that a document that cannot be made (a poster
    // whose statements do not fit) leaves the service's previous output as it was. The batch's options
    // share their fonts and shaped words with every service, on every worker (both are safe to share).
    const render::RenderOptions& options = m_context.options.render;
    for (auto& warning : render::check_characters(pledge, m_catalog, options))
      result.warnings.push_back(std::move(warning));
    std::vector<std::pair<fs::path, std::string>> documents;
    for (const render::Document* document : m_context.documents)
      documents.emplace_back(folder / document->file_name,
                             document->render(pledge, m_catalog, options, result.warnings));

    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec)
      throw Error("cannot create folder: " + ec.message(), Location{folder.string(), 0, 0});
    remove_stale_temporaries(folder, m_context.output_names);
    remove_stamp(folder);
    for (auto& [path, bytes] : documents) {
      if (m_context.cancel.load())
        throw Cancelled();
      if (auto input = m_context.inputs.find(canonical_or_given(path)); input != m_context.inputs.end())
        refuse_overwrite(input->second, path);
      write_file_atomically(path, bytes);
      result.outputs.push_back({path, bytes.size(), sha256_hex(bytes), false});
      bytes.clear();
      bytes.shrink_to_fit();
    }
    write_stamp(folder, digest);
    result.outcome = ServiceOutcome::built;
  }

  // Lints the pledge as `pledge lint` would (shipped settings, the nearest .pledge-lint.yaml, the service's
  // `lint:`); true if findings at the gate's severity block it.
  bool blocked_by_lint(const ResolvedPledge& pledge, ServiceResult& result) {
    const lint::Settings settings =
        lint::settings_for(m_context.lint_data->settings, result.file, &pledge.service_file->lint);
    lint::LintReport report = m_linter->check(lint::subject_of(pledge, m_catalog), settings);
    lint::apply_scope(report, pledge, m_context.options.lint_scope);
    if (m_context.lint_baseline)
      m_context.lint_baseline->remove_accepted(report.findings);
    for (const auto& f : report.findings) {
      if (f.severity == lint::Severity::error ||
          (m_context.options.lint_gate == LintGate::warnings && f.severity == lint::Severity::warning))
        result.findings.push_back(f);
    }
    if (result.findings.empty())
      return false;
    result.outcome = ServiceOutcome::blocked;
    return true;
  }

  const BatchContext& m_context;
  LibraryCatalog m_catalog;
  std::unique_ptr<lint::Linter> m_linter;
  InputsDigest m_inputs_digest;
};

// Hands results to the progress callback in input order, holding back those that finish early.
class OrderedReporter {
 public:
  OrderedReporter(BatchProgress& progress, BatchSummary& summary)
      : m_progress(progress), m_summary(summary) {}

  void started(std::size_t index, const fs::path& file) {
    std::lock_guard lock(m_mutex);
    m_progress.started(index, file);
  }

  void finished(ServiceResult result) {
    std::lock_guard lock(m_mutex);
    m_waiting.emplace(result.index, std::move(result));
    while (!m_waiting.empty() && m_waiting.begin()->first == m_next)
      deliver_first();
  }

  // After a stop, services that never ran leave gaps: deliver the rest in order anyway.
  void flush() {
    std::lock_guard lock(m_mutex);
    while (!m_waiting.empty())
      deliver_first();
  }

 private:
  void deliver_first() {
    auto node = m_waiting.extract(m_waiting.begin());
    const ServiceResult& result = node.mapped();
    ++m_summary.of(result.outcome);
    m_progress.finished(result);
    m_next = result.index + 1;
  }

  BatchProgress& m_progress;
  BatchSummary& m_summary;
  std::mutex m_mutex;
  std::map<std::size_t, ServiceResult> m_waiting;
  std::size_t m_next = 0;
};

}  // namespace

void check_outputs_spare_inputs(const BatchOptions& options, const fs::path& manifest) {
  if (options.output.empty())
    throw Error("the output folder (-o) is empty, which names no folder; give the folder to write into");
  const std::map<fs::path, fs::path> inputs = input_files(options);
  const fs::path output = canonical_or_given(options.output);
  std::set<std::string> output_names = {build_stamp_name};
  for (const auto& document : render::documents().rows())
    output_names.emplace(document.file_name);
  for (const auto& [input, given] : inputs) {
    if (input == output)
      refuse_overwrite(given, options.output);
    // Slugs are known only once each service is read, so any DIR/*/<output name> counts.
    if (input.parent_path().parent_path() == output && output_names.count(input.filename().string()))
      refuse_overwrite(given, options.output / input.parent_path().filename() / input.filename());
  }
  if (manifest.empty())
    return;
  std::vector<fs::path> given;
  for (const auto& [input, as_given] : inputs)
    given.push_back(as_given);
  const std::string instead = "another manifest path (--manifest), outside the services' folders";
  check_output_path(manifest, given, instead);
  // The files this build writes: DIR/<slug>/<document or stamp>, and the folders DIR and DIR/<slug>.
  const fs::path target = canonical_or_given(manifest);
  const auto refuse_manifest = [&](const std::string& why) {
    throw Error(why + "; choose " + instead, Location{manifest.string(), 0, 0});
  };
  if (target == output)
    refuse_manifest("is the output folder (-o)");
  if (target.parent_path().parent_path() == output)
    refuse_manifest("is in a service's folder of the output folder, where pledge build writes its documents");
  if (target.parent_path() == output) {
    for (const auto& service : options.services) {
      if (const std::string name = service_name_of(service);
          !name.empty() && render::service_slug(name) == target.filename().string())
        refuse_manifest("is the folder the documents of " + service.string() + " are written into");
    }
  }
}

std::size_t& BatchSummary::of(ServiceOutcome outcome) {
  return outcome == ServiceOutcome::built     ? built
         : outcome == ServiceOutcome::skipped ? skipped
         : outcome == ServiceOutcome::blocked ? blocked
                                              : failed;
}

BatchSummary build_batch(const BatchOptions& options, BatchProgress& progress,
                         const std::atomic<bool>& cancel) {
  check_outputs_spare_inputs(options, {});
  std::vector<const render::Document*> documents = wanted_documents(options);
  std::optional<lint::LintData> lint_data;
  std::optional<lint::Baseline> lint_baseline;
  if (options.lint_gate != LintGate::off) {
    lint_data = lint::load_lint_data(options.lint_data_folder);
    if (!options.lint_baseline.empty())
      lint_baseline = lint::Baseline::read(options.lint_baseline);
  }
  BatchContext context{options,
                       documents,
                       input_files(options),
                       {},
                       std::move(lint_data),
                       std::move(lint_baseline),
                       options_digest(options, documents),
                       cancel,
                       {}};
  for (std::size_t i = 0; i < options.services.size(); ++i) {
    const std::string name = service_name_of(options.services[i]);
    if (!name.empty())
      context.slug_owner.emplace(render::service_slug(name), i);
  }
  context.output_names.emplace(build_stamp_name);
  for (const auto& document : render::documents().rows())
    context.output_names.emplace(document.file_name);
  const OutputFolderLock lock(options.output);

  BatchSummary summary;
  OrderedReporter reporter(progress, summary);
  std::atomic<std::size_t> next{0};
  std::atomic<bool> stop{false};
  auto work = [&] {
    ServiceBuilder builder(context);
    for (;;) {
      if (stop.load() || cancel.load())
        return;
      const std::size_t index = next.fetch_add(1);
      if (index >= options.services.size())
        return;
      reporter.started(index, options.services[index]);
      ServiceResult result = builder.build(index);
      if (options.fail_fast &&
          (result.outcome == ServiceOutcome::blocked || result.outcome == ServiceOutcome::failed))
        stop.store(true);
      reporter.finished(std::move(result));
    }
  };
  const unsigned jobs =
      std::max(1u, std::min<unsigned>(options.jobs, static_cast<unsigned>(options.services.size())));
  std::vector<std::thread> workers;
  workers.reserve(jobs);
  for (unsigned i = 0; i < jobs; ++i)
    workers.emplace_back(work);
  for (auto& worker : workers)
    worker.join();
  reporter.flush();
  summary.cancelled = cancel.load();
  summary.not_started =
      options.services.size() - summary.built - summary.skipped - summary.blocked - summary.failed;
  return summary;
}

}  // namespace pledge::build
