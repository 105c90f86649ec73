#include <doctest/doctest.h>

#include <algorithm>

#include "lint/baseline.hpp"
#include "lint/lint_run.hpp"
#include "lint_fixture.hpp"

using namespace pledge;

namespace {

// A library "lib" whose first statement has jargon ("utilise"), and services that keep it or reword it.
struct RunFolder {
  test::TempFolder folder;
  std::filesystem::path ward;
  std::filesystem::path clinic;

  RunFolder() {
    folder.write("lib.yaml",
                 test::library_text({"We utilise what you tell us.", "We listen to you."})->content());
    ward = folder.write("ward.pledge.yaml", "service: Ward 7\nlibraries: [lib]\n");
    clinic = folder.write("clinic.pledge.yaml",
                          "service: Clinic\nlibraries: [lib]\nreword:\n  - ref: lib/s2\n"
                          "    text: We facilitate visits.\n");
  }

  lint::LintReport run(const std::vector<std::filesystem::path>& files, lint::LintRunOptions options = {}) {
    LibraryCatalog catalog({folder.path()});
    return lint::lint_files(files, test::shared_linter(), catalog, options);
  }

  // The run of `files` against the baseline file `baseline_file`.
  lint::LintReport run_with_baseline(const std::vector<std::filesystem::path>& files,
                                     const std::filesystem::path& baseline_file) {
    const lint::Baseline baseline = lint::Baseline::read(baseline_file);
    lint::LintRunOptions options;
    options.baseline = &baseline;
    return run(files, options);
  }
};

// "rule ref [file labels]" for each finding of `rule`.
std::vector<std::string> of_rule(const lint::LintReport& report, const std::string& rule) {
  std::vector<std::string> out;
  for (const auto& f : report.findings) {
    if (f.rule != rule)
      continue;
    std::string line = f.rule + " " + f.ref + " [";
    for (const std::size_t index : f.files)
      line += (line.back() == '[' ? "" : " ") + report.files[index].label;
    out.push_back(line + "]");
  }
  return out;
}

}  // namespace

TEST_CASE("a file that cannot be read is reported in the run beside every other file's findings") {
  RunFolder run;
  const auto broken = run.folder.write("broken.pledge.yaml",
                                       "service: Broken\nlibraries: [lib]\n"
                                       "exclude:\n  - ref: lib/s9\n    reason: No.\n");
  const auto report = run.run({run.ward, broken, run.clinic});
  REQUIRE(report.unread.size() == 1);
  CHECK(report.unread[0].file == broken.string());
  REQUIRE(report.unread[0].problems.size() == 1);
  CHECK(report.unread[0].problems[0].where == Location{broken.string(), 4, 10});
  CHECK(report.files.size() == 2);
  CHECK(of_rule(report, "jargon") ==
        std::vector<std::string>{"jargon lib/s1 [ward clinic]", "jargon lib/s2 [clinic]"});
}

TEST_CASE("a missing file is a file not read, not the end of the run") {
  RunFolder run;
  const auto report = run.run({run.folder.path() / "missing.pledge.yaml", run.ward});
  REQUIRE(report.unread.size() == 1);
  CHECK(report.files.size() == 1);
  CHECK(of_rule(report, "jargon") == std::vector<std::string>{"jargon lib/s1 [ward]"});
}

TEST_CASE("a finding in library text that several services keep is reported once with all of them") {
  RunFolder run;
  const auto report = run.run({run.ward, run.clinic});
  CHECK(of_rule(report, "jargon") ==
        std::vector<std::string>{"jargon lib/s1 [ward clinic]", "jargon lib/s2 [clinic]"});
  CHECK(report.files[0].name == "Ward 7");
  CHECK(report.files[0].kind == "pledge");
}

