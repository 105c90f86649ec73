#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/coverage.hpp"
#include "model/fixed_texts.hpp"
#include "render/colour.hpp"
#include "render/render_options.hpp"

namespace pledge::render {

// The services one run of the matrix's pages shows, as columns: services [first, first + count).
struct ServiceColumns {
  std::size_t first = 0;
  std::size_t count = 0;

  friend bool operator==(const ServiceColumns&, const ServiceColumns&) = default;
};

// How many service columns fit across an A4 landscape page beside the statement column and the per-statement
// totals, each column narrow with its service's name turned upwards.
std::size_t coverage_columns_per_page();

// The services split into as few page sets as fit across the page, as evenly as possible (40 services: 20
// and 20, not 22 and 18), each set printed on its own pages with the statement column repeated.
std::vector<ServiceColumns> coverage_page_sets(std::size_t services);

// How a cell of the matrix is marked: a letter that pdftotext gives back and a reader can tell apart in
// black and white, on a fill that helps the eye run along a row but never carries the meaning alone.
struct CoverageMark {
  std::string_view symbol;  // K, R, X or – (in the fixed texts, which outlive it)
  std::string_view label;   // Kept, Reworded, Excluded, Not selected
  Colour ink;
  Colour fill;
};

// The mark of `state` in the words of `texts` (mark-kept, kept, ...); the dash of "not selected" in any.
CoverageMark coverage_mark(CoverageState state, const FixedTexts& texts);

// A statement a service crossed off, and the reason its file gives: auditors ask why.
struct CoverageExclusion {
  std::string ref;
  std::size_t service = 0;  // index into CoverageMatrix::services()
  std::string reason;
};

// Every excluded cell, in row order then service order, as the report lists them after the matrix.
std::vector<CoverageExclusion> coverage_exclusions(const CoverageMatrix& matrix);

// The coverage report for auditors and quality teams: A4 landscape; the libraries and a table of the
// services (numbered, with their totals); the matrix of library statements (ref and wording) against
// services, marked K / R / X / – with a legend and totals per statement and per service, split over page
// sets when the services do not fit across one page; then every exclusion with its reason. "Page X of Y" on
// every page.
std::string render_coverage(const CoverageMatrix& matrix, const RenderOptions& options);

}  // namespace pledge::render
