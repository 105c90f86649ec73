#include <doctest/doctest.h>

#include <sys/stat.h>

#include <filesystem>
#include <functional>

#include "base/sha256.hpp"
#include "base/source_text.hpp"
#include "lint/baseline.hpp"
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

  explicit Workshop(const std::string& text = ward, const std::string& library_text = test::demo_library,
                    const std::function<void(WorkshopSettings&, test::TempFolder&)>& adjust = {}) {
    folder.write("libraries/demo.yaml", library_text);
    file = folder.write("ward.pledge.yaml", text);
    WorkshopSettings settings;
    settings.service_file = file;
    settings.library_folders = {folder.path() / "libraries"};
    settings.lint_data_folder = PLEDGE_SOURCE_DIR "/statements/lint";
    settings.spelling_index = PLEDGE_BUILD_SPELLING_INDEX;
    if (adjust)
      adjust(settings, folder);
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
        "under 'groups:'; did you mean 'caring'?\n");
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
        "would lose that change; make the change back here instead\n");
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
  const DocumentPreview poster = workshop.session->poster();
  CHECK(poster.version == sha256_hex(ward));
  CHECK(poster.bytes.starts_with("%PDF-"));
  CHECK(poster.problems.empty());
  workshop.session->change(edit::CrossOff{"demo/dignity", "A."}, sha256_hex(ward));
  CHECK(workshop.session->poster().version == workshop.version());
}

TEST_CASE("texts are saved with runs of white space as one space and none at either end") {
  CHECK(normalised_text("  We  help\n\tyou.\r\n") == "We help you.");
  CHECK(normalised_text(" \n ") == "");
}

TEST_CASE("the workshop shows the service's asks, each with its findings under its ref") {
  Workshop workshop(ward + "asks:\n  - Tell us if you are in pain.\n  - Be kind to our staf.\n");
  const WorkshopState state = workshop.session->state();
  REQUIRE(state.view);
  REQUIRE(state.view->asks.size() == 2);
  CHECK(state.view->asks[0].ref == "asks/1");
  CHECK(state.view->asks[0].text == "Tell us if you are in pain.");
  CHECK(state.view->asks[0].findings.empty());
  CHECK(state.view->asks[1].number == 2);
  REQUIRE(state.view->asks[1].findings.size() == 1);
  CHECK(state.view->asks[1].findings[0].message == "unknown word 'staf'");
}

TEST_CASE("an ask added, reworded and removed is saved, and a draft ask is linted without saving") {
  Workshop workshop;
  const auto draft = workshop.session->draft_findings_of_ask(std::nullopt, "Tell us if you are in pian.");
  REQUIRE(draft.size() == 1);
  CHECK(draft[0].ref == "asks/1");
  CHECK(draft[0].message == "unknown word 'pian'");
  CHECK(workshop.text() == ward);
  ChangeResult result =
      workshop.session->change(edit::AddAsk{" Tell us if\n you are in pain. "}, sha256_hex(ward));
  REQUIRE(result.outcome == Outcome::saved);
  CHECK(workshop.text() == ward + "asks:\n  - Tell us if you are in pain.\n");
  const auto reworded = workshop.session->draft_findings_of_ask(1, "Tell us when it hurtz.");
  REQUIRE(reworded.size() == 1);
  CHECK(reworded[0].message == "unknown word 'hurtz'");
  result = workshop.session->change(edit::RewordAsk{1, "Tell us when it hurts."}, result.state.file.version);
  REQUIRE(result.outcome == Outcome::saved);
  CHECK(workshop.text() == ward + "asks:\n  - Tell us when it hurts.\n");
  result = workshop.session->change(edit::RemoveAsk{1}, result.state.file.version);
  REQUIRE(result.outcome == Outcome::saved);
  CHECK(workshop.text() == ward + "asks:\n  # - Tell us when it hurts.\n");
  REQUIRE(result.state.view);
  CHECK(result.state.view->asks.empty());
  CHECK(result.state.history.back().description == "Removed asks/1");
}

