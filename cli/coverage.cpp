#include <filesystem>
#include <memory>

#include "format_option.hpp"
#include "model/coverage.hpp"
#include "model/service_discovery.hpp"
#include "render/missing_characters.hpp"
#include "render/output_formats.hpp"
#include "render_setup.hpp"
#include "report/csv.hpp"
#include "report_output.hpp"
#include "subcommands.hpp"

namespace pledge::cli {

namespace {

namespace fs = std::filesystem;

struct CoverageOptions {
  std::vector<std::string> paths;
  ReportOptions report{.format = "text"};
};

// Every broken service is reported, not only the first, and nothing is added unless all resolve.
int run_coverage(const CoverageOptions& options, const CommandContext& context) {
  const render::CoverageFormat& format = render::coverage_formats.at(options.report.format);
  const ReportOutput output(options.report, format);
  LibraryCatalog catalog = context.catalog();
  CoverageMatrix matrix(catalog);
  const std::vector<fs::path> services = find_service_files(options.paths);
  resolve_each(services, catalog, [&](const ResolvedPledge& pledge) { matrix.add(pledge); });
  output.write_report(
      format, matrix,
      [&](const auto& render_options) { return render::check_characters(matrix, catalog, render_options); },
      services, matrix.libraries(), catalog);
  return exit_ok;
}

void setup_coverage(CLI::App* sub, CoverageOptions* options) {
  add_services_report_options(sub, options->paths, options->report, render::coverage_formats);
}

}  // namespace

void bind_coverage(CLI::App* sub, CommandContext& context) {
  bind_command(sub, context, setup_coverage, run_coverage);
}

}  // namespace pledge::cli
