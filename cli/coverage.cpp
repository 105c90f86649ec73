#include <filesystem>
#include <memory>

#include "format_option.hpp"
#include "model/coverage.hpp"
#include "model/service_discovery.hpp"
#include "render/missing_characters.hpp"
#include "render/output_formats.hpp"
#include "render_setup.hpp"
#include "report_output.hpp"
#include "subcommands.hpp"

namespace pledge::cli {

namespace {

namespace fs = std::filesystem;

struct CoverageOptions {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string output;
  std::vector<std::string> fonts;
  bool allow_missing_glyphs = false;
};

// Every broken service is reported, not only the first, and nothing is added unless all resolve.
void add_services(CoverageMatrix& matrix, const std::vector<fs::path>& services, LibraryCatalog& catalog) {
  DiagnosticList problems;
  for (const auto& path : services) {
    try {
      matrix.add(resolve_file(path, catalog));
    } catch (const Error& e) {
      problems.append(e);
    }
  }
  problems.throw_if_any();
}

int run_coverage(const CoverageOptions& options, const CommandContext& context) {
  const render::CoverageFormat& format = render::coverage_formats.at(options.format);
  const ReportOutput output(options.output, format, options.fonts, options.allow_missing_glyphs);
  LibraryCatalog catalog = context.catalog();
  CoverageMatrix matrix(catalog);
  const std::vector<fs::path> services = find_service_files(options.paths);
  add_services(matrix, services, catalog);
  if (output.is_binary())  // a character no font has fails here, or is a warning
    print_warnings(render::check_characters(matrix, catalog, output.render_options()));
  output.write(format.write(matrix, output.render_options()), services, matrix.libraries(), catalog);
  return exit_ok;
}

}  // namespace

void setup_coverage(CLI::App& app, CommandContext& context) {
  auto [sub, options] =
      add_command<CoverageOptions>(app, context, "coverage",
                                   "Show which services keep, reword or exclude each library statement "
                                   "(the organisation-wide view for auditors)",
                                   run_coverage);
  sub->add_option("PATH", options->paths,
                  "Service files, or folders searched for *.pledge.yaml and pledge.yaml")
      ->required();
  add_format_option(sub, options->format, render::coverage_formats);
  add_output_options(sub, options->output, options->fonts, options->allow_missing_glyphs,
                     "File to write (required for pdf; other formats go to standard output without it)");
}

}  // namespace pledge::cli
