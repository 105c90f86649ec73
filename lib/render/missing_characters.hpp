#pragma once

#include <vector>

#include "base/error.hpp"
#include "model/coverage.hpp"
#include "model/evidence_summary.hpp"
#include "model/library_catalog.hpp"
#include "model/resolved_pledge.hpp"
#include "render/render_options.hpp"

namespace pledge::render {

// No character is ever dropped from a document: these check, before anything is rendered, that every
// character of every text the documents print is in a font of the options' chain (their fonts, then the
// fallback fonts of its script: see FontChain). A character none has is a Diagnostic at the text's place in
// the file it is written in, naming the character ("U+1F600 GRINNING FACE"). They throw an Error holding
// every such character, unless the options allow missing glyphs: then they return them as warnings, and the
// documents draw the font's .notdef glyph (an empty box) in their place.

// The texts of a pledge's documents: the service file's, and the libraries' the worksheet prints (the
// statements the service left out too), from `catalog`.
std::vector<Diagnostic> check_characters(const ResolvedPledge& pledge, LibraryCatalog& catalog,
                                         const RenderOptions& options);

// The texts of the coverage report: service names and files, library statements and exclusion reasons.
std::vector<Diagnostic> check_characters(const CoverageMatrix& matrix, LibraryCatalog& catalog,
                                         const RenderOptions& options);

// The texts of the evidence report: service names and files, and the overdue reviews' statements, owners and
// reviewers.
std::vector<Diagnostic> check_characters(const EvidenceSummary& summary, const RenderOptions& options);

}  // namespace pledge::render
