#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <mutex>
#include <thread>

#include "base/sha256.hpp"
#include "build/batch_build.hpp"
#include "build/output_folder_lock.hpp"
#include "render/fixed_text_files.hpp"
#include "test_input.hpp"

namespace {

namespace fs = std::filesystem;

const fs::path source_dir = PLEDGE_SOURCE_DIR;
const fs::path tiny_library = source_dir / "tests/data/render/statements/tiny.yaml";

std::string service(const std::string& name, const std::string& extra = "") {
  return "service: " + name + "\naudience: Patients\nlibraries: [tiny]\n" + extra;
}

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// Records what a batch reports, in the order it reports it.
class RecordedProgress : public pledge::build::BatchProgress {
 public:
  void started(std::size_t, const fs::path&) override { ++starts; }
  void finished(const pledge::build::ServiceResult& result) override { results.push_back(result); }

  int starts = 0;
  std::vector<pledge::build::ServiceResult> results;
};

// A library folder holding a copy of the tiny test library, an output folder and services written on demand.
struct Batch {
  pledge::test::TempFolder folder;
  pledge::build::BatchOptions options;
  std::atomic<bool> cancel{false};

  Batch() {
    folder.write("libraries/tiny.yaml", read(tiny_library));
    options.output = folder.path() / "out";
    options.documents = {"leaflet"};
    options.library_folders = {folder.path() / "libraries"};
    options.lint_data_folder = source_dir / "statements/lint";
  }
  fs::path add(const std::string& file, const std::string& text) {
    const fs::path path = folder.write("services/" + file, text);
    options.services.push_back(path);
    return path;
  }
  // Each run as a process of its own: the fixed-text files a run reads are kept for the rest of it, and the
  // stamps name them as they were read.
  RecordedProgress run() {
    options.render.fixed_texts =
        std::make_shared<pledge::render::FixedTextFiles>(options.render.fixed_texts->folders());
    RecordedProgress progress;
    summary = pledge::build::build_batch(options, progress, cancel);
    return progress;
  }
  pledge::build::BatchSummary summary;
};

}  // namespace

TEST_CASE("results are reported in the order the services were given, whatever the number of workers") {
  Batch batch;
  for (int i = 0; i < 6; ++i)
    batch.add("s" + std::to_string(i) + ".pledge.yaml", service("Team " + std::to_string(i)));
  batch.options.jobs = 3;
  const auto progress = batch.run();
  REQUIRE(progress.results.size() == 6);
  for (std::size_t i = 0; i < 6; ++i) {
    CHECK(progress.results[i].index == i);
    CHECK(progress.results[i].outcome == pledge::build::ServiceOutcome::built);
  }
  CHECK(batch.summary.built == 6);
}

TEST_CASE("a batch asked for a document the table does not have builds nothing and says which there are") {
  Batch batch;
  batch.add("a.pledge.yaml", service("Team A"));
  batch.options.documents = {"leaflet", "flyer"};
  CHECK(pledge::test::error_of([&] { batch.run(); }) ==
        "unknown document 'flyer'; choose poster, leaflet, checklist, worksheet, large-print or html");
  CHECK_FALSE(fs::exists(batch.options.output));
}

TEST_CASE("a service that cannot be read fails alone and the others are still built") {
  Batch batch;
  batch.add("a.pledge.yaml", service("Team A"));
  const fs::path bad = batch.add("b.pledge.yaml", "service: [not, a, name]\n");
  batch.add("c.pledge.yaml", service("Team C"));
  const auto progress = batch.run();
  CHECK(batch.summary.built == 2);
  CHECK(batch.summary.failed == 1);
  REQUIRE(progress.results[1].error);
  CHECK(pledge::describe(*progress.results[1].error).find(bad.string() + ":1:") == 0);
  CHECK(fs::exists(batch.options.output / "team-a/leaflet.pdf"));
  CHECK(fs::exists(batch.options.output / "team-c/leaflet.pdf"));
}

