#include <doctest/doctest.h>

#include "model/pledge_diff.hpp"
#include "report/diff_formats.hpp"
#include "test_input.hpp"

using namespace pledge;

namespace {

struct Versions : test::LibraryFolder {
  Versions() {
    add("demo", R"(library: demo
title: Demo
source: S
groups: [{id: caring, title: We are caring}]
statements:
  - {id: dignity, group: caring, text: Dignity.}
  - {id: beds, group: caring, text: Single-sex rooms.}
  - {id: contact, group: caring, text: Who to contact.}
)");
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

TEST_CASE("a diff shows a change to the asks as one field, old and new") {
  Versions v;
  const PledgeDiff diff = v.diff("service: A\nlibraries: [demo]\nasks: [Be kind., Ask us.]\n",
                                 "service: A\nlibraries: [demo]\nasks: [Be kind.]\n");
  REQUIRE(diff.fields.size() == 1);
  CHECK(diff.fields[0].first == "asks");
  CHECK(diff.fields[0].second.first == "Be kind. / Ask us.");
  CHECK(diff.fields[0].second.second == "Be kind.");
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
        "respect you.\n\n1 reworded\n");
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
