#include <doctest/doctest.h>

#include "model/resolved_pledge.hpp"
#include "model/service_file_edit.hpp"
#include "report/starter_file.hpp"
#include "test_input.hpp"

using namespace pledge;
using pledge::test::error_of;

namespace {

using Libraries = test::DemoLibrary;

// A service file as a team keeps it: comments above, beside and between entries, a quoted value.
const std::string ward = R"(# Ward 7's pledge
service: Ward 7
libraries: [demo]   # the trust's values
exclude:
  # no beds here
  - ref: demo/single-sex-accommodation
    reason: We have no beds.   # agreed in March
reword:
  - ref: demo/dignity
    text: "We treat you with dignity."
add:
  - id: parking
    group: caring
    text: We help you find a parking space.
evidence:
  - ref: demo/second-opinion
    status: Met
staff: [Asha Patel]
)";

std::string edited(const std::string& text, const ServiceFileEdit& edit) {
  return apply_edit(text, "ward.pledge.yaml", edit).text;
}

// Each statement of the pledge as "ref status: text", and each exclusion as "ref excluded: reason".
std::vector<std::string> summary(const std::string& text) {
  Libraries libraries;
  const ResolvedPledge pledge = libraries.resolve("ward.pledge.yaml", text);
  std::vector<std::string> out;
  for (const auto& s : pledge.statements)
    out.push_back(s.ref + " " + std::string(to_string(s.status)) + ": " + s.text);
  for (const auto& x : pledge.excluded)
    out.push_back(x.ref + " excluded: " + x.reason);
  return out;
}

// The numbers of the lines that differ between two texts of as many lines.
std::vector<std::size_t> changed_lines(const std::string& a, const std::string& b) {
  auto lines = [](const std::string& text) {
    std::vector<std::string> out;
    std::size_t begin = 0;
    for (std::size_t end; (end = text.find('\n', begin)) != std::string::npos; begin = end + 1)
      out.push_back(text.substr(begin, end - begin));
    return out;
  };
  const auto left = lines(a), right = lines(b);
  REQUIRE(left.size() == right.size());
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < left.size(); ++i) {
    if (left[i] != right[i])
      out.push_back(i + 1);
  }
  return out;
}

}  // namespace

TEST_CASE("crossing off a statement adds its exclusion after the last one, keeping every comment") {
  const std::string text =
      edited(ward, edit::CrossOff{"demo/second-opinion", "Every patient sees a consultant."});
  CHECK(text == R"(# Ward 7's pledge
service: Ward 7
libraries: [demo]   # the trust's values
exclude:
  # no beds here
  - ref: demo/single-sex-accommodation
    reason: We have no beds.   # agreed in March
  - ref: demo/second-opinion
    reason: Every patient sees a consultant.
reword:
  - ref: demo/dignity
    text: "We treat you with dignity."
add:
  - id: parking
    group: caring
    text: We help you find a parking space.
evidence:
  # - ref: demo/second-opinion
  #   status: Met
staff: [Asha Patel]
)");
}

TEST_CASE("crossing off a statement with an evidence record comments the record out and says so") {
  const EditedServiceFile result =
      apply_edit(ward, "ward.pledge.yaml", edit::CrossOff{"demo/second-opinion", "Not for us."});
  CHECK(result.notes == std::vector<std::string>{"Its evidence record is kept in the file as a comment."});
  CHECK(summary(result.text) ==
        std::vector<std::string>{"demo/dignity reworded: We treat you with dignity.",
                                 "local/parking added: We help you find a parking space.",
                                 "demo/single-sex-accommodation excluded: We have no beds.",
                                 "demo/second-opinion excluded: Not for us."});
}

TEST_CASE("crossing off a crossed-off statement changes only its reason, keeping the comment beside it") {
  const std::string text = edited(ward, edit::CrossOff{"demo/single-sex-accommodation", "Day unit only."});
  CHECK(
      text.find("  - ref: demo/single-sex-accommodation\n    reason: Day unit only.   # agreed in March\n") !=
      std::string::npos);
  CHECK(text.size() ==
        ward.size() - std::string("We have no beds.").size() + std::string("Day unit only.").size());
}