TEST_CASE("an error-level lint finding blocks the service's build and writes nothing for it") {
  Batch batch;
  batch.add(
      "a.pledge.yaml",
      service("Team A", "add:\n  - id: extra\n    group: caring\n    text: We alwayz listen to you.\n"));
  batch.add("b.pledge.yaml", service("Team B"));
  const auto progress = batch.run();
  CHECK(batch.summary.blocked == 1);
  CHECK(batch.summary.built == 1);
  REQUIRE(progress.results[0].findings.size() == 1);
  CHECK(progress.results[0].findings[0].rule == "spelling");
  CHECK(progress.results[0].findings[0].location.line == 7);
  CHECK_FALSE(fs::exists(batch.options.output / "team-a"));
}

TEST_CASE("with the lint gate off a service with lint errors is built") {
  Batch batch;
  batch.add(
      "a.pledge.yaml",
      service("Team A", "add:\n  - id: extra\n    group: caring\n    text: We alwayz listen to you.\n"));
  batch.options.lint_gate = pledge::build::LintGate::off;
  batch.run();
  CHECK(batch.summary.built == 1);
}

TEST_CASE("the second of two services with the same folder name fails, naming the first") {
  Batch batch;
  const fs::path first = batch.add("a.pledge.yaml", service("Team A"));
  const fs::path second = batch.add("b.pledge.yaml", service("Team  A!"));
  batch.options.jobs = 2;
  const auto progress = batch.run();
  CHECK(progress.results[0].outcome == pledge::build::ServiceOutcome::built);
  REQUIRE(progress.results[1].error);
  CHECK(pledge::describe(*progress.results[1].error) ==
        second.string() + ": service 'Team  A!' would be written to the same folder 'team-a' as " +
            first.string() + "; give the services different names");
}

TEST_CASE("an incremental build skips a service whose inputs have not changed") {
  Batch batch;
  batch.add("a.pledge.yaml", service("Team A"));
  batch.options.incremental = true;
  batch.run();
  REQUIRE(batch.summary.built == 1);
  const auto progress = batch.run();
  CHECK(batch.summary.skipped == 1);
  REQUIRE(progress.results[0].outputs.size() == 1);
  CHECK(progress.results[0].outputs[0].current);
  CHECK(progress.results[0].outputs[0].sha256 ==
        pledge::sha256_hex(read(batch.options.output / "team-a/leaflet.pdf")));
}

TEST_CASE("an incremental build rebuilds a service when a library it uses changes") {
  Batch batch;
  batch.add("a.pledge.yaml", service("Team A"));
  batch.options.incremental = true;
  batch.run();
  std::ofstream(batch.folder.path() / "libraries/tiny.yaml", std::ios::app) << "# edited\n";
  batch.run();
  CHECK(batch.summary.built == 1);
}

// A Welsh and English service beside an English-only one, with the fixed-text files in a folder of their own.
struct BilingualBatch : Batch {
  BilingualBatch() {
    folder.write("libraries/ward.yaml", pledge::test::welsh_ward_library);
    for (const char* language : {"en-GB", "cy"})
      folder.write(std::string("languages/") + language + ".yaml",
                   read(source_dir / "statements/languages" / (std::string(language) + ".yaml")));
    options.render.fixed_texts =
        std::make_shared<pledge::render::FixedTextFiles>(std::vector{folder.path() / "languages"});
    add("welsh.pledge.yaml", "service: Ward Welsh\nlanguages: [cy, en-GB]\nlibraries: [ward]\n");
    add("english.pledge.yaml", "service: Ward English\nlibraries: [ward]\n");
    options.incremental = true;
    options.lint_gate = pledge::build::LintGate::off;  // the stamps are what is tested, not Welsh spelling
  }
};

TEST_CASE(
    "an incremental build rebuilds the services in a language whose fixed-text file changes, only those") {
  BilingualBatch batch;
  batch.run();
  REQUIRE(batch.summary.built == 2);
  batch.run();
  REQUIRE(batch.summary.skipped == 2);
  std::ofstream(batch.folder.path() / "languages/cy.yaml", std::ios::app) << "# edited\n";
  const auto progress = batch.run();
  CHECK(batch.summary.built == 1);
  CHECK(batch.summary.skipped == 1);
  REQUIRE(progress.results.size() == 2);
  CHECK(progress.results[0].outcome == pledge::build::ServiceOutcome::built);
  CHECK(progress.results[1].outcome == pledge::build::ServiceOutcome::skipped);
}

