#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include <fmt/core.h>

#include "base/display_path.hpp"
#include "choice_option.hpp"
#include "diagnostic_output.hpp"
#include "format_option.hpp"
#include "lint/linter.hpp"
#include "lint/rules.hpp"
#include "lint/settings.hpp"
#include "model/input_file.hpp"
#include "report/lint_formats.hpp"
#include "subcommands.hpp"

namespace pledge::cli {

namespace {

struct LintOptions {
  std::vector<std::string> files;
  std::string format = "text";
  int max_warnings = -1;
  bool strict = false;
  bool list_rules = false;
  bool print_default_settings = false;
};

// What one file on the command line gives the linter: its statements and the settings they are checked with.
struct LintJob {
  lint::LintSubject subject;
  lint::Settings settings;
};

LintJob prepare(const std::string& file, const lint::LintData& data, LibraryCatalog& catalog) {
  auto source = std::make_shared<const SourceText>(SourceText::read(file));
  const LibraryOrPledge input =
      read_library_or_pledge(source, std::filesystem::path(file).stem().string(), catalog);
  if (const auto* library = std::get_if<Library>(&input))
    return LintJob{lint::subject_of(*library), lint::settings_for(data.settings, file, nullptr)};
  const auto& pledge = std::get<ResolvedPledge>(input);
  return LintJob{lint::subject_of(pledge, catalog),
                 lint::settings_for(data.settings, file, &pledge.service_file->lint)};
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
  if (options.files.empty())
    throw Error("give at least one library or service file to lint (pledge lint FILE...)");
  lint::Linter linter(lint::load_lint_data(context.lint_data_folder()), context.spelling_index());
  LibraryCatalog catalog = context.catalog();

  // Read every file first, so that all bad input is reported together and nothing is printed before it.
  std::vector<LintJob> jobs;
  DiagnosticList problems;
  for (const auto& file : options.files) {
    try {
      jobs.push_back(prepare(file, linter.data(), catalog));
    } catch (const Error& e) {
      problems.append(e);
    }
  }
  problems.throw_if_any();

  lint::LintReport report;
  for (const auto& job : jobs) {
    lint::LintReport one = linter.check(job.subject, job.settings);
    report.findings.insert(report.findings.end(), one.findings.begin(), one.findings.end());
    report.scores.insert(report.scores.end(), one.scores.begin(), one.scores.end());
    lint::add_skipped(report.skipped, one.skipped);
  }
  for (auto& f : report.findings)
    f.location.file = display_path(f.location.file);
  for (auto& s : report.scores)
    s.location.file = display_path(s.location.file);

  const report::LintOutputOptions output{use_colour(stdout), jobs.size()};
  fmt::print("{}", report::lint_formats.at(options.format).write(report, output));
  // On standard error, so that JSON and SARIF stay one document: what the run did not check.
  for (const auto& skipped : report.skipped)
    fmt::print(stderr, "info: {}\n", to_string(skipped));

  const int errors = report.count(lint::Severity::error);
  const int warnings = report.count(lint::Severity::warning);
  if (errors > 0 || (options.strict && warnings > 0))
    return exit_findings;
  if (options.max_warnings >= 0 && warnings > options.max_warnings)
    return exit_findings;
  return exit_ok;
}

}  // namespace

void setup_lint(CLI::App& app, CommandContext& context) {
  auto [sub, options] = add_command<LintOptions>(
      app, context, "lint",
      "Check statements for plain English: spelling, readability, jargon, passive voice, acronyms, "
      "repetition, typography and length",
      run_lint);
  sub->add_option("FILE", options->files, "Library or service files to check");
  add_format_option(sub, options->format, report::lint_formats);
  sub->add_option("--max-warnings", options->max_warnings,
                  "Fail (exit status 1) when there are more warnings than N")
      ->type_name("N")
      ->check(CLI::NonNegativeNumber);
  sub->add_flag("--strict", options->strict, "Count warnings as errors");
  sub->add_flag("--list-rules", options->list_rules, "List the rules with their default severity, and exit");
  sub->add_flag("--print-default-settings", options->print_default_settings,
                "Print every rule's default settings as a settings file (see pledge-lint(1)), and exit");
}

}  // namespace pledge::cli
