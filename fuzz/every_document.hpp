#pragma once

#include <vector>

#include "model/resolved_pledge.hpp"
#include "render/documents.hpp"

// Renders every document of the documents table for `pledge`, each on its own: a poster that cannot fit must
// not keep the fuzzer from the other documents. A refusal (Error) is an answer; anything else is a finding.
inline void render_every_document(const pledge::ResolvedPledge& pledge, pledge::LibraryCatalog& catalog,
                                  const pledge::render::RenderOptions& options) {
  for (const auto& document : pledge::render::documents().rows()) {
    std::vector<pledge::Diagnostic> warnings;
    try {
      document.render(pledge, catalog, options, warnings);
    } catch (const pledge::Error&) {
    }
  }
}
