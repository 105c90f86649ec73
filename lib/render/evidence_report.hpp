#pragma once

#include <string>

#include "model/evidence_summary.hpp"
#include "render/render_options.hpp"

namespace pledge::render {

// The evidence summary as an A4 landscape PDF for auditors: the day it counts from, a table of totals per
// service and for all services (statements, Met, Partly met, Not met, no record, overdue reviews), then the
// overdue reviews (service, statement, owner, reviewer, review-by date, days overdue). Tables tagged as
// every PDF is (render_pdf); their headers repeat on every page.
std::string render_evidence(const EvidenceSummary& summary, const RenderOptions& options);

}  // namespace pledge::render
