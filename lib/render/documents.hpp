#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/error.hpp"
#include "base/name_table.hpp"
#include "model/library_catalog.hpp"
#include "model/resolved_pledge.hpp"
#include "render/render_options.hpp"

namespace pledge::render {

// Renders one document of a pledge and returns the file's bytes. `catalog` holds the libraries the pledge was
// resolved against (the worksheet prints the statements the service left out); what a reader should know
// but that does not stop the document (small poster text) is added to `warnings`. Throws Error if the
// document cannot be made.
using RenderDocument = std::string (*)(const ResolvedPledge& pledge, LibraryCatalog& catalog,
                                       const RenderOptions& options, std::vector<Diagnostic>& warnings);

// A document `pledge build` makes for each service.
struct Document {
  std::string_view name;         // as --only names it
  std::string_view file_name;    // in the service's output folder
  std::string_view description;  // one line, for --help
  RenderDocument render;
};

// Every document, in the order a build makes and lists them: `build --only`, its help and completion, batch
// builds, the fuzz target and the benchmark all read this table.
const NameTable<Document>& documents();

}  // namespace pledge::render
