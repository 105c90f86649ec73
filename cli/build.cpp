#include <pthread.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <fmt/core.h>

#include "base/display_path.hpp"
#include "base/output_file.hpp"
#include "build/batch_build.hpp"
#include "choice_option.hpp"
#include "diagnostic_output.hpp"
#include "lint/lint_run.hpp"
#include "model/service_discovery.hpp"
#include "output_path_option.hpp"
#include "render/documents.hpp"
#include "render_setup.hpp"
#include "report/lint_formats.hpp"
#include "subcommands.hpp"

namespace pledge::cli {

namespace {

using build::BatchOptions;
using build::BatchProgress;
using build::BatchSummary;
using build::LintGate;
using build::OutputRecord;
using build::ServiceOutcome;
using build::ServiceResult;

struct BuildOptions {
  std::vector<std::string> paths;
  std::string output;
  std::vector<std::string> only;
  std::vector<std::string> fonts;
  bool allow_missing_glyphs = false;
  std::string language;
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  bool no_lint = false;
  bool strict = false;
  std::string scope = "all";
  std::string baseline;
  bool fail_fast = false;
  bool incremental = false;
  bool quiet = false;
  std::string manifest;
};

std::string clock_text(double seconds) {
  const long whole = static_cast<long>(seconds + 0.5);
  return fmt::format("{}:{:02}", whole / 60, whole % 60);
}

// Draws what the batch reports: a bar redrawn in place on a terminal, a line per service otherwise, and the
// paths written on stdout.
class BuildProgress : public BatchProgress {
 public:
  BuildProgress(std::size_t total, bool quiet)
      : m_total(total),
        m_quiet(quiet),
        m_bar(!quiet && ::isatty(STDERR_FILENO)),
        m_start(std::chrono::steady_clock::now()) {}

  void started(std::size_t, const std::filesystem::path& file) override {
    m_current = file.string();
    draw_bar();
  }

  void finished(const ServiceResult& result) override {
    ++m_done;
    clear_bar();
    const std::string file = display_path(result.file);
    if (!m_quiet && !m_bar)
      fmt::print(stderr, "[{}/{}] {} {}\n", m_done, m_total, outcome_text(result.outcome), file);
    switch (result.outcome) {
      case ServiceOutcome::built:
        print_warnings(result.warnings);
        for (const auto& output : result.outputs)
          fmt::print("{}\n", output.path.string());
        std::fflush(stdout);
        break;
      case ServiceOutcome::skipped:
        break;
      case ServiceOutcome::blocked:
        print_findings(result);
        break;
      case ServiceOutcome::failed:
        print_diagnostics(stderr, *result.error);
        break;
    }
    m_outputs.insert(m_outputs.end(), result.outputs.begin(), result.outputs.end());
    draw_bar();
  }

  void finish(const BatchSummary& summary) {
    clear_bar();
    if (m_quiet)
      return;
    std::string text = fmt::format("pledge build: {} built, {} skipped, {} blocked by lint, {} failed",
                                   summary.built, summary.skipped, summary.blocked, summary.failed);
    if (summary.not_started > 0)
      text += fmt::format(", {} not started", summary.not_started);
    fmt::print(stderr, "{}{} in {:.1f} s\n", text, summary.cancelled ? " (interrupted)" : "", elapsed());
  }

  const std::vector<OutputRecord>& outputs() const { return m_outputs; }

 private:
  static const char* outcome_text(ServiceOutcome outcome) {
    switch (outcome) {
      case ServiceOutcome::built:
        return "built";
      case ServiceOutcome::skipped:
        return "up to date";
      case ServiceOutcome::blocked:
        return "blocked by lint";
      case ServiceOutcome::failed:
        return "failed";
    }
    return "";
  }

  double elapsed() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count();
  }

  // As `pledge lint` prints them, then what blocked the build.
  static void print_findings(const ServiceResult& result) {
    std::vector<lint::Finding> findings = result.findings;
    for (auto& f : findings)
      f.location.file = display_path(f.location.file);
    fmt::print(stderr, "{}", report::lint_findings_text(findings, use_colour(stderr)));
    fmt::print(stderr, "{}: not built: {} lint {} (pledge lint {} shows them all; --no-lint builds anyway)\n",
               display_path(result.file), result.findings.size(),
               result.findings.size() == 1 ? "finding blocks it" : "findings block it",
               display_path(result.file));
  }