TEST_CASE(
    "keeping a statement again comments out its exclusion, which a new cross-off brings back in place") {
  const std::string kept = edited(ward, edit::KeepAgain{"demo/single-sex-accommodation"});
  CHECK(kept.find("exclude:\n  # no beds here\n  # - ref: demo/single-sex-accommodation\n"
                  "  #   reason: We have no beds.   # agreed in March\nreword:\n") != std::string::npos);
  CHECK(summary(kept)[2] == "demo/single-sex-accommodation kept: Single-sex rooms.");
  const std::string again = edited(kept, edit::CrossOff{"demo/single-sex-accommodation", "No beds."});
  CHECK(
      again.find("exclude:\n  # no beds here\n  - ref: demo/single-sex-accommodation\n    reason: No beds.\n"
                 "reword:\n") != std::string::npos);
}

TEST_CASE("rewording a reworded statement changes its text and keeps its quotes") {
  const std::string text = edited(ward, edit::Reword{"demo/dignity", "We treat you with respect."});
  CHECK(text.find("    text: \"We treat you with respect.\"\n") != std::string::npos);
  CHECK(text.size() == ward.size());
}

TEST_CASE("a new rewording goes after the last one, quoted only when plain text would not read back") {
  const std::string text =
      edited(ward, edit::Reword{"demo/second-opinion", "Ask us: we'll arrange a second opinion."});
  CHECK(text.find("    text: \"We treat you with dignity.\"\n  - ref: demo/second-opinion\n"
                  "    text: \"Ask us: we'll arrange a second opinion.\"\nadd:\n") != std::string::npos);
  const std::string plain =
      edited(ward, edit::Reword{"demo/second-opinion", "You can ask for another opinion."});
  CHECK(plain.find("  - ref: demo/second-opinion\n    text: You can ask for another opinion.\nadd:\n") !=
        std::string::npos);
}

TEST_CASE("going back to the original wording comments out the rewording") {
  const EditedServiceFile result = apply_edit(ward, "ward.pledge.yaml", edit::UseOriginal{"demo/dignity"});
  CHECK(result.text.find(
            "reword:\n  # - ref: demo/dignity\n  #   text: \"We treat you with dignity.\"\nadd:\n") !=
        std::string::npos);
  CHECK(result.notes == std::vector<std::string>{"Your wording is kept in the file as a comment."});
  CHECK(summary(result.text)[1] == "demo/dignity kept: Our patients are treated with dignity.");
}

TEST_CASE("crossing off a reworded statement comments out its rewording") {
  const EditedServiceFile result =
      apply_edit(ward, "ward.pledge.yaml", edit::CrossOff{"demo/dignity", "Said elsewhere."});
  CHECK(result.text.find("reword:\n  # - ref: demo/dignity\n  #   text: \"We treat you with dignity.\"\n") !=
        std::string::npos);
  CHECK(result.notes == std::vector<std::string>{"Its rewording is kept in the file as a comment."});
  CHECK(summary(result.text).back() == "demo/dignity excluded: Said elsewhere.");
}

TEST_CASE("rewording a crossed-off statement keeps it in the team's words and comments out the exclusion") {
  const std::string text =
      edited(ward, edit::Reword{"demo/single-sex-accommodation", "Every room is single."});
  CHECK(text.find("  # - ref: demo/single-sex-accommodation\n") != std::string::npos);
  CHECK(summary(text)[2] == "demo/single-sex-accommodation reworded: Every room is single.");
}

