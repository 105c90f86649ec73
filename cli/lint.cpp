#include <filesystem>
#include <limits>
#include <optional>
#include <string>
#include <system_error>
#include <vector>

#include <fmt/core.h>

#include "base/output_file.hpp"
#include "choice_option.hpp"
#include "diagnostic_output.hpp"
#include "format_option.hpp"
#include "lint/baseline.hpp"
#include "lint/lint_run.hpp"
#include "lint/linter.hpp"
#include "lint/rules.hpp"
#include "lint/settings.hpp"
#include "model/service_discovery.hpp"
#include "report/lint_formats.hpp"
#include "subcommands.hpp"

namespace pledge::cli {

namespace {

namespace fs = std::filesystem;

struct LintOptions {
  std::vector<std::string> paths;
  std::string format = "text";
  int max_warnings = -1;
  bool strict = false;
  std::string scope = "all";
  std::string baseline;
  std::string write_baseline;
  std::string root;
  bool list_rules = false;
  bool print_default_settings = false;
};

// The files named on the command line: a folder gives its service files as `pledge build` finds them; a
// file is taken as given, even a missing one, whose problem is then reported with every other file's
// findings.
std::vector<fs::path> files_to_lint(const std::vector<std::string>& paths) {
  std::vector<fs::path> files;
  for (const auto& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      for (auto& found : find_service_files({path}))
        files.push_back(std::move(found));
    } else {
      files.emplace_back(path);
    }
  }
  return files;
}

// A path as lint's reports show it: relative to `root` when it is below it, absolute otherwise.
std::string shown_path(const std::string& file, const fs::path& root) {
  if (file.empty())
    return file;
  std::error_code ec;
  const fs::path absolute = fs::absolute(file, ec).lexically_normal();
  if (ec)
    return file;
  const fs::path relative = absolute.lexically_relative(root);
  if (relative.empty() || *relative.begin() == "..")
    return absolute.string();
  return relative.string();
}

void show_paths_below(lint::LintReport& report, const fs::path& root) {
  for (auto& f : report.findings)
    f.location.file = shown_path(f.location.file, root);
  for (auto& s : report.scores)
    s.location.file = shown_path(s.location.file, root);
  for (auto& file : report.files)
    file.file = shown_path(file.file, root);
  for (auto& unread : report.unread) {
    unread.file = shown_path(unread.file, root);
    for (auto& problem : unread.problems) {
      if (problem.where)
        problem.where->file = shown_path(problem.where->file, root);
    }
  }
  for (auto& entry : report.stale_baseline)
    entry.location.file = shown_path(entry.location.file, root);
}

fs::path root_folder(const std::string& given) {
  std::error_code ec;
  const fs::path root = fs::absolute(given.empty() ? fs::current_path() : fs::path(given), ec);
  if (ec || !fs::is_directory(root, ec))
    throw Error("--root must be a folder (the repository's top folder, which SARIF paths are relative to)",
                Location{given, 0, 0});
  return root.lexically_normal();
}

void print_rules() {
  for (const auto& rule : lint::rules().rows())
    fmt::print("{:<16} {:<8} {}\n", rule.name, lint::to_string(rule.default_severity), rule.summary);
}

int run_lint(const LintOptions& options, const CommandContext& context) {
  if (options.list_rules) {
    print_rules();
    return exit_ok;
  }
  if (options.print_default_settings) {
    fmt::print("{}", lint::default_settings_text());
    return exit_ok;
  }
  if (options.paths.empty())
    throw Error(
        "give at least one library or service file, or a folder of service files, to lint "
        "(pledge lint PATH...)");
  const fs::path root = root_folder(options.root);
  const std::vector<fs::path> files = files_to_lint(options.paths);
  if (!options.write_baseline.empty()) {
    std::vector<fs::path> inputs = files;
    if (!options.baseline.empty())
      inputs.emplace_back(options.baseline);
    check_output_path(options.write_baseline, inputs, "another baseline file (--write-baseline)");
  }
  std::optional<lint::Baseline> baseline;
  if (!options.baseline.empty())
    baseline = lint::Baseline::read(options.baseline);

  lint::Linter linter(lint::load_lint_data(context.lint_data_folder()), context.spelling_index());
  LibraryCatalog catalog = context.catalog();
  lint::LintRunOptions run_options;
  run_options.scope = lint::scopes().at(options.scope).scope;
  run_options.baseline = options.write_baseline.empty() && baseline ? &*baseline : nullptr;
  lint::LintReport report = lint::lint_files(files, linter, catalog, run_options);

  if (!options.write_baseline.empty() && report.unread.empty()) {
    // Everything found today is accepted: the run then reports what the new baseline leaves, nothing.
    write_file_atomically(options.write_baseline, lint::baseline_text(report.findings));
    fmt::print(stderr, "pledge lint: {} {} written to {}\n", report.findings.size(),
               report.findings.size() == 1 ? "finding" : "findings", options.write_baseline);
    report.findings.clear();
  }

  show_paths_below(report, root);
  const report::LintOutputOptions output{use_colour(stdout), root.string()};
  fmt::print("{}", report::lint_formats.at(options.format).write(report, output));
  // On standard error, so that JSON and SARIF stay one document: what the run did not check.
  for (const auto& skipped : report.skipped)
    fmt::print(stderr, "info: {}\n", to_string(skipped));

  if (!report.unread.empty()) {
    std::vector<Diagnostic> problems;
    for (const auto& unread : report.unread)
      problems.insert(problems.end(), unread.problems.begin(), unread.problems.end());
    std::fflush(stdout);
    print_diagnostics(stderr, Error(problems));
    if (!options.write_baseline.empty())
      fmt::print(stderr, "pledge lint: no baseline written, since not every file could be read\n");
    return exit_bad_input;
  }
  const int errors = report.count(lint::Severity::error);
  const int warnings = report.count(lint::Severity::warning);
  if (errors > 0 || (options.strict && warnings > 0))
    return exit_findings;
  if (options.max_warnings >= 0 && warnings > options.max_warnings)
    return exit_findings;
  return exit_ok;
}

void setup_lint(CLI::App* sub, LintOptions* options) {
  sub->add_option("PATH", options->paths,
                  "Library or service files, or folders holding *.pledge.yaml and pledge.yaml files");
  add_format_option(sub, options->format, report::lint_formats);
  sub->add_option("--max-warnings", options->max_warnings,
                  "Fail (exit status 1) when there are more warnings than N")
      ->type_name("N")
      ->check(CLI::Range(0, std::numeric_limits<int>::max()));
  sub->add_flag("--strict", options->strict, "Count warnings as errors");
  sub->add_option("--scope", options->scope,
                  described_choices("Which statements of a service to lint:", lint::scopes()))
      ->check(one_of(lint::scopes()))
      ->capture_default_str();
  sub->add_option("--baseline", options->baseline,
                  "Report only findings that this baseline (written by --write-baseline) does not list")
      ->type_name("FILE");
  sub->add_option("--write-baseline", options->write_baseline,
                  "Write every finding of this run into FILE as accepted, for --baseline")
      ->type_name("FILE");
  sub->add_option("--root", options->root,
                  "Folder that paths are shown relative to (SARIF's SRCROOT); default: the working folder")
      ->type_name("DIR");
  sub->add_flag("--list-rules", options->list_rules, "List the rules with their default severity, and exit");
  sub->add_flag("--print-default-settings", options->print_default_settings,
                "Print every rule's default settings as a settings file (see pledge-lint(1)), and exit");
}

}  // namespace

const Bind bind_lint = bind_command<LintOptions, setup_lint, run_lint>;

}  // namespace pledge::cli