TEST_CASE("a fixed-text file found in a library folder's languages/ is in the stamps, not the one it hides") {
  BilingualBatch batch;
  batch.folder.write("libraries/languages/cy.yaml", read(batch.folder.path() / "languages/cy.yaml"));
  batch.options.render.fixed_texts = std::make_shared<pledge::render::FixedTextFiles>(
      std::vector{batch.folder.path() / "libraries/languages", batch.folder.path() / "languages"});
  batch.run();
  REQUIRE(batch.summary.built == 2);
  std::ofstream(batch.folder.path() / "languages/cy.yaml", std::ios::app) << "# edited, but hidden\n";
  batch.run();
  CHECK(batch.summary.skipped == 2);
  std::ofstream(batch.folder.path() / "libraries/languages/cy.yaml", std::ios::app) << "# edited\n";
  const auto progress = batch.run();
  CHECK(batch.summary.built == 1);
  REQUIRE(progress.results.size() == 2);
  CHECK(progress.results[0].outcome == pledge::build::ServiceOutcome::built);  // the Welsh service
}

TEST_CASE(
    "an incremental build rebuilds every service when the fixed-text file of their shared language changes") {
  BilingualBatch batch;
  batch.run();
  std::ofstream(batch.folder.path() / "languages/en-GB.yaml", std::ios::app) << "# edited\n";
  batch.run();
  CHECK(batch.summary.built == 2);
}

TEST_CASE("an incremental build rebuilds a service when its identity file changes") {
  Batch batch;
  batch.folder.write("services/.pledge-identity.yaml", "organisation: Northshire NHS Trust\n");
  batch.add("a.pledge.yaml", service("Team A"));
  batch.options.incremental = true;
  batch.run();
  batch.run();
  REQUIRE(batch.summary.skipped == 1);
  batch.folder.write("services/.pledge-identity.yaml", "organisation: Southshire NHS Trust\n");
  batch.run();
  CHECK(batch.summary.built == 1);
}

TEST_CASE("an incremental build rebuilds a service when its logo's bytes change, its path the same") {
  Batch batch;
  const std::string png = read(source_dir / "tests/data/render/identity/northshire-logo.png");
  batch.folder.write("services/logo.png", png);
  batch.add("a.pledge.yaml", service("Team A", "identity: {logo: logo.png}\n"));
  batch.options.incremental = true;
  batch.run();
  batch.run();
  REQUIRE(batch.summary.skipped == 1);
  batch.folder.write("services/logo.png", png + std::string(4, '\0'));
  batch.run();
  CHECK(batch.summary.built == 1);
}

TEST_CASE("an incremental build rebuilds when the lint gate's word lists change") {
  Batch batch;
  fs::copy(batch.options.lint_data_folder, batch.folder.path() / "lint");
  batch.options.lint_data_folder = batch.folder.path() / "lint";
  batch.add("a.pledge.yaml", service("Team A"));
  batch.options.incremental = true;
  batch.run();
  batch.run();
  CHECK(batch.summary.skipped == 1);
  std::ofstream(batch.folder.path() / "lint/jargon.yaml", std::ios::app)
      << "  - {avoid: [patients], use: people, source: local, why: our team says people}\n";
  batch.run();
  CHECK(batch.summary.built == 1);
}

TEST_CASE("an incremental build rebuilds a service when one of its outputs is missing") {
  Batch batch;
  batch.add("a.pledge.yaml", service("Team A"));
  batch.options.incremental = true;
  batch.run();
  fs::remove(batch.options.output / "team-a/leaflet.pdf");
  batch.run();
  CHECK(batch.summary.built == 1);
  CHECK(fs::exists(batch.options.output / "team-a/leaflet.pdf"));
}

TEST_CASE("an incremental build rebuilds when the documents asked for change") {
  Batch batch;
  batch.add("a.pledge.yaml", service("Team A"));
  batch.options.incremental = true;
  batch.run();
  batch.options.documents = {"leaflet", "checklist"};
  batch.run();
  CHECK(batch.summary.built == 1);
}

