#include <doctest/doctest.h>

#include <sys/stat.h>

#include <filesystem>

#include "base/sha256.hpp"
#include "base/source_text.hpp"
#include "test_input.hpp"
#include "workshop/workshop_session.hpp"

using namespace pledge;
using namespace pledge::workshop;

namespace {

const std::string ward = R"(# Ward 7
service: Ward 7
libraries: [demo]
exclude:
  - ref: demo/single-sex-accommodation
    reason: We are a day unit.
add:
  - id: visiting
    group: caring
    text: Your family can visit at any time.
)";

// A service file and the demo library in a temporary folder, and a workshop session on them.
struct Workshop {
  test::TempFolder folder;
  std::filesystem::path file;
  std::unique_ptr<WorkshopSession> session;

  explicit Workshop(const std::string& text = ward) {
    folder.write("libraries/demo.yaml", test::demo_library);
    file = folder.write("ward.pledge.yaml", text);
    WorkshopSettings settings;
    settings.service_file = file;
    settings.library_folders = {folder.path() / "libraries"};
    settings.lint_data_folder = PLEDGE_SOURCE_DIR "/statements/lint";
    settings.spelling_index = PLEDGE_BUILD_SPELLING_INDEX;
    session = std::make_unique<WorkshopSession>(std::move(settings));
  }

  std::string text() const { return SourceText::read(file).content(); }
  void edit_on_disk(const std::string& text) const { folder.write("ward.pledge.yaml", text); }
  std::string version() const { return sha256_hex(text()); }
};

std::vector<std::string> decisions(const WorkshopState& state) {
  std::vector<std::string> out;
  REQUIRE(state.view);
  for (const auto& group : state.view->groups) {
    for (const auto& s : group.statements)
      out.push_back(group.id + " " + s.ref + " " + std::string(to_string(s.decision)));
  }
  return out;
}

std::string messages(const std::vector<Diagnostic>& problems) {
  std::string out;
  for (const auto& p : problems)
    out += p.message + "\n";
  return out;
}

}  // namespace

TEST_CASE("the workshop's state is the file on disk, its version the SHA-256 of its bytes, and its pledge") {
  Workshop workshop;
  const WorkshopState state = workshop.session->state();
  CHECK(state.file.text == ward);
  CHECK(state.file.version == sha256_hex(ward));
  CHECK(state.problems.empty());
  CHECK(decisions(state) == std::vector<std::string>{"partnership demo/second-opinion kept",
                                                     "caring demo/dignity kept",
                                                     "caring demo/single-sex-accommodation crossed-off",
                                                     "caring local/visiting added"});
  CHECK(state.view->groups[1].statements[1].reason == "We are a day unit.");
  CHECK(state.history.empty());
}

TEST_CASE("a change made to the file's version is saved at once, with white space made single spaces") {
  Workshop workshop;
  const ChangeResult result =
      workshop.session->change(edit::CrossOff{"demo/dignity", "  Said\n  elsewhere. "}, sha256_hex(ward));
  CHECK(result.outcome == Outcome::saved);
  CHECK(workshop.text().find("  - ref: demo/dignity\n    reason: Said elsewhere.\n") != std::string::npos);
  CHECK(result.state.file.version == workshop.version());
  REQUIRE(result.state.history.size() == 1);
  CHECK(result.state.history[0].description == "Crossed off demo/dignity: Said elsewhere.");
}

TEST_CASE("a change made to an older version is refused as a conflict and nothing is written") {
  Workshop workshop;
  workshop.session->state();  // the page loads the file
  const std::string edited = ward + "staff: [Asha]\n";
  workshop.edit_on_disk(edited);  // an editor saves it meanwhile
  const ChangeResult result =
      workshop.session->change(edit::Reword{"demo/dignity", "We respect you."}, sha256_hex(ward));
  CHECK(result.outcome == Outcome::conflict);
  CHECK(workshop.text() == edited);
  CHECK(result.state.file.text == edited);
  REQUIRE(result.yours);
  CHECK(result.yours->find("text: We respect you.") != std::string::npos);
  CHECK(result.yours->find("staff:") == std::string::npos);
}