TEST_CASE("scope own lints only what the service wrote, not the library statements it keeps") {
  RunFolder run;
  lint::LintRunOptions options;
  options.scope = lint::Scope::own;
  const auto report = run.run({run.ward, run.clinic}, options);
  CHECK(of_rule(report, "jargon") == std::vector<std::string>{"jargon lib/s2 [clinic]"});
  CHECK(std::all_of(report.findings.begin(), report.findings.end(),
                    [](const lint::Finding& f) { return f.location.file.ends_with(".pledge.yaml"); }));
}

TEST_CASE("a library file linted alone belongs to no service, and is its own file of the run") {
  RunFolder run;
  const auto report = run.run({run.folder.path() / "lib.yaml"});
  REQUIRE(report.files.size() == 1);
  CHECK(report.files[0].kind == "library");
  CHECK(report.files[0].name == "lib");
  CHECK(of_rule(report, "jargon") == std::vector<std::string>{"jargon lib/s1 [lib]"});
}

TEST_CASE("a baseline written from a run accepts all of that run's findings") {
  RunFolder run;
  const auto first = run.run({run.ward, run.clinic});
  REQUIRE(!first.findings.empty());
  const auto file = run.folder.write("baseline.yaml", lint::baseline_text(first.findings));
  const auto again = run.run_with_baseline({run.ward, run.clinic}, file);
  CHECK(again.findings.empty());
  CHECK(again.stale_baseline.empty());
}

TEST_CASE("a baselined finding stays accepted when its statement moves to another line") {
  RunFolder run;
  const auto file = run.folder.write("baseline.yaml", lint::baseline_text(run.run({run.clinic}).findings));
  run.folder.write("clinic.pledge.yaml",
                   "service: Clinic\n\n# moved down\nlibraries: [lib]\nreword:\n"
                   "  - ref: lib/s2\n    text: We facilitate visits.\n");
  CHECK(run.run_with_baseline({run.clinic}, file).findings.empty());
}

TEST_CASE("a baselined finding comes back when its statement is reworded, and its entry is stale") {
  RunFolder run;
  const auto file = run.folder.write("baseline.yaml", lint::baseline_text(run.run({run.clinic}).findings));
  run.folder.write("clinic.pledge.yaml",
                   "service: Clinic\nlibraries: [lib]\nreword:\n  - ref: lib/s2\n"
                   "    text: We facilitate your visits.\n");
  const auto report = run.run_with_baseline({run.clinic}, file);
  CHECK(of_rule(report, "jargon") == std::vector<std::string>{"jargon lib/s2 [clinic]"});
  REQUIRE(report.stale_baseline.size() >= 1);
  CHECK(
      std::any_of(report.stale_baseline.begin(), report.stale_baseline.end(),
                  [](const lint::StaleBaselineEntry& e) { return e.rule == "jargon" && e.ref == "lib/s2"; }));
  CHECK(report.stale_baseline[0].location.file == file.string());
}

TEST_CASE("a baseline file lists each key once, sorted, with a digest of the statement's text") {
  lint::Finding finding{"jargon", lint::Severity::warning, {}, "'utilise' is \"jargon\"", "", "lib/s1", {},
                        {}};
  finding.text_digest = std::string(64, 'a');
  lint::Finding other = finding;
  other.rule = "acronym";
  CHECK(lint::baseline_text({finding, other, finding})
            .ends_with("pledge-lint-baseline: 1\nfindings:\n"
                       "  - {rule: \"acronym\", ref: \"lib/s1\", text-sha256: \"" +
                       std::string(64, 'a') +
                       "\", message: \"'utilise' is \\\"jargon\\\"\"}\n"
                       "  - {rule: \"jargon\", ref: \"lib/s1\", text-sha256: \"" +
                       std::string(64, 'a') + "\", message: \"'utilise' is \\\"jargon\\\"\"}\n"));
}

TEST_CASE("an empty baseline file lists no findings") {
  CHECK(lint::baseline_text({}).ends_with("pledge-lint-baseline: 1\nfindings: []\n"));
}