TEST_CASE("redo makes the last change undone again, byte for byte, and a new change forgets it") {
  Workshop workshop;
  const ChangeResult first = workshop.session->change(edit::CrossOff{"demo/dignity", "A."}, sha256_hex(ward));
  const std::string after_first = workshop.text();
  ChangeResult undone = workshop.session->undo(first.state.file.version);
  REQUIRE(undone.outcome == Outcome::saved);
  CHECK(workshop.text() == ward);
  REQUIRE(undone.state.undone.size() == 1);
  CHECK(undone.state.undone[0].description == "Crossed off demo/dignity: A.");
  ChangeResult redone = workshop.session->redo(undone.state.file.version);
  CHECK(redone.outcome == Outcome::saved);
  CHECK(workshop.text() == after_first);
  CHECK(redone.state.undone.empty());
  REQUIRE(redone.state.history.size() == 1);
  undone = workshop.session->undo(redone.state.file.version);
  CHECK(workshop.text() == ward);
  const ChangeResult other =
      workshop.session->change(edit::Reword{"demo/second-opinion", "Ask us."}, undone.state.file.version);
  REQUIRE(other.outcome == Outcome::saved);
  CHECK(other.state.undone.empty());
  const ChangeResult refused = workshop.session->redo(other.state.file.version);
  CHECK(refused.outcome == Outcome::refused);
  CHECK(messages(refused.problems) ==
        "there is nothing to redo: no change has been undone since the last one was made\n");
}

TEST_CASE("redo is refused when the file changed outside the workshop after the undo") {
  Workshop workshop;
  const ChangeResult first = workshop.session->change(edit::CrossOff{"demo/dignity", "A."}, sha256_hex(ward));
  workshop.session->undo(first.state.file.version);
  const std::string edited = ward + "staff: [Asha]\n";
  workshop.edit_on_disk(edited);
  CHECK(workshop.session->redo(sha256_hex(ward)).outcome == Outcome::conflict);
  const ChangeResult result = workshop.session->redo(sha256_hex(edited));
  CHECK(result.outcome == Outcome::refused);
  CHECK(messages(result.problems) ==
        "the file has changed since \"Crossed off demo/dignity: A.\" was undone (outside this workshop), so "
        "redoing it would lose that change; make the change again here instead\n");
  CHECK(workshop.text() == edited);
}

namespace {

// Every finding of the state, as "ref rule: message".
std::vector<std::string> findings_of(const WorkshopState& state) {
  std::vector<std::string> out;
  REQUIRE(state.view);
  auto add = [&](const std::vector<lint::Finding>& findings) {
    for (const auto& f : findings)
      out.push_back(f.ref + " " + f.rule + ": " + f.message);
  };
  for (const auto& group : state.view->groups) {
    for (const auto& s : group.statements)
      add(s.findings);
  }
  for (const auto& ask : state.view->asks)
    add(ask.findings);
  add(state.view->findings);
  return out;
}

// The demo library with its statements in the active voice, so that the lint tests see only the findings they
// make; and the same with a kept statement misspelt.
const std::string clean_library = [] {
  std::string text = test::demo_library;
  text.replace(text.find("Our patients are treated with dignity."), 38, "We treat you with dignity.");
  return text;
}();
const std::string misspelt_library = [] {
  std::string text = clean_library;
  text.replace(text.find("with dignity."), 13, "with dignty.");
  return text;
}();

}  // namespace