TEST_CASE("a conflict with a version this session never saw offers no version of the page's own") {
  Workshop workshop;
  const ChangeResult result =
      workshop.session->change(edit::KeepAgain{"demo/single-sex-accommodation"}, std::string(64, '0'));
  CHECK(result.outcome == Outcome::conflict);
  CHECK(!result.yours);
  CHECK(workshop.text() == ward);
}

TEST_CASE("a change that would leave the pledge unresolvable is refused with the resolver's reason") {
  Workshop workshop;
  const ChangeResult result =
      workshop.session->add_statement("parking", "We help you park.", sha256_hex(ward));
  CHECK(result.outcome == Outcome::refused);
  CHECK(messages(result.problems) ==
        "group 'parking' of 'local/we-help-you-park' is not a group of the selected libraries nor declared "
        "under "
        "'groups:'; did you mean 'caring'?\n");
  ;
  CHECK(workshop.text() == ward);
}

TEST_CASE("an added statement's id is made from its first words, and made unique") {
  Workshop workshop;
  ChangeResult first =
      workshop.session->add_statement("caring", "We help you park near the ward.", sha256_hex(ward));
  REQUIRE(first.outcome == Outcome::saved);
  ChangeResult second =
      workshop.session->add_statement("caring", "We help you park, always.", first.state.file.version);
  REQUIRE(second.outcome == Outcome::saved);
  CHECK(workshop.text().find("  - id: we-help-you-park-near\n") != std::string::npos);
  CHECK(workshop.text().find("  - id: we-help-you-park-always\n") != std::string::npos);
  ChangeResult third =
      workshop.session->add_statement("caring", "We help you park near the ward!", second.state.file.version);
  REQUIRE(third.outcome == Outcome::saved);
  CHECK(workshop.text().find("  - id: we-help-you-park-near-2\n") != std::string::npos);
}

TEST_CASE("undo restores the file's exact bytes from before the last change, one change at a time") {
  Workshop workshop;
  const ChangeResult first = workshop.session->change(edit::CrossOff{"demo/dignity", "A."}, sha256_hex(ward));
  const std::string after_first = workshop.text();
  const ChangeResult second =
      workshop.session->change(edit::Reword{"demo/second-opinion", "Ask us."}, first.state.file.version);
  REQUIRE(second.outcome == Outcome::saved);
  ChangeResult undone = workshop.session->undo(second.state.file.version);
  CHECK(undone.outcome == Outcome::saved);
  CHECK(workshop.text() == after_first);
  CHECK(undone.state.history.size() == 1);
  undone = workshop.session->undo(undone.state.file.version);
  CHECK(workshop.text() == ward);
  CHECK(workshop.session->undo(undone.state.file.version).outcome == Outcome::refused);
}

TEST_CASE("undo is refused when the file changed outside the workshop after the change") {
  Workshop workshop;
  workshop.session->change(edit::CrossOff{"demo/dignity", "A."}, sha256_hex(ward));
  const std::string edited = workshop.text() + "staff: [Asha]\n";
  workshop.edit_on_disk(edited);
  const ChangeResult result = workshop.session->undo(sha256_hex(edited));
  CHECK(result.outcome == Outcome::refused);
  CHECK(messages(result.problems) ==
        "the file has changed since \"Crossed off demo/dignity: A.\" (outside this workshop), so undoing it "
        "would "
        "lose that change; make the change back here instead\n");
  CHECK(workshop.text() == edited);
}

TEST_CASE(
    "keeping the page's own version writes it only over the version the team was shown, and can be undone") {
  Workshop workshop;
  const std::string edited = ward + "staff: [Asha]\n";
  workshop.edit_on_disk(edited);
  const std::string mine = ward + "contact: Ward 7, phone 01632 960 000.\n";
  CHECK(workshop.session->overwrite(mine, sha256_hex(ward)).outcome == Outcome::conflict);
  CHECK(workshop.text() == edited);
  const ChangeResult kept = workshop.session->overwrite(mine, sha256_hex(edited));
  CHECK(kept.outcome == Outcome::saved);
  CHECK(workshop.text() == mine);
  CHECK(kept.state.history.back().description == "Kept this page's version over the file on disk");
  workshop.session->undo(kept.state.file.version);
  CHECK(workshop.text() == edited);
}