  void draw_bar() {
    if (!m_bar)
      return;
    constexpr int width = 24;
    const int filled = m_total ? static_cast<int>(width * m_done / m_total) : width;
    const double seconds = elapsed();
    std::string eta = "--:--";
    if (m_done > 0)
      eta = clock_text(seconds / static_cast<double>(m_done) * static_cast<double>(m_total - m_done));
    std::string current = m_current;
    if (current.size() > 40)
      current = "..." + current.substr(current.size() - 37);
    fmt::print(stderr, "\r\033[K[{}{}] {}/{} {} {} elapsed, ETA {}", std::string(filled, '#'),
               std::string(width - filled, ' '), m_done, m_total, current, clock_text(seconds), eta);
    std::fflush(stderr);
  }

  void clear_bar() {
    if (m_bar)
      fmt::print(stderr, "\r\033[K");
  }

  std::size_t m_total;
  std::size_t m_done = 0;
  bool m_quiet;
  bool m_bar;
  std::chrono::steady_clock::time_point m_start;
  std::string m_current;
  std::vector<OutputRecord> m_outputs;
};

// SIGINT and SIGTERM are blocked in every thread of the build and taken by this watcher, which asks the batch
// to stop between files; the signal is raised again once the workers are done, so that the shell still sees
// the process die of it. No handler ever runs in the middle of a write, so no temporary file can be left.
// A worker may be where it never looks at the flag (rendering a large pledge, or blocked reading a named pipe
// given as a library): if the batch has not ended `grace` after the signal, or a second signal comes, the
// watcher removes the temporary files being written and the process dies of the signal without waiting for
// the workers. Every file is then complete or absent, as after a stop between files, and a user is never
// kept waiting more than a second. (Checking the flag inside every long loop instead would reach into the
// renderers and the text engine, and still miss a worker blocked in a system call.)
// The watcher waits without a timeout and is woken by a real-time signal of its own when the build ends: it
// used to poll every 50 ms, and joining it kept every build waiting 25 ms on average.
class InterruptWatcher {
 public:
  explicit InterruptWatcher(std::atomic<bool>& cancel) : m_cancel(cancel) {
    sigemptyset(&m_signals);
    sigaddset(&m_signals, SIGINT);
    sigaddset(&m_signals, SIGTERM);
    sigaddset(&m_signals, wake_signal());
    pthread_sigmask(SIG_BLOCK, &m_signals, &m_previous);
    m_thread = std::thread([this] { watch(); });
  }
  ~InterruptWatcher() { stop(); }
  InterruptWatcher(const InterruptWatcher&) = delete;
  InterruptWatcher& operator=(const InterruptWatcher&) = delete;

  int signal_caught() const { return m_caught.load(); }

  void stop() {
    if (!m_thread.joinable())
      return;
    m_done.store(true);
    pthread_kill(m_thread.native_handle(), wake_signal());
    m_thread.join();
    pthread_sigmask(SIG_SETMASK, &m_previous, nullptr);
  }

  // Dies of the signal that interrupted the build, as an uninterrupted program would have.
  [[noreturn]] void raise_again() {
    std::fflush(stdout);
    std::fflush(stderr);
    std::signal(m_caught.load(), SIG_DFL);
    std::raise(m_caught.load());
    std::_Exit(128 + m_caught.load());
  }

 private:
  static int wake_signal() { return SIGRTMIN; }

  static constexpr std::chrono::milliseconds grace{500};

  void watch() {
    while (!m_done.load()) {
      const int signal = sigwaitinfo(&m_signals, nullptr);
      if (signal == SIGINT || signal == SIGTERM) {
        m_caught.store(signal);
        m_cancel.store(true);
        wait_for_batch(signal);
        return;
      }
    }
  }

  // Returns once the batch has ended, within `grace`; otherwise stops the process.
  void wait_for_batch(int signal) {
    const auto deadline = std::chrono::steady_clock::now() + grace;
    while (!m_done.load()) {
      const auto left =
          std::chrono::duration_cast<std::chrono::nanoseconds>(deadline - std::chrono::steady_clock::now());
      if (left.count() <= 0)
        break;
      const timespec wait{0, static_cast<long>(left.count())};
      const int got = sigtimedwait(&m_signals, nullptr, &wait);
      if (got == SIGINT || got == SIGTERM)
        break;  // asked twice: stop now
    }
    if (m_done.load())
      return;
    remove_temporary_files();
    fmt::print(stderr,
               "\npledge build: stopped by {} while a service was still being built (interrupted); every "
               "file written is complete\n",
               signal == SIGINT ? "SIGINT" : "SIGTERM");
    std::fflush(stdout);
    std::fflush(stderr);
    std::signal(signal, SIG_DFL);
    sigset_t own{};
    sigemptyset(&own);
    sigaddset(&own, signal);
    pthread_sigmask(SIG_UNBLOCK, &own, nullptr);
    std::raise(signal);
    std::_Exit(128 + signal);
  }

