#include <doctest/doctest.h>

#include <algorithm>

#include "model/pledge_diff.hpp"
#include "report/diff_formats.hpp"
#include "test_input.hpp"

using namespace pledge;

namespace {

struct Versions : test::LibraryFolder {
  Versions() {
    add("demo", test::caring_library(R"(  - {id: dignity, group: caring, text: Dignity.}
  - {id: beds, group: caring, text: Single-sex rooms.}
  - {id: contact, group: caring, text: Who to contact.}
)"));
  }

  PledgeDiff diff(const std::string& old_text, const std::string& new_text) {
    return diff_pledges(resolve("old.yaml", old_text), resolve("new.yaml", new_text));
  }
};

}  // namespace

TEST_CASE("identical pledges have no differences") {
  Versions v;
  CHECK(v.diff("service: A\nlibraries: [demo]\n", "service: A\nlibraries: [demo]\n").empty());
}

TEST_CASE("a diff shows an ask taken out as a change of the asks field naming it") {
  Versions v;
  const PledgeDiff diff = v.diff("service: A\nlibraries: [demo]\nasks: [Be kind., Ask us.]\n",
                                 "service: A\nlibraries: [demo]\nasks: [Be kind.]\n");
  REQUIRE(diff.fields.size() == 1);
  CHECK(diff.fields[0].field == "asks");
  CHECK(diff.fields[0].key == "Ask us.");
  CHECK(diff.fields[0].old_value == "Ask us.");
  CHECK(diff.fields[0].new_value.empty());
  CHECK(diff.changes.empty());
}

TEST_CASE("a diff names added, removed, reworded, excluded, included and re-reasoned statements") {
  Versions v;
  const PledgeDiff diff = v.diff(R"(service: A
libraries: [demo]
exclude: [{ref: demo/beds, reason: No beds.}, {ref: demo/contact, reason: Old reason.}]
add: [{id: old, group: caring, text: Old local.}]
)",
                                 R"(service: A
libraries: [demo]
exclude: [{ref: demo/dignity, reason: Not ours.}, {ref: demo/contact, reason: New reason.}]
reword: [{ref: demo/beds, text: Single rooms.}]
add: [{id: new, group: caring, text: New local.}]
)");
  REQUIRE(diff.changes.size() == 5);
  CHECK(diff.changes[0].kind == ChangeKind::included);
  CHECK(diff.changes[0].ref == "demo/beds");
  CHECK(diff.changes[0].new_text == "Single rooms.");
  CHECK(diff.changes[1].kind == ChangeKind::added);
  CHECK(diff.changes[1].ref == "local/new");
  CHECK(diff.changes[2].kind == ChangeKind::excluded);
  CHECK(diff.changes[2].new_text == "Not ours.");
  CHECK(diff.changes[3].kind == ChangeKind::reason_changed);
  CHECK(diff.changes[3].old_text == "Old reason.");
  CHECK(diff.changes[4].kind == ChangeKind::removed);
  CHECK(diff.changes[4].ref == "local/old");
}

TEST_CASE("a text diff shows old and new wording of a reworded statement") {
  Versions v;
  CHECK(report::diff_formats.at("text").write(v.diff(
            "service: A\nlibraries: [demo]\n",
            "service: B\nlibraries: [demo]\nreword: [{ref: demo/dignity, text: We respect you.}]\n")) ==
        "--- old.yaml\n+++ new.yaml\n\nservice changed\n  - A\n  + B\n\nreworded: demo/dignity\n  - "
        "Dignity.\n  + We "
        "respect you.\n\n1 reworded; 1 field change\n");
}

namespace {

// "field key: old -> new" for each field change.
std::vector<std::string> field_lines(const PledgeDiff& diff) {
  std::vector<std::string> out;
  for (const auto& f : diff.fields)
    out.push_back(f.field + (f.key.empty() ? "" : " " + f.key) + ": " + f.old_value + " -> " + f.new_value);
  return out;
}

}  // namespace

TEST_CASE("a diff names a changed version, agreed date, contact and poster settings") {
  Versions v;
  const PledgeDiff diff =
      v.diff("service: A\nlibraries: [demo]\nversion: '1'\nagreed: 2026-01-05\ncontact: Ward 1\n",
             "service: A\nlibraries: [demo]\nversion: '2'\nagreed: 2026-03-02\ncontact: Ward 2\n"
             "poster: {size: A2, copies: 3}\n");
  CHECK(field_lines(diff) == std::vector<std::string>{"version: 1 -> 2", "agreed: 2026-01-05 -> 2026-03-02",
                                                      "contact: Ward 1 -> Ward 2", "poster size: A3 -> A2",
                                                      "poster copies:  -> 3"});
  CHECK(diff.changes.empty());
  CHECK_FALSE(diff.empty());
}

