#pragma once

#include <memory>
#include <string_view>
#include <variant>

#include "base/source_text.hpp"
#include "model/library.hpp"
#include "model/library_catalog.hpp"
#include "model/resolved_pledge.hpp"

namespace pledge {

// A file that may be either kind of input `pledge lint` takes: a statement library or a service file,
// resolved.
using LibraryOrPledge = std::variant<Library, ResolvedPledge>;

// Reads `source` as a statement library if its first level has `library:`, as a service file (resolved
// through `catalog`) if it has `service:`, parsing it once. `file_stem` is the name a library must have as
// its id (see load_library). Throws Error listing every problem, or saying that the file is neither kind.
LibraryOrPledge read_library_or_pledge(std::shared_ptr<const SourceText> source, std::string_view file_stem,
                                       LibraryCatalog& catalog);

}  // namespace pledge
