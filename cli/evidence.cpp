#include <cstdlib>
#include <ctime>

#include "model/evidence_summary.hpp"
#include "render/missing_characters.hpp"
#include "render/output_formats.hpp"
#include "report_output.hpp"
#include "subcommands.hpp"

namespace pledge::cli {

namespace {

// The day reviews are overdue against: SOURCE_DATE_EPOCH's, so that a report can be made again exactly, or
// today's (UTC).
CalendarDate evidence_day() {
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch)
    return calendar_date_of(render::parse_source_date_epoch(epoch));
  return calendar_date_of(static_cast<long long>(std::time(nullptr)));
}

int run_evidence(const ServicesReportOptions& options, const CommandContext& context) {
  LibraryCatalog catalog = context.catalog();
  EvidenceSummary summary(evidence_day());
  std::vector<LibraryInfo> libraries;
  return write_services_report(
      options, render::evidence_formats, catalog, summary,
      [&](const ResolvedPledge& pledge) {
        summary.add(pledge);
        libraries.insert(libraries.end(), pledge.libraries.begin(), pledge.libraries.end());
      },
      [&](const auto& render_options) { return render::check_characters(summary, render_options); },
      [&] { return libraries; });
}

}  // namespace

const Bind bind_evidence = bind_services_report<render::evidence_formats, run_evidence>;

}  // namespace pledge::cli
