#pragma once

#include <atomic>
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "base/error.hpp"
#include "build/manifest.hpp"
#include "lint/finding.hpp"
#include "lint/lint_run.hpp"
#include "render/render_options.hpp"

namespace pledge::build {

// Which lint findings stop a service from being built.
enum class LintGate { off, errors, warnings };

struct BatchOptions {
  std::vector<std::filesystem::path> services;  // service files, in the order given
  std::filesystem::path output;                 // each service's documents go in output/<slug>/
  std::vector<std::string> documents;           // names in render::documents(); empty: all
  render::RenderOptions render;
  std::vector<std::filesystem::path> library_folders;
  std::filesystem::path lint_data_folder;
  std::filesystem::path spelling_index;  // see lint::Linter; empty: none
  LintGate lint_gate = LintGate::errors;
  lint::Scope lint_scope = lint::Scope::all;  // which statements the gate lints, as pledge lint --scope
  std::filesystem::path lint_baseline;        // findings this baseline accepts do not block; empty: none
  bool fail_fast = false;    // stop starting services after the first that is blocked or fails
  bool incremental = false;  // skip a service whose stamp matches its inputs and whose outputs exist
  unsigned jobs = 1;         // services built at once
  std::string language;      // one of each pledge's languages alone (--language); empty: all of them
};

enum class ServiceOutcome { built, skipped, blocked, failed };

struct ServiceResult {
  std::size_t index = 0;  // in BatchOptions::services
  std::filesystem::path file;
  std::string service;  // its name, once read
  ServiceOutcome outcome = ServiceOutcome::failed;
  std::vector<OutputRecord> outputs;    // built or skipped
  std::vector<lint::Finding> findings;  // blocked: the findings that blocked it
  std::vector<Diagnostic> warnings;     // built: things worth knowing (small poster text, missing glyphs)
  std::optional<Error> error;           // failed: why, with its places
};

struct BatchSummary {
  std::size_t built = 0;
  std::size_t skipped = 0;
  std::size_t blocked = 0;
  std::size_t failed = 0;
  std::size_t not_started = 0;  // after --fail-fast or a cancel
  bool cancelled = false;

  // The count of built, skipped, blocked or failed services.
  std::size_t& of(ServiceOutcome outcome);
};

// What a batch reports while it runs. Calls are serialised (never two at once) but come from worker threads.
class BatchProgress {
 public:
  virtual ~BatchProgress() = default;
  // A worker has started service `index`.
  virtual void started(std::size_t index, const std::filesystem::path& file) = 0;
  // Results arrive in the order the services were given, whatever order the workers finish them in, so that
  // what is printed does not depend on -j.
  virtual void finished(const ServiceResult& result) = 0;
};

// Builds every service: resolve, lint gate, render, write atomically into output/<slug>/ as soon as the
// service is done. One service's failure never stops the others unless fail_fast. Throws Error before
// anything is written if a document asked for is not in render::documents() or if the output folder would
// overwrite an input. Setting `cancel` (from
// another thread, such as a signal watcher) stops the batch between files: every file is then either complete
// or absent, and no temporary file is left.
BatchSummary build_batch(const BatchOptions& options, BatchProgress& progress,
                         const std::atomic<bool>& cancel);

// Refuses (throws Error) an output path that is, or would be written over, one of the inputs: a service file,
// a library file in a library folder, a font. `manifest` may be empty.
void check_outputs_spare_inputs(const BatchOptions& options, const std::filesystem::path& manifest);

}  // namespace pledge::build
