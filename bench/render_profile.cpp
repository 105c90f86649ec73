// One document of one service rendered in-process, for a profiler: `bench_render_profile SERVICE DOCUMENT
// [RUNS] [LIBRARY...]`. The first render (warm_up) loads the fonts and shapes the words into the options'
// cache, as the first service of a `pledge build` does; the RUNS after it (measured, default 10) reuse them,
// as bench_render's per-document figures do. Under `valgrind --tool=callgrind`, the inclusive count of
// `measured` divided by RUNS is one document's instructions; the wall time of each is printed too.
// DOCUMENT `fresh` is bench_render's target instead: poster, leaflet and checklist from fresh options (fonts
// loaded, characters checked and words shaped each time), RUNS times, with no warm-up.
#include <chrono>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/core.h>

#include "base/allocator_settings.hpp"
#include "model/library_catalog.hpp"
#include "model/resolved_pledge.hpp"
#include "render/documents.hpp"
#include "render/missing_characters.hpp"

using namespace pledge;

namespace {

// Not inlined, so that a profile names each phase.
[[gnu::noinline]] std::size_t warm_up(const render::Document& document, const ResolvedPledge& pledge,
                                      LibraryCatalog& catalog, const render::RenderOptions& options) {
  std::vector<Diagnostic> warnings;
  return document.render(pledge, catalog, options, warnings).size();
}

[[gnu::noinline]] std::size_t measured(const render::Document& document, const ResolvedPledge& pledge,
                                       LibraryCatalog& catalog, const render::RenderOptions& options,
                                       int runs) {
  std::size_t size = 0;
  for (int i = 0; i < runs; ++i) {
    std::vector<Diagnostic> warnings;
    size = document.render(pledge, catalog, options, warnings).size();
  }
  return size;
}

[[gnu::noinline]] std::size_t measured_fresh(const ResolvedPledge& pledge, LibraryCatalog& catalog,
                                             int runs) {
  std::size_t size = 0;
  for (int i = 0; i < runs; ++i) {
    const render::RenderOptions fresh;
    std::vector<Diagnostic> warnings = render::check_characters(pledge, catalog, fresh);
    size = 0;
    for (const char* name : {"poster", "leaflet", "checklist"})
      size += render::documents().at(name).render(pledge, catalog, fresh, warnings).size();
  }
  return size;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    fmt::print(stderr, "usage: {} SERVICE DOCUMENT [RUNS] [LIBRARY...]\n", argv[0]);
    return 2;
  }
  use_batch_allocator_settings();  // as the CLI does
  const int runs = argc > 3 ? std::atoi(argv[3]) : 10;
  std::vector<std::filesystem::path> libraries;
  for (int i = 4; i < argc; ++i)
    libraries.emplace_back(argv[i]);
  libraries.emplace_back(std::string(PLEDGE_SOURCE_DIR) + "/statements");
  LibraryCatalog catalog(libraries);
  const ResolvedPledge pledge = resolve_file(argv[1], catalog);
  const bool fresh = std::string_view(argv[2]) == "fresh";
  const render::RenderOptions options;
  if (!fresh)
    warm_up(render::documents().at(argv[2]), pledge, catalog, options);
  const auto start = std::chrono::steady_clock::now();
  const std::size_t size = fresh ? measured_fresh(pledge, catalog, runs)
                                 : measured(render::documents().at(argv[2]), pledge, catalog, options, runs);
  const double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  fmt::print("{} of {}: {:.3f} ms each (mean of {}), {} bytes\n", argv[2], argv[1], ms / runs, runs, size);
}
