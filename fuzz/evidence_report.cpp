// libFuzzer target: any bytes as a service file with evidence records, resolved against the test and shipped
// libraries, must give a pledge whose evidence summary every `pledge evidence` format and the checklist's
// CSV and workbook accept, or a pledge::Error; never a crash, hang or sanitizer report. Records reach
// resolution in fuzz_service_resolution too, but only this target counts them, ages their review dates and
// writes the evidence reports.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "model/evidence_summary.hpp"
#include "model/resolved_pledge.hpp"
#include "render/evidence_report.hpp"
#include "report/checklist.hpp"
#include "report/evidence_formats.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static pledge::LibraryCatalog catalog(
      {PLEDGE_SOURCE_DIR "/tests/data/libraries", PLEDGE_SOURCE_DIR "/statements"});
  static const pledge::render::RenderOptions options;
  auto source = std::make_shared<const pledge::SourceText>(
      "fuzz.pledge.yaml", std::string(reinterpret_cast<const char*>(data), size));
  try {
    const pledge::ResolvedPledge pledge = pledge::resolve(source, catalog);
    // The day of tests/data/evidence's cases, on which some of their reviews are overdue.
    pledge::EvidenceSummary summary(pledge::CalendarDate{2026, 4, 1});
    summary.add(pledge);
    summary.add(pledge);  // a second service with the same records: totals over services
    pledge::report::evidence_writers.text(summary);
    pledge::report::evidence_writers.csv(summary);
    pledge::report::evidence_writers.json(summary);
    pledge::report::evidence_writers.markdown(summary);
    pledge::report::evidence_writers.xlsx(summary, 1775001600);
    pledge::render::render_evidence(summary, options);
    pledge::report::checklist_csv(pledge);
    pledge::report::checklist_xlsx(pledge, 1775001600);
  } catch (const pledge::Error&) {
  }
  return 0;
}