TEST_CASE("a version of the page's own that does not resolve is not written") {
  Workshop workshop;
  const ChangeResult result =
      workshop.session->overwrite("service: Ward 7\nlibraries: [nothing]\n", sha256_hex(ward));
  CHECK(result.outcome == Outcome::refused);
  CHECK(!result.problems.empty());
  CHECK(workshop.text() == ward);
}

TEST_CASE("a draft wording is linted with the whole pledge and nothing is saved") {
  Workshop workshop;
  const auto findings =
      workshop.session->draft_findings(edit::Reword{"demo/dignity", "We treat you with dignty."});
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].rule == "spelling");
  CHECK(findings[0].message == "unknown word 'dignty'");
  CHECK(findings[0].ref == "demo/dignity");
  const auto added = workshop.session->draft_findings_of_new("caring", "Your family can visit at any time.");
  REQUIRE(!added.empty());
  CHECK(added[0].rule == "repetition");
  CHECK(workshop.text() == ward);
  CHECK(workshop.session->state().history.empty());
}

TEST_CASE("saving keeps the file's permissions, and writes through a link to it") {
  Workshop workshop;
  ::chmod(workshop.file.c_str(), 0640);
  const auto link = workshop.folder.path() / "link.pledge.yaml";
  std::filesystem::create_symlink(workshop.file, link);
  WorkshopSettings settings;
  settings.service_file = link;
  settings.library_folders = {workshop.folder.path() / "libraries"};
  settings.lint_data_folder = PLEDGE_SOURCE_DIR "/statements/lint";
  settings.spelling_index = PLEDGE_BUILD_SPELLING_INDEX;
  WorkshopSession through_link(std::move(settings));
  REQUIRE(through_link.change(edit::CrossOff{"demo/dignity", "A."}, sha256_hex(ward)).outcome ==
          Outcome::saved);
  CHECK(std::filesystem::is_symlink(link));
  CHECK(workshop.text().find("reason: A.") != std::string::npos);
  struct stat info {};
  REQUIRE(::stat(workshop.file.c_str(), &info) == 0);
  CHECK((info.st_mode & 0777) == 0640);
}

TEST_CASE("a file that does not resolve is shown with its problems, and changes to it are refused") {
  Workshop workshop("service: Ward 7\nlibraries: [demo]\nexclude:\n  - ref: demo/nothing\n    reason: A.\n");
  const WorkshopState state = workshop.session->state();
  CHECK(!state.view);
  CHECK(messages(state.problems) ==
        "unknown ref 'demo/nothing': library 'demo' has no statement 'nothing'; see 'pledge list demo'\n");
  const ChangeResult result =
      workshop.session->change(edit::CrossOff{"demo/dignity", "B."}, state.file.version);
  CHECK(result.outcome == Outcome::refused);
  CHECK(workshop.text() == state.file.text);
}

TEST_CASE("a missing file is shown as missing, and keeping the page's version writes it again") {
  Workshop workshop;
  std::filesystem::remove(workshop.file);
  const WorkshopState state = workshop.session->state();
  CHECK(state.file.version == "missing");
  CHECK(messages(state.problems) ==
        "the file is not there any more (moved or deleted?); keep this page's version to write it again\n");
  CHECK(workshop.session->overwrite(ward, "missing").outcome == Outcome::saved);
  CHECK(workshop.text() == ward);
}

TEST_CASE("the poster preview is a PDF of the file's current version") {
  Workshop workshop;
  const PosterPreview poster = workshop.session->poster();
  CHECK(poster.version == sha256_hex(ward));
  CHECK(poster.pdf.starts_with("%PDF-"));
  CHECK(poster.problems.empty());
  workshop.session->change(edit::CrossOff{"demo/dignity", "A."}, sha256_hex(ward));
  CHECK(workshop.session->poster().version == workshop.version());
}

TEST_CASE("texts are saved with runs of white space as one space and none at either end") {
  CHECK(normalised_text("  We  help\n\tyou.\r\n") == "We help you.");
  CHECK(normalised_text(" \n ") == "");
}