TEST_CASE("an added statement goes after the last one under add") {
  const std::string text = edited(ward, edit::AddStatement{"visiting", "partnership", "Visit any time."});
  CHECK(text.find("    text: We help you find a parking space.\n  - id: visiting\n    group: partnership\n"
                  "    text: Visit any time.\nevidence:\n") != std::string::npos);
  CHECK(summary(text)[1] == "local/visiting added: Visit any time.");
}

TEST_CASE("rewording an added statement changes its text") {
  const std::string text = edited(ward, edit::Reword{"local/parking", "We keep parking spaces for you."});
  CHECK(text.find("    group: caring\n    text: We keep parking spaces for you.\nevidence:\n") !=
        std::string::npos);
}

TEST_CASE("removing an added statement comments it out") {
  const std::string text = edited(ward, edit::RemoveStatement{"parking"});
  CHECK(
      text.find(
          "add:\n  # - id: parking\n  #   group: caring\n  #   text: We help you find a parking space.\n") !=
      std::string::npos);
  CHECK(summary(text).size() == 3);
}

TEST_CASE("a list the file does not have yet is added after the keys that come before it") {
  const std::string text = edited("service: Ward 7\nlibraries: [demo]\nstaff: [Asha]\n",
                                  edit::CrossOff{"demo/dignity", "Said elsewhere."});
  CHECK(text ==
        "service: Ward 7\nlibraries: [demo]\nexclude:\n  - ref: demo/dignity\n    reason: Said elsewhere.\n"
        "staff: [Asha]\n");
}

TEST_CASE("a list written as [...] is rewritten one entry per line") {
  const EditedServiceFile result =
      apply_edit("service: Ward 7\nlibraries: [demo]\nexclude: [{ref: demo/dignity, reason: Elsewhere.}]\n",
                 "ward.pledge.yaml", edit::CrossOff{"demo/second-opinion", "Not here."});
  CHECK(result.text ==
        "service: Ward 7\nlibraries: [demo]\nexclude:\n  - ref: demo/dignity\n    reason: Elsewhere.\n"
        "  - ref: demo/second-opinion\n    reason: Not here.\n");
  REQUIRE(result.notes.size() == 1);
  CHECK(result.notes[0].starts_with("'exclude:' was written as [...]"));
}

TEST_CASE("a block scalar reworded becomes one line, and the comment after it stays") {
  const std::string text = edited(
      "service: W\nlibraries: [demo]\nreword:\n  - ref: demo/dignity\n    text: >\n"
      "      We treat you\n      with dignity.\n  # the end\nstaff: [A]\n",
      edit::Reword{"demo/dignity", "We respect you."});
  CHECK(text ==
        "service: W\nlibraries: [demo]\nreword:\n  - ref: demo/dignity\n    text: We respect you.\n"
        "  # the end\nstaff: [A]\n");
}

TEST_CASE("a multi-line plain scalar is replaced whole") {
  const std::string text = edited(
      "service: W\nlibraries: [demo]\nreword:\n  - ref: demo/dignity\n"
      "    text: We treat you\n      with dignity.\n",
      edit::Reword{"demo/dignity", "We respect you."});
  CHECK(text == "service: W\nlibraries: [demo]\nreword:\n  - ref: demo/dignity\n    text: We respect you.\n");
}

TEST_CASE("lists indented at the key's own column keep that indentation") {
  const std::string text =
      edited("service: W\nlibraries: [demo]\nexclude:\n- ref: demo/dignity\n  reason: A.\n",
             edit::CrossOff{"demo/second-opinion", "B."});
  CHECK(text ==
        "service: W\nlibraries: [demo]\nexclude:\n- ref: demo/dignity\n  reason: A.\n"
        "- ref: demo/second-opinion\n  reason: B.\n");
}

TEST_CASE("Windows line endings and a byte-order mark are kept") {
  const std::string text = edited(
      "\xEF\xBB\xBFservice: W\r\nlibraries: [demo]\r\nexclude:\r\n  - ref: demo/dignity\r\n"
      "    reason: A.\r\n",
      edit::CrossOff{"demo/second-opinion", "B."});
  CHECK(text ==
        "\xEF\xBB\xBFservice: W\r\nlibraries: [demo]\r\nexclude:\r\n  - ref: demo/dignity\r\n"
        "    reason: A.\r\n  - ref: demo/second-opinion\r\n    reason: B.\r\n");
}