TEST_CASE("a baseline entry without its digest is an error at its place") {
  test::TempFolder folder;
  const auto file =
      folder.write("b.yaml", "pledge-lint-baseline: 1\nfindings:\n  - {rule: jargon, ref: a/b}\n");
  CHECK_THROWS_WITH(
      lint::Baseline::read(file),
      (file.string() + ":3:5: missing 'text-sha256' in baseline entry; add 'text-sha256: ...'").c_str());
}

TEST_CASE("a baseline entry whose digest is not one is an error at the digest") {
  test::TempFolder folder;
  const auto file = folder.write("b.yaml",
                                 "pledge-lint-baseline: 1\nfindings:\n"
                                 "  - {rule: jargon, ref: a/c, text-sha256: 12ab}\n");
  CHECK_THROWS_WITH(lint::Baseline::read(file),
                    (file.string() + ":3:43: 'text-sha256' must be 64 lower-case hex digits, as "
                                     "--write-baseline writes it")
                        .c_str());
}

TEST_CASE("a baseline file of another version is refused") {
  test::TempFolder folder;
  const auto file = folder.write("b.yaml", "pledge-lint-baseline: 2\nfindings: []\n");
  CHECK_THROWS_WITH(
      lint::Baseline::read(file),
      (file.string() + ":1:23: this pledge reads baseline files of version 1; write the baseline "
                       "again with pledge lint --write-baseline")
          .c_str());
}

TEST_CASE("a Welsh library text that two services keep is counted once among the texts rules skipped") {
  test::TempFolder folder;
  folder.write("ward.yaml", test::welsh_ward_library);
  const std::string service = "languages: [cy, en-GB]\nlibraries: [ward]\n";
  const auto a = folder.write("a.pledge.yaml", "service: A\n" + service);
  const auto b = folder.write("b.pledge.yaml", "service: B\n" + service);
  LibraryCatalog catalog({folder.path()});
  const auto report = lint::lint_files({a, b}, test::shared_linter(), catalog, {});
  REQUIRE(report.skipped.size() == 1);
  CHECK(to_string(report.skipped[0]) ==
        "1 text in cy not checked by readability, jargon, passive and acronym: those rules do not check cy");
}

TEST_CASE("a fixed finding in a Welsh text has its baseline entry reported stale") {
  test::TempFolder folder;
  folder.write(
      "lib.yaml",
      "library: lib\ntitle: Llyfrgell\nsource: Prawf\nlanguage: cy\ngroups: [{id: g, title: Parch}]\n"
      "statements:\n  - {id: s1, group: g, text: Byddwn yn gwrando arnoch chi.}\n");
  const std::string service = "service: Ward 7\nlanguage: cy\nlibraries: [lib]\nreword:\n  - ref: lib/s1\n";
  const auto ward = folder.write("ward.pledge.yaml", service + "    text: Byddwn yn gwrandoo arnoch chi.\n");
  LibraryCatalog catalog({folder.path()});
  const auto misspelt = lint::lint_files({ward}, test::shared_linter(), catalog, {});
  REQUIRE(of_rule(misspelt, "spelling") == std::vector<std::string>{"spelling lib/s1 [ward]"});
  const auto file = folder.write("baseline.yaml", lint::baseline_text(misspelt.findings));
  folder.write("ward.pledge.yaml", service + "    text: Byddwn yn gwrando arnoch chi.\n");
  const lint::Baseline baseline = lint::Baseline::read(file);
  lint::LintRunOptions options;
  options.baseline = &baseline;
  const auto fixed = lint::lint_files({ward}, test::shared_linter(), catalog, options);
  CHECK(fixed.findings.empty());
  REQUIRE(fixed.stale_baseline.size() == 1);
  CHECK(fixed.stale_baseline[0].rule == "spelling");
  CHECK(fixed.stale_baseline[0].ref == "lib/s1");
  CHECK(to_string(fixed.stale_baseline[0].location) == file.string() + ":6:5");
}
