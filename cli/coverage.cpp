#include <memory>

#include <fmt/core.h>

#include "coverage.hpp"
#include "service_discovery.hpp"
#include "subcommands.hpp"

namespace pledge::cli {

namespace {

struct CoverageOptions {
  std::vector<std::string> paths;
  std::string format = "text";
};

int run_coverage(const CoverageOptions& options, const CommandContext& context) {
  LibraryCatalog catalog = context.catalog();
  CoverageMatrix matrix(catalog);
  DiagnosticList problems;  // every broken service is reported, not only the first
  for (const auto& path : find_service_files(options.paths)) {
    try {
      matrix.add(resolve_file(path, catalog));
    } catch (const Error& e) {
      problems.append(e);
    }
  }
  problems.throw_if_any();
  fmt::print("{}", format_coverage(matrix, *parse_coverage_format(options.format)));
  return exit_ok;
}

}  // namespace

void setup_coverage(CLI::App& app, CommandContext& context) {
  auto options = std::make_shared<CoverageOptions>();
  CLI::App* sub = app.add_subcommand("coverage",
                                     "Show which services keep, reword or exclude each library statement "
                                     "(the organisation-wide view for auditors)");
  sub->add_option("PATH", options->paths,
                  "Service files, or folders searched for *.pledge.yaml and pledge.yaml")
      ->required();
  sub->add_option("--format", options->format, "Output format: text, csv, json or markdown")
      ->check(CLI::IsMember({"text", "csv", "json", "markdown"}))
      ->capture_default_str();
  sub->callback(
      [options, &context] { context.run = [options, &context] { return run_coverage(*options, context); }; });
}

}  // namespace pledge::cli