TEST_CASE("in a starter file, crossing off and rewording fill in the statement's commented-out lines") {
  Libraries libraries;
  const std::string starter =
      report::starter_service_file("Ward 7", "Patients", {&libraries.catalog().load("demo")});
  const std::string crossed = edited(starter, edit::CrossOff{"demo/single-sex-accommodation", "No beds."});
  CHECK(
      crossed.find("  # Single-sex rooms.\n  - ref: demo/single-sex-accommodation\n    reason: No beds.\n") !=
      std::string::npos);
  const std::string reworded = edited(crossed, edit::Reword{"demo/dignity", "We treat you with dignity."});
  CHECK(reworded.find("\nreword:\n\n  # We work in partnership\n  # - ref: demo/second-opinion\n"
                      "  #   text: You can ask for a second opinion.\n\n  # We are caring\n"
                      "  - ref: demo/dignity\n    text: We treat you with dignity.\n") != std::string::npos);
  CHECK(summary(reworded) ==
        std::vector<std::string>{"demo/second-opinion kept: You can ask for a second opinion.",
                                 "demo/dignity reworded: We treat you with dignity.",
                                 "demo/single-sex-accommodation excluded: No beds."});
  // Only the lines of those two statements changed.
  CHECK(changed_lines(starter, reworded).size() == 4);
}

TEST_CASE("in a starter file, an added statement goes under add, after its commented example") {
  Libraries libraries;
  const std::string starter = report::starter_service_file("Ward 7", "", {&libraries.catalog().load("demo")});
  const std::string text = edited(starter, edit::AddStatement{"parking", "caring", "We help you park."});
  CHECK(text.find("add:\n  # - id: my-statement\n  #   group: partnership\n  #   text: We ...\n"
                  "  - id: parking\n    group: caring\n    text: We help you park.\n") != std::string::npos);
  CHECK(summary(text)[3] == "local/parking added: We help you park.");
}

TEST_CASE("crossing off needs a reason") {
  CHECK(error_of([] {
          edited(ward, edit::CrossOff{"demo/dignity", "  "});
        }) == "give the reason for crossing off 'demo/dignity': auditors will ask why it does not fit");
}

TEST_CASE("an edit that does not apply is refused with what to do") {
  CHECK(error_of([] { edited(ward, edit::KeepAgain{"demo/dignity"}); }) ==
        "'demo/dignity' is not crossed off, so there is nothing to keep again");
  CHECK(error_of([] { edited(ward, edit::UseOriginal{"demo/second-opinion"}); }) ==
        "'demo/second-opinion' is not reworded, so it already has its original wording");
  CHECK(error_of([] {
          edited(ward, edit::AddStatement{"parking", "caring", "Again."});
        }) == "there is already an added statement 'local/parking'; choose another id");
  CHECK(error_of([] { edited(ward, edit::RemoveStatement{"lifts"}); }) ==
        "there is no added statement 'local/lifts' to remove");
  CHECK(error_of([] {
          edited(ward, edit::AddStatement{"Lifts", "caring", "We fix lifts."});
        }) ==
        "'Lifts' is not a valid id for an added statement: use lower-case letters, digits and hyphens only");
}

TEST_CASE("a file that does not read as a service file is not edited") {
  CHECK(error_of([] {
          edited("service: W\nlibraries: [demo]\nexclude:\n  - ref: demo/dignity\n",
                 edit::CrossOff{"demo/second-opinion", "B."});
        }) ==
        "ward.pledge.yaml:4:5: the exclusion of 'demo/dignity' has no reason; add 'reason:' saying why the "
        "statement does not fit your service (auditors ask)");
}

