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
  ReportOptions report{.format = "text"};
};

// The day reviews are overdue against: SOURCE_DATE_EPOCH's, so that a report can be made again exactly, or
// today's (UTC).
CalendarDate evidence_day() {
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch)
    return calendar_date_of(render::parse_source_date_epoch(epoch));
  return calendar_date_of(static_cast<long long>(std::time(nullptr)));
}

int run_evidence(const EvidenceOptions& options, const CommandContext& context) {
  const render::EvidenceFormat& format = render::evidence_formats.at(options.report.format);
  const ReportOutput output(options.report, format);
  LibraryCatalog catalog = context.catalog();
  EvidenceSummary summary(evidence_day());
  const std::vector<std::filesystem::path> services = find_service_files(options.paths);
  std::vector<LibraryInfo> libraries;
  resolve_each(services, catalog, [&](const ResolvedPledge& pledge) {
    summary.add(pledge);
    libraries.insert(libraries.end(), pledge.libraries.begin(), pledge.libraries.end());
  });
  output.write_report(
      format, summary,
      [&](const auto& render_options) { return render::check_characters(summary, render_options); }, services,
      libraries, catalog);
  return exit_ok;
}

void setup_evidence(CLI::App* sub, EvidenceOptions* options) {
  add_services_report_options(sub, options->paths, options->report, render::evidence_formats);
}

}  // namespace

void bind_evidence(CLI::App* sub, CommandContext& context) {
  bind_command(sub, context, setup_evidence, run_evidence);
}

}  // namespace pledge::cli
