#include "model/coverage.hpp"
#include "render/missing_characters.hpp"
#include "render/output_formats.hpp"
#include "report_output.hpp"
#include "subcommands.hpp"

namespace pledge::cli {

namespace {

int run_coverage(const ServicesReportOptions& options, const CommandContext& context) {
  LibraryCatalog catalog = context.catalog();
  CoverageMatrix matrix(catalog);
  return write_services_report(
      options, render::coverage_formats, catalog, matrix,
      [&](const ResolvedPledge& pledge) { matrix.add(pledge); },
      [&](const auto& render_options) { return render::check_characters(matrix, catalog, render_options); },
      [&] { return matrix.libraries(); });
}

}  // namespace

const Bind bind_coverage = bind_services_report<render::coverage_formats, run_coverage>;

}  // namespace pledge::cli