TEST_CASE("each edit is described in a line for the workshop's history") {
  CHECK(describe(edit::CrossOff{"demo/dignity", "Elsewhere."}) == "Crossed off demo/dignity: Elsewhere.");
  CHECK(describe(edit::KeepAgain{"demo/dignity"}) == "Kept demo/dignity again");
  CHECK(describe(edit::Reword{"demo/dignity", "We respect you."}) ==
        "Reworded demo/dignity: We respect you.");
  CHECK(describe(edit::UseOriginal{"demo/dignity"}) == "Went back to the original wording of demo/dignity");
  CHECK(describe(edit::AddStatement{"parking", "caring", "We help you park."}) ==
        "Added local/parking: We help you park.");
  CHECK(describe(edit::RemoveStatement{"parking"}) == "Removed local/parking");
  CHECK(describe(edit::AddAsk{"Tell us."}) == "Added an ask: Tell us.");
  CHECK(describe(edit::RewordAsk{2, "Tell us."}) == "Reworded asks/2: Tell us.");
  CHECK(describe(edit::RemoveAsk{2}) == "Removed asks/2");
}

namespace {

const std::string asking = R"(service: Ward 7
libraries: [demo]
staff: [Asha Patel]
asks:   # what we ask in return
  - Tell us if you are in pain.   # the most important
  - 'Be kind to our staff.'
  # agreed in March
  - Ask if you are not sure
    what a word means.
evidence: []
)";

}  // namespace

TEST_CASE("a new ask goes after the last one, keeping the comments between them") {
  const std::string text = edited(asking, edit::AddAsk{"Switch off your phone at night."});
  CHECK(text == R"(service: Ward 7
libraries: [demo]
staff: [Asha Patel]
asks:   # what we ask in return
  - Tell us if you are in pain.   # the most important
  - 'Be kind to our staff.'
  # agreed in March
  - Ask if you are not sure
    what a word means.
  - Switch off your phone at night.
evidence: []
)");
}

TEST_CASE("a file without asks gets its asks list after the poster settings and before the evidence") {
  const std::string text = edited("service: Ward 7\nlibraries: [demo]\nposter: {size: A4}\nevidence: []\n",
                                  edit::AddAsk{"Tell us: are you in pain?"});
  CHECK(text ==
        "service: Ward 7\nlibraries: [demo]\nposter: {size: A4}\nasks:\n  - \"Tell us: are you in pain?\"\n"
        "evidence: []\n");
}

TEST_CASE("rewording an ask on one line keeps its quotes and the comment after it") {
  CHECK(changed_lines(asking, edited(asking, edit::RewordAsk{1, "Tell us when it hurts."})) ==
        std::vector<std::size_t>{5});
  CHECK(edited(asking, edit::RewordAsk{1, "Tell us when it hurts."})
            .find("  - Tell us when it hurts.   # the most important\n") != std::string::npos);
  CHECK(edited(asking, edit::RewordAsk{2, "Be patient with us."}).find("  - 'Be patient with us.'\n  #") !=
        std::string::npos);
}

TEST_CASE("an ask over several lines is reworded as one line") {
  const std::string text = edited(asking, edit::RewordAsk{3, "Ask us what a word means."});
  CHECK(text.find("  # agreed in March\n  - Ask us what a word means.\nevidence: []\n") != std::string::npos);
}

TEST_CASE("removing an ask comments it out, and the asks after it move up") {
  const EditedServiceFile result = apply_edit(asking, "ward.pledge.yaml", edit::RemoveAsk{1});
  CHECK(result.text.find("asks:   # what we ask in return\n  # - Tell us if you are in pain.   # the most "
                         "important\n  - 'Be kind to our staff.'\n") != std::string::npos);
  CHECK(result.notes == std::vector<std::string>{"It is kept in the file as a comment."});
  Libraries libraries;
  const ResolvedPledge pledge = libraries.resolve("ward.pledge.yaml", result.text);
  REQUIRE(pledge.asks.size() == 2);
  CHECK(pledge.asks[0].text == "Be kind to our staff.");
}

