#pragma once

#include "model/coverage.hpp"
#include "model/evidence_summary.hpp"
#include "model/resolved_pledge.hpp"
#include "render/render_options.hpp"
#include "report/output_format.hpp"

namespace pledge::render {

// The formats of the commands that can write a PDF as well as text. Their tables live here, the lowest layer
// holding all their writers; the text writers are report/'s and do not use the render options.

// `pledge coverage --format`: text, csv, json, markdown, xlsx (report/coverage_formats) and the A4 landscape
// PDF.
using CoverageFormat = report::OutputFormat<CoverageMatrix, RenderOptions>;
extern const NameTable<CoverageFormat> coverage_formats;

// `pledge checklist --format`: csv and xlsx (report/checklist) and the PDF that `pledge build` makes.
using ChecklistFormat = report::OutputFormat<ResolvedPledge, RenderOptions>;
extern const NameTable<ChecklistFormat> checklist_formats;

// `pledge evidence --format`: text, csv, json, markdown and xlsx (report/evidence_formats) and the A4
// landscape PDF (render/evidence_report).
using EvidenceFormat = report::OutputFormat<EvidenceSummary, RenderOptions>;
extern const NameTable<EvidenceFormat> evidence_formats;

}  // namespace pledge::render