TEST_CASE(
    "the nearest .pledge-lint.yaml sets the findings shown, and a change to it shows without a restart") {
  Workshop workshop(ward + "asks:\n  - Be kind to our staf.\n", clean_library);
  WorkshopState state = workshop.session->state();
  CHECK(findings_of(state) == std::vector<std::string>{"asks/1 spelling: unknown word 'staf'"});
  CHECK(state.lint.settings_file.empty());
  const std::string stamp = workshop.session->lint_stamp();
  const auto settings = workshop.folder.write(".pledge-lint.yaml", "words: [staf]\n");
  CHECK(workshop.session->lint_stamp() != stamp);
  state = workshop.session->state();
  CHECK(findings_of(state).empty());
  CHECK(state.lint.settings_file == settings.string());
  CHECK(state.lint.stamp == workshop.session->lint_stamp());
  workshop.folder.write(".pledge-lint.yaml", "spelling: off\nwords: []\n");
  CHECK(findings_of(workshop.session->state()).empty());
  workshop.folder.write(".pledge-lint.yaml", "words: []\n");
  CHECK(findings_of(workshop.session->state()) ==
        std::vector<std::string>{"asks/1 spelling: unknown word 'staf'"});
  CHECK(workshop.session->draft_findings_of_ask(1, "Be kind to our staf.").size() == 1);
}

TEST_CASE("with scope own the page shows no findings of library statements kept as they are") {
  CHECK(findings_of(Workshop(ward, misspelt_library).session->state()) ==
        std::vector<std::string>{"demo/dignity spelling: unknown word 'dignty'"});
  Workshop own(ward, misspelt_library,
               [](WorkshopSettings& settings, test::TempFolder&) { settings.scope = lint::Scope::own; });
  const WorkshopState state = own.session->state();
  CHECK(findings_of(state).empty());
  CHECK(state.lint.scope == "own");
  const auto draft = own.session->draft_findings(edit::Reword{"demo/dignity", "We treat you with dignty."});
  REQUIRE(draft.size() == 1);
  CHECK(draft[0].message == "unknown word 'dignty'");
}

TEST_CASE("findings a baseline accepts are not shown, and the page says how many") {
  const std::vector<lint::Finding> all =
      Workshop(ward, misspelt_library).session->state().view->groups[1].statements[0].findings;
  REQUIRE(all.size() == 1);
  Workshop accepted(ward, misspelt_library, [&](WorkshopSettings& settings, test::TempFolder& folder) {
    settings.baseline = folder.write("baseline.yaml", lint::baseline_text(all));
  });
  const WorkshopState state = accepted.session->state();
  CHECK(findings_of(state).empty());
  CHECK(state.lint.accepted == 1);
  CHECK(state.lint.baseline == (accepted.folder.path() / "baseline.yaml").string());
}

TEST_CASE(
    "the organisation of the nearest .pledge-identity.yaml is shown, and a change to it makes the "
    "previews again") {
  Workshop workshop;
  CHECK(workshop.session->state().identity.organisation.empty());
  const DocumentPreview before = workshop.session->poster();
  CHECK(workshop.session->poster().stamp == before.stamp);  // made once for a version
  const auto identity = workshop.folder.write(".pledge-identity.yaml", "organisation: Riverside NHS Trust\n");
  const WorkshopState state = workshop.session->state();
  CHECK(state.identity.organisation == "Riverside NHS Trust");
  CHECK(state.identity.identity_file == identity.string());
  const DocumentPreview after = workshop.session->poster();
  CHECK(after.version == before.version);
  CHECK(after.stamp != before.stamp);
  CHECK(after.bytes != before.bytes);
  CHECK(workshop.session->identity_stamp() == state.identity.stamp);
}

TEST_CASE("the web page preview is pledge build's page of the file's current version") {
  Workshop workshop;
  const DocumentPreview page = workshop.session->web_page();
  CHECK(page.version == sha256_hex(ward));
  CHECK(page.bytes.starts_with("<!DOCTYPE html>"));
  CHECK(page.bytes.find("Our patients are treated with dignity.") != std::string::npos);
  const ChangeResult result =
      workshop.session->change(edit::Reword{"demo/dignity", "We respect you."}, sha256_hex(ward));
  REQUIRE(result.outcome == Outcome::saved);
  const DocumentPreview changed = workshop.session->web_page();
  CHECK(changed.version == workshop.version());
  CHECK(changed.bytes.find("We respect you.") != std::string::npos);
}

