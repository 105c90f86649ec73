#include <cstdlib>
#include <ctime>
#include <filesystem>

#include "format_option.hpp"
#include "model/evidence_summary.hpp"
#include "model/service_discovery.hpp"
#include "render/missing_characters.hpp"
#include "render/output_formats.hpp"
#include "render_setup.hpp"
#include "report/csv.hpp"
#include "report_output.hpp"
#include "subcommands.hpp"

namespace pledge::cli {

namespace {

struct EvidenceOptions {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string output;
  std::vector<std::string> fonts;
  bool allow_missing_glyphs = false;
  bool no_bom = false;
};

// The day reviews are overdue against: SOURCE_DATE_EPOCH's, so that a report can be made again exactly, or
// today's (UTC).
CalendarDate evidence_day() {
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch)
    return calendar_date_of(render::parse_source_date_epoch(epoch));
  return calendar_date_of(static_cast<long long>(std::time(nullptr)));
}

int run_evidence(const EvidenceOptions& options, const CommandContext& context) {
  const render::EvidenceFormat& format = render::evidence_formats.at(options.format);
  const ReportOutput output(options.output, format, options.fonts, options.allow_missing_glyphs);
  LibraryCatalog catalog = context.catalog();
  EvidenceSummary summary(evidence_day());
  const std::vector<std::filesystem::path> services = find_service_files(options.paths);
  std::vector<LibraryInfo> libraries;
  resolve_each(services, catalog, [&](const ResolvedPledge& pledge) {
    summary.add(pledge);
    libraries.insert(libraries.end(), pledge.libraries.begin(), pledge.libraries.end());
  });
  if (format.name == "pdf")  // a character no font has fails here, or is a warning; a workbook draws none
    print_warnings(render::check_characters(summary, output.render_options()));
  const std::string bytes = format.write(summary, output.render_options());
  output.write(options.no_bom ? report::without_byte_order_mark(bytes) : bytes, services, libraries, catalog);
  return exit_ok;
}

}  // namespace

void setup_evidence(CLI::App& app, CommandContext& context) {
  auto [sub, options] = add_command<EvidenceOptions>(
      app, context, "evidence",
      "Count, per service and for all services, the statements Met, Partly met, Not met or with no record, "
      "and list the reviews overdue",
      run_evidence);
  add_service_paths(sub, options->paths);
  add_report_options(
      sub, *options, render::evidence_formats,
      "File to write (required for pdf and xlsx; other formats go to standard output without it)");
}

}  // namespace pledge::cli