TEST_CASE("asks written as [...] are written again one per line") {
  const EditedServiceFile result =
      apply_edit("service: Ward 7\nlibraries: [demo]\nasks: [Tell us., Be kind.]\n", "ward.pledge.yaml",
                 edit::RewordAsk{2, "Be patient."});
  CHECK(result.text == "service: Ward 7\nlibraries: [demo]\nasks:\n  - Tell us.\n  - Be patient.\n");
  REQUIRE(result.notes.size() == 1);
  CHECK(result.notes[0].starts_with("'asks:' was written as [...]"));
}

TEST_CASE("an ask that is not there, or an empty one, is refused with what to do") {
  CHECK(error_of([] {
          edited(asking, edit::RewordAsk{4, "Tell us."});
        }) == "there is no ask 4 (asks/4): the file has 3 asks");
  CHECK(error_of([] { edited(asking, edit::RemoveAsk{0}); }) ==
        "there is no ask 0 (asks/0): the file has 3 asks");
  CHECK(error_of([] { edited(asking, edit::AddAsk{"  "}); }) ==
        "the new ask is empty; write what you ask of patients, relatives and carers");
}

TEST_CASE(
    "every edit applies in place to every statement of every example service, and the result resolves") {
  LibraryCatalog catalog({std::filesystem::path(PLEDGE_SOURCE_DIR) / "statements"});
  for (const auto& entry :
       std::filesystem::directory_iterator(std::filesystem::path(PLEDGE_SOURCE_DIR) / "examples")) {
    const std::string text = SourceText::read(entry.path()).content();
    const std::string name = entry.path().filename().string();
    const ResolvedPledge pledge = resolve(test::yaml(name, text), catalog);
    std::vector<ServiceFileEdit> edits;
    for (const auto& s : pledge.statements) {
      if (s.status == StatementStatus::added) {
        edits.push_back(edit::RemoveStatement{s.ref.substr(6)});
      } else {
        edits.push_back(edit::CrossOff{s.ref, "It does not fit."});
        if (s.status == StatementStatus::reworded)
          edits.push_back(edit::UseOriginal{s.ref});
      }
      edits.push_back(edit::Reword{s.ref, "We say it our way."});
    }
    for (const auto& x : pledge.excluded) {
      edits.push_back(edit::KeepAgain{x.ref});
      edits.push_back(edit::CrossOff{x.ref, "Another reason."});
    }
    edits.push_back(edit::AddStatement{"workshop-new", pledge.groups.front().id, "We listen."});
    edits.push_back(edit::AddAsk{"Tell us what matters to you."});
    for (std::size_t n = 1; n <= pledge.asks.size(); ++n) {
      edits.push_back(edit::RewordAsk{n, "Ask us anything."});
      edits.push_back(edit::RemoveAsk{n});
    }
    for (const auto& e : edits) {
      CAPTURE(name);
      CAPTURE(describe(e));
      std::string result;
      CHECK_NOTHROW(result = apply_edit(text, name, e).text);
      if (!result.empty() && pledge.statements.size() > 1)
        CHECK_NOTHROW(resolve(test::yaml(name, result), catalog));
    }
  }
}

namespace {

const std::string bilingual = R"(service: Ward 7
languages: [cy, en-GB]
libraries: [demo]
reword:
  - ref: demo/dignity
    text: We respect you.   # agreed
add:
  - id: welsh
    group: caring
    text: We speak Welsh with you.
    translations:
      cy: Byddwn yn siarad Cymraeg â chi.   # checked by Siân
)";

}  // namespace

TEST_CASE("a translation of a rewording goes under a new translations: key, the comments kept") {
  const std::string text = edited(bilingual, edit::Translate{"demo/dignity", "cy", "Rydym yn eich parchu."});
  CHECK(text.find("    text: We respect you.   # agreed\n    translations:\n      cy: Rydym yn eich "
                  "parchu.\nadd:\n") != std::string::npos);
}

