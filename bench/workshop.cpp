// pledge serve's work for one change, in-process, median of N: the in-place edit of the service file (with
// its read-back check), a change saved through the session (edit, resolve, lint of the whole pledge, atomic
// write), a draft linted as the team types, and the poster and web page previews after a change. For the
// district-nursing example and for a starter file of every shipped library (`pledge init`, every statement
// as comments).
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include <fmt/core.h>

#include "base/allocator_settings.hpp"
#include "base/sha256.hpp"
#include "base/source_text.hpp"
#include "model/library_catalog.hpp"
#include "model/resolved_pledge.hpp"
#include "model/service_file_edit.hpp"
#include "report/starter_file.hpp"
#include "workshop/workshop_session.hpp"

using namespace pledge;

namespace {

double median_ms(int runs, const std::function<void(int)>& work) {
  std::vector<double> times;
  for (int i = 0; i < runs; ++i) {
    const auto start = std::chrono::steady_clock::now();
    work(i);
    times.push_back(
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

void measure(const std::string& name, const std::string& text, LibraryCatalog& catalog, int runs) {
  const ResolvedPledge pledge = resolve(std::make_shared<const SourceText>(name, text), catalog);
  std::string ref;
  for (const auto& s : pledge.statements) {
    if (s.status != StatementStatus::added)
      ref = s.ref;
  }
  fmt::print("{} ({} statements, {} lines):\n", name, pledge.statements.size(),
             std::count(text.begin(), text.end(), '\n'));
  const double edit = median_ms(runs, [&](int) {
    apply_edit(text, name, edit::CrossOff{ref, "It does not fit."});
  });
  fmt::print("  edit in place, read back and checked   {:7.2f} ms\n", edit);

  const auto folder =
      std::filesystem::temp_directory_path() / ("pledge-bench-workshop-" + std::to_string(::getpid()));
  std::filesystem::create_directories(folder);
  const auto file = folder / "service.pledge.yaml";
  std::ofstream(file, std::ios::binary) << text;
  workshop::WorkshopSettings settings;
  settings.service_file = file;
  settings.library_folders = {std::filesystem::path(PLEDGE_SOURCE_DIR) / "statements"};
  settings.lint_data_folder = std::filesystem::path(PLEDGE_SOURCE_DIR) / "statements" / "lint";
  settings.spelling_index = PLEDGE_BUILD_SPELLING_INDEX;
  workshop::WorkshopSession session(std::move(settings));
  session.state();
  session.draft_findings(edit::Reword{ref, "We check a wrod hunspell loads for."});  // hunspell loads once
  const double change = median_ms(runs, [&](int i) {
    const std::string version = session.version();
    const auto result = i % 2 == 0 ? session.change(edit::CrossOff{ref, "It does not fit."}, version)
                                   : session.change(edit::KeepAgain{ref}, version);
    if (result.outcome != workshop::Outcome::saved)
      throw Error("the benchmark's change was not saved");
  });
  fmt::print("  change saved, linted, state back       {:7.2f} ms\n", change);
  const double draft = median_ms(runs, [&](int i) {
    session.draft_findings(edit::Reword{ref, "We tell you what we do, every day " + std::to_string(i) + "."});
  });
  fmt::print("  draft linted as the team types         {:7.2f} ms\n", draft);
  const double poster = median_ms(runs, [&](int i) {
    const std::string version = session.version();
    session.change(
        i % 2 == 0 ? ServiceFileEdit(edit::Reword{ref, "We say it our way."}) : edit::UseOriginal{ref},
        version);
    session.poster();
  });
  const workshop::DocumentPreview preview = session.poster();
  fmt::print(
      "  change saved and its poster made       {:7.2f} ms  {}\n", poster,
      preview.bytes.empty()
          ? "(no poster: " + (preview.problems.empty() ? std::string("?") : preview.problems[0].message) + ")"
          : fmt::format("({:.1f} KB)", static_cast<double>(preview.bytes.size()) / 1024));
  const double page = median_ms(runs, [&](int i) {
    const std::string version = session.version();
    session.change(
        i % 2 == 0 ? ServiceFileEdit(edit::Reword{ref, "We say it our way."}) : edit::UseOriginal{ref},
        version);
    session.web_page();
  });
  fmt::print("  change saved and its web page made     {:7.2f} ms  ({:.1f} KB)\n", page,
             static_cast<double>(session.web_page().bytes.size()) / 1024);
  std::filesystem::remove_all(folder);
}

}  // namespace

int main(int argc, char** argv) {
  use_batch_allocator_settings();
  const int runs = argc > 1 ? std::atoi(argv[1]) : 21;
  LibraryCatalog catalog({std::filesystem::path(PLEDGE_SOURCE_DIR) / "statements"});
  fmt::print("pledge serve, one change in-process, median of {} runs:\n", runs);
  measure(
      "district-nursing.pledge.yaml",
      SourceText::read(std::filesystem::path(PLEDGE_SOURCE_DIR) / "examples" / "district-nursing.pledge.yaml")
          .content(),
      catalog, runs);
  std::vector<const Library*> libraries;
  for (const auto& id : catalog.ids())
    libraries.push_back(&catalog.load(id));
  measure("starter file of every shipped library",
          report::starter_service_file("Ward 7", "Patients", libraries), catalog, runs);
  fmt::print("(the page adds a 250 ms pause in typing before it asks for a draft's findings)\n");
}