namespace {

const std::string bilingual_library = R"(library: demo
title: Demo
source: A test
groups:
  - {id: partnership, title: We work in partnership, translations: {cy: Gweithio mewn partneriaeth}}
  - {id: caring, title: We are caring, translations: {cy: Gofalgar}}
statements:
  - {id: second-opinion, group: partnership, text: You can ask for a second opinion.,
     translations: {cy: Gallwch ofyn am ail farn.}}
  - {id: dignity, group: caring, text: We treat you with dignity., translations: {cy: Byddwn yn eich trin ag urddas.}}
)";

const std::string bilingual_ward = R"(service: Ward 7
languages: [cy, en-GB]
libraries: [demo]
)";

}  // namespace

TEST_CASE("a pledge in two languages shows each statement's translation, and a missing one as a warning") {
  Workshop workshop(bilingual_ward, bilingual_library);
  ChangeResult result =
      workshop.session->change(edit::Reword{"demo/dignity", "We respect you."}, sha256_hex(bilingual_ward));
  REQUIRE(result.outcome == Outcome::saved);  // saved although pledge build needs its Welsh first
  const WorkshopState& state = result.state;
  REQUIRE(state.view);
  CHECK(state.view->languages == std::vector<std::string>{"cy", "en-GB"});
  CHECK(state.view->language == "en-GB");
  const ViewStatement& kept = state.view->groups[0].statements[0];
  REQUIRE(kept.translations.size() == 1);
  CHECK(kept.translations[0].language == "cy");
  CHECK(kept.translations[0].text == "Gallwch ofyn am ail farn.");
  CHECK(!kept.translations[0].editable);
  const ViewStatement& reworded = state.view->groups[1].statements[0];
  CHECK(reworded.text == "We respect you.");
  REQUIRE(reworded.translations.size() == 1);
  CHECK(reworded.translations[0].text.empty());
  CHECK(reworded.translations[0].editable);
  REQUIRE(state.warnings.size() == 1);
  CHECK(state.warnings[0].message.find("cy") != std::string::npos);
  const DocumentPreview poster = workshop.session->poster();
  CHECK(poster.bytes.starts_with("%PDF-"));  // in English alone meanwhile
  CHECK(poster.warnings.size() >= 1);

  result = workshop.session->change(edit::Translate{"demo/dignity", "cy", "Rydym yn eich parchu."},
                                    result.state.file.version);
  REQUIRE(result.outcome == Outcome::saved);
  CHECK(result.state.warnings.empty());
  CHECK(result.state.view->groups[1].statements[0].translations[0].text == "Rydym yn eich parchu.");
  CHECK(workshop.text().ends_with(
      "    text: We respect you.\n    translations:\n      cy: Rydym yn eich parchu.\n"));
}

TEST_CASE("each language is linted in its own language, as the team types its translation") {
  Workshop workshop(bilingual_ward +
                        "add:\n  - id: welsh\n    group: caring\n    text: We speak Welsh.\n"
                        "    translations:\n      cy: Byddwn yn siarad Cymraeg.\n",
                    bilingual_library);
  const WorkshopState state = workshop.session->state();
  REQUIRE(state.view);
  CHECK(state.warnings.empty());
  const ViewStatement& added = state.view->groups[1].statements[1];
  REQUIRE(added.translations.size() == 1);
  CHECK(added.translations[0].findings.empty());  // Welsh words, checked with the Welsh dictionary
  const auto draft = workshop.session->draft_findings_of_translation(
      edit::Translate{"local/welsh", "cy", "Byddwn yn siarad Cymrag."});
  REQUIRE(draft.size() == 1);
  CHECK(draft[0].rule == "spelling");
  CHECK(draft[0].message.find("Cymrag") != std::string::npos);
  CHECK(workshop.session->draft_findings(edit::Reword{"local/welsh", "We speak Welsh."}).empty());
}