TEST_CASE(
    "a translation changed in place keeps the comment after it, and a new language goes after the last") {
  CHECK(edited(bilingual, edit::Translate{"local/welsh", "CY", "Siaradwn Gymraeg."})
            .find("      cy: Siaradwn Gymraeg.   # checked by Siân\n") != std::string::npos);
  CHECK(edited(bilingual, edit::Translate{"local/welsh", "fr", "Nous parlons gallois."})
            .ends_with("      cy: Byddwn yn siarad Cymraeg â chi.   # checked by Siân\n      fr: Nous "
                       "parlons gallois.\n"));
}

TEST_CASE("translations written as {...} are written again one per line") {
  const EditedServiceFile result = apply_edit(
      "service: W\nlanguages: [cy, en-GB]\nlibraries: [demo]\nreword:\n  - ref: demo/dignity\n"
      "    text: We respect you.\n    translations: {cy: Parch.}\n",
      "ward.pledge.yaml", edit::Translate{"demo/dignity", "cy", "Rydym yn eich parchu."});
  CHECK(
      result.text.ends_with("  - ref: demo/dignity\n    text: We respect you.\n    translations:\n"
                            "      cy: Rydym yn eich parchu.\n"));
}

TEST_CASE("a rewording written again keeps its translations") {
  const std::string text = edited(
      "service: W\nlanguages: [cy, en-GB]\nlibraries: [demo]\nreword: [{ref: demo/dignity, "
      "text: We respect you., translations: {cy: Parch.}}]\n",
      edit::Reword{"demo/second-opinion", "Ask us."});
  CHECK(
      text.find("  - ref: demo/dignity\n    text: We respect you.\n    translations:\n      cy: Parch.\n") !=
      std::string::npos);
}

TEST_CASE("only the team's own wordings are translated here, into another language than the file's") {
  CHECK(error_of([] {
          edited(bilingual, edit::Translate{"demo/second-opinion", "cy", "Gofynnwch."});
        }) ==
        "'demo/second-opinion' is not reworded: its translations are its library's. Reword it first, then "
        "translate your wording");
  CHECK(error_of([] {
          edited(bilingual, edit::Translate{"local/welsh", "en-GB", "We speak."});
        }) == "'local/welsh' is written in en-GB already (the file's language): change its wording");
  CHECK(error_of([] {
          edited(bilingual, edit::Translate{"local/welsh", "Welsh", "Siaradwn."});
        }) == "'Welsh' is not a language tag; write one such as cy or en-GB");
}

TEST_CASE("an ask written with translations keeps them when it is reworded, removed or written again") {
  const std::string asks =
      "service: W\nlanguages: [cy, en-GB]\nlibraries: [demo]\nasks:\n"
      "  - text: Tell us if you are in pain.   # first\n    translations:\n"
      "      cy: Dywedwch wrthym os ydych mewn poen.\n";
  CHECK(edited(asks, edit::RewordAsk{1, "Tell us when it hurts."}) ==
        "service: W\nlanguages: [cy, en-GB]\nlibraries: [demo]\nasks:\n"
        "  - text: Tell us when it hurts.   # first\n    translations:\n"
        "      cy: Dywedwch wrthym os ydych mewn poen.\n");
  CHECK(edited(asks, edit::RemoveAsk{1}).find("  # - text: Tell us if you are in pain.") !=
        std::string::npos);
  CHECK(edited("service: W\nlibraries: [demo]\nasks: [{text: Tell us., translations: {cy: Dywedwch.}}]\n",
               edit::AddAsk{"Be kind."}) ==
        "service: W\nlibraries: [demo]\nasks:\n  - text: Tell us.\n    translations:\n      cy: Dywedwch.\n"
        "  - Be kind.\n");
}
