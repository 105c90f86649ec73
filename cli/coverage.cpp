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
  std::string format = "text";
  std::string output;
  std::vector<std::string> fonts;
  bool allow_missing_glyphs = false;
  bool no_bom = false;
};

// Every broken service is reported, not only the first, and nothing is added unless all resolve.
int run_coverage(const CoverageOptions& options, const CommandContext& context) {
  const render::CoverageFormat& format = render::coverage_formats.at(options.format);
  const ReportOutput output(options.output, format, options.fonts, options.allow_missing_glyphs);
  LibraryCatalog catalog = context.catalog();
  CoverageMatrix matrix(catalog);
  const std::vector<fs::path> services = find_service_files(options.paths);
  resolve_each(services, catalog, [&](const ResolvedPledge& pledge) { matrix.add(pledge); });
  if (format.name == "pdf")  // a character no font has fails here, or is a warning; a workbook draws none
    print_warnings(render::check_characters(matrix, catalog, output.render_options()));
  const std::string bytes = format.write(matrix, output.render_options());
  output.write(options.no_bom ? report::without_byte_order_mark(bytes) : bytes, services, matrix.libraries(),
               catalog);
  return exit_ok;
}

}  // namespace

void setup_coverage(CLI::App& app, CommandContext& context) {
  auto [sub, options] =
      add_command<CoverageOptions>(app, context, "coverage",
                                   "Show which services keep, reword or exclude each library statement "
                                   "(the organisation-wide view for auditors)",
                                   run_coverage);
  add_service_paths(sub, options->paths);
  add_report_options(
      sub, *options, render::coverage_formats,
      "File to write (required for pdf and xlsx; other formats go to standard output without it)");
}

}  // namespace pledge::cli