TEST_CASE("fail-fast starts no service after the first that fails") {
  Batch batch;
  batch.add("a.pledge.yaml", "service: [bad]\n");
  batch.add("b.pledge.yaml", service("Team B"));
  batch.add("c.pledge.yaml", service("Team C"));
  batch.options.fail_fast = true;
  batch.options.jobs = 1;
  const auto progress = batch.run();
  CHECK(progress.starts == 1);
  CHECK(batch.summary.failed == 1);
  CHECK(batch.summary.not_started == 2);
}

TEST_CASE("a cancelled batch starts nothing more and says so") {
  Batch batch;
  batch.add("a.pledge.yaml", service("Team A"));
  batch.cancel = true;
  const auto progress = batch.run();
  CHECK(progress.starts == 0);
  CHECK(batch.summary.cancelled);
  CHECK(batch.summary.not_started == 1);
  CHECK_FALSE(fs::exists(batch.options.output / "team-a"));
}

TEST_CASE("an output folder that would write over a service file is refused before anything is built") {
  Batch batch;
  batch.add("a.pledge.yaml", service("Team A"));
  const fs::path input = batch.folder.write("out/team-a/poster.pdf", "service: Team A\n");
  batch.options.services.push_back(input);
  const auto message = pledge::test::error_of([&] { batch.run(); });
  CHECK(message ==
        input.string() + ": this input would be overwritten by the output " + input.string() +
            "; pledge never writes over its inputs: choose another output folder (-o) or manifest path");
  CHECK_FALSE(fs::exists(batch.options.output / "team-a/leaflet.pdf"));
}

TEST_CASE("a manifest that would write over a library file is refused") {
  Batch batch;
  batch.add("a.pledge.yaml", service("Team A"));
  CHECK_THROWS_AS(
      pledge::build::check_outputs_spare_inputs(batch.options, batch.folder.path() / "libraries/tiny.yaml"),
      pledge::Error);
}

TEST_CASE("the manifest lists each file with its size and hash, and marks files left as they were") {
  const std::string json = pledge::build::manifest_json(
      {{"out/a/poster.pdf", 3, pledge::sha256_hex("abc"), false}, {"out/b/poster.pdf", 0, "e3b0", true}});
  CHECK(json.find(R"("path": "out/a/poster.pdf",
      "size": 3,
      "sha256": "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")") != std::string::npos);
  CHECK(json.find(R"("sha256": "e3b0",
      "current": true)") != std::string::npos);
}

TEST_CASE("the manifest writes a path that is not UTF-8 with its bad bytes as \\xHH") {
  const std::string json = pledge::build::manifest_json({{"out\xFF/a/poster.pdf", 3, "ba78", false}});
  CHECK(json.find(R"("path": "out\\xFF/a/poster.pdf")") != std::string::npos);
}

TEST_CASE("a build into a folder another build is writing into is refused, writing nothing") {
  Batch batch;
  batch.add("a.pledge.yaml", service("Team A"));
  const pledge::build::OutputFolderLock other(batch.options.output);
  CHECK(pledge::test::error_of([&] { batch.run(); }) ==
        batch.options.output.string() +
            ": another pledge build is writing into this folder now; wait for it to finish, or build into "
            "another folder (-o)");
  CHECK(fs::is_empty(batch.options.output));
}

TEST_CASE("a build that writes nothing into a new output folder leaves no folder behind") {
  Batch batch;
  batch.add("a.pledge.yaml", "service: [not, a, name]\n");
  batch.run();
  CHECK(batch.summary.failed == 1);
  CHECK_FALSE(fs::exists(batch.options.output));
}

TEST_CASE("temporary files a killed build left in a service's folder are removed, and only those") {
  Batch batch;
  batch.add("a.pledge.yaml", service("Team A"));
  const fs::path stale = batch.folder.write("out/team-a/.leaflet.pdf.Ab3xYz", "");
  const fs::path stale_stamp = batch.folder.write("out/team-a/..pledge-build.Q1w2E3", "");
  const fs::path someone_elses = batch.folder.write("out/team-a/.notes.txt.Ab3xYz", "mine");
  batch.run();
  CHECK(batch.summary.built == 1);
  CHECK_FALSE(fs::exists(stale));
  CHECK_FALSE(fs::exists(stale_stamp));
  CHECK(fs::exists(someone_elses));
}

TEST_CASE("SHA-256 matches the published test vector") {
  CHECK(pledge::sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(pledge::Sha256().add("a").add("bc").hex() ==
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}