  std::atomic<bool>& m_cancel;
  sigset_t m_signals{};
  sigset_t m_previous{};
  std::atomic<bool> m_done{false};
  std::atomic<int> m_caught{0};
  std::thread m_thread;
};

int run_build(const BuildOptions& options, const CommandContext& context) {
  BatchOptions batch;
  for (const auto& path : find_service_files(options.paths))
    batch.services.push_back(path);
  batch.output = options.output;
  batch.documents = options.only;
  batch.language = options.language;
  batch.library_folders = context.library_folders();
  batch.render = render_options_from(options.fonts, options.allow_missing_glyphs, batch.library_folders);
  batch.lint_data_folder = context.lint_data_folder();
  batch.spelling_index = context.spelling_index();
  batch.lint_gate = options.no_lint ? LintGate::off : options.strict ? LintGate::warnings : LintGate::errors;
  batch.lint_scope = lint::scopes().at(options.scope).scope;
  batch.lint_baseline = options.baseline;
  batch.fail_fast = options.fail_fast;
  batch.incremental = options.incremental;
  batch.jobs = options.jobs;
  build::check_outputs_spare_inputs(batch, options.manifest);

  BuildProgress progress(batch.services.size(), options.quiet);
  std::atomic<bool> cancel{false};
  InterruptWatcher watcher(cancel);
  const BatchSummary summary = build::build_batch(batch, progress, cancel);
  watcher.stop();
  progress.finish(summary);
  if (watcher.signal_caught())
    watcher.raise_again();

  if (!options.manifest.empty())
    write_file_atomically(options.manifest, build::manifest_json(progress.outputs()));
  if (summary.failed > 0)
    return exit_bad_input;
  if (summary.blocked > 0)
    return exit_findings;
  return exit_ok;
}

void setup_build(CLI::App* sub, BuildOptions* options) {
  const auto& documents = render::documents();
  sub->add_option("PATH", options->paths,
                  "Service files, or folders holding *.pledge.yaml and pledge.yaml files")
      ->required();
  sub->add_option("-o,--output", options->output, "Folder to write into (created if missing)")
      ->required()
      ->type_name("DIR")
      ->check(non_empty_path());
  sub->add_option("--only", options->only,
                  described_choices("Documents to build, comma-separated (all by default):", documents))
      ->delimiter(',')
      ->check(one_of(documents))
      ->type_name("LIST");
  add_font_options(sub, options->fonts, options->allow_missing_glyphs);
  sub->add_option("-j,--jobs", options->jobs, "Services built at once (default: the number of cores)")
      ->type_name("N")
      ->check(CLI::Range(1u, 256u));
  sub->add_option("--language", options->language,
                  "Build each pledge in one of its languages alone (a BCP 47 tag, such as cy)");
  sub->add_flag("--no-lint", options->no_lint, "Build without linting first");
  sub->add_flag("--strict", options->strict, "Lint warnings block a service's build too, not only errors");
  sub->add_option("--scope", options->scope,
                  described_choices("Which statements of a service the lint gate checks:", lint::scopes()))
      ->check(one_of(lint::scopes()))
      ->capture_default_str();
  sub->add_option(
         "--baseline", options->baseline,
         "Findings this baseline (written by pledge lint --write-baseline) lists do not block a build")
      ->type_name("FILE");
  sub->add_flag("--fail-fast", options->fail_fast, "Start no more services after the first that fails");
  sub->add_flag("--incremental", options->incremental,
                "Skip services whose outputs are up to date with their inputs, libraries, fonts and options");
  sub->add_option("--manifest", options->manifest,
                  "Write a JSON list of every output file with its size and SHA-256")
      ->type_name("FILE.json")
      ->check(non_empty_path());
  sub->add_flag("-q,--quiet", options->quiet, "No progress or summary on stderr (problems are still shown)");
}

}  // namespace

const Bind bind_build = bind_command<BuildOptions, setup_build, run_build>;

}  // namespace pledge::cli