TEST_CASE("a diff names staff, words and glossary entries added and removed") {
  Versions v;
  const PledgeDiff diff = v.diff(
      "service: A\nlibraries: [demo]\nstaff: [Asha, Tom]\nwords: [Bryn]\n"
      "glossary: {PALS: Patient Advice and Liaison Service}\n",
      "service: A\nlibraries: [demo]\nstaff: [Asha, Siân]\nwords: [Bryn, Llan]\n"
      "glossary: {PALS: Patient advice service}\n");
  CHECK(field_lines(diff) ==
        std::vector<std::string>{
            "staff Siân:  -> Siân", "staff Tom: Tom -> ", "words Llan:  -> Llan",
            "glossary PALS: Patient Advice and Liaison Service -> Patient advice service"});
}

TEST_CASE("a diff names each evidence record's changed status, owner and notes") {
  Versions v;
  const PledgeDiff diff = v.diff(
      "service: A\nlibraries: [demo]\nevidence:\n  - {ref: demo/dignity, status: Not met, owner: Asha}\n",
      "service: A\nlibraries: [demo]\nevidence:\n  - {ref: demo/dignity, status: Met, owner: Asha, "
      "notes: Audit in May.}\n  - {ref: demo/beds, status: Partly met}\n");
  CHECK(field_lines(diff) == std::vector<std::string>{"evidence status demo/dignity: Not met -> Met",
                                                      "evidence status demo/beds:  -> Partly met",
                                                      "evidence notes demo/dignity:  -> Audit in May."});
}

TEST_CASE("the text diff lists a list field's items one to a line and counts field changes") {
  Versions v;
  CHECK(report::diff_formats.at("text").write(v.diff("service: A\nlibraries: [demo]\nstaff: [Asha]\n",
                                                     "service: A\nlibraries: [demo]\nstaff: [Tom, Siân]\n"
                                                     "version: '2'\n")) ==
        "--- old.yaml\n+++ new.yaml\n\nversion set\n  + 2\n\nstaff added: Tom\nstaff added: Siân\n"
        "staff removed: Asha\n\n4 field changes\n");
}

TEST_CASE("a pledge diffed with an empty one is all added") {
  Versions v;
  const PledgeDiff diff = diff_pledges(empty_pledge("new.yaml@HEAD (not there)"),
                                       v.resolve("new.yaml", "service: A\nlibraries: [demo]\n"));
  CHECK(diff.old_name == "new.yaml@HEAD (not there)");
  REQUIRE(diff.changes.size() == 3);
  CHECK(std::all_of(diff.changes.begin(), diff.changes.end(),
                    [](const StatementChange& c) { return c.kind == ChangeKind::added; }));
  CHECK(field_lines(diff) ==
        std::vector<std::string>{"service:  -> A", "libraries demo:  -> demo", "poster size:  -> A3"});
}

TEST_CASE("the diffs of a folder are one JSON document with how many files were compared") {
  Versions v;
  const PledgeDiff diff = v.diff("service: A\nlibraries: [demo]\n", "service: B\nlibraries: [demo]\n");
  const std::string json = report::write_diffs(report::diff_formats.at("json"), {diff}, 3);
  CHECK(json.starts_with("{\n  \"files_compared\": 3,\n  \"diffs\": [\n    {\n      \"old\": \"old.yaml\""));
  CHECK(report::write_diffs(report::diff_formats.at("text"), {}, 3) == "no changes in 3 service files\n");
}

TEST_CASE("an unknown diff format is an error with did-you-mean and the formats to choose from") {
  CHECK(test::error_of([] { report::diff_formats.at("txt"); }) ==
        "unknown format 'txt'; did you mean 'text'? (text or json)");
}

TEST_CASE("every diff format writes the changes as text ending with a newline") {
  Versions v;
  const PledgeDiff diff =
      v.diff("service: A\nlibraries: [demo]\n",
             "service: A\nlibraries: [demo]\nexclude: [{ref: demo/beds, reason: No beds.}]\n");
  CHECK(report::diff_formats.names() == std::vector<std::string>{"text", "json"});
  for (const auto& format : report::diff_formats.rows()) {
    CAPTURE(format.name);
    const std::string out = format.write(diff);
    CHECK(out.find("demo/beds") != std::string::npos);
    CHECK(out.ends_with("\n"));
    CHECK_FALSE(format.is_binary());
  }
}
