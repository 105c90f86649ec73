#include <doctest/doctest.h>

#include "report/checklist.hpp"
#include "test_input.hpp"

using namespace pledge;

namespace {

ResolvedPledge tiny_pledge() {
  const std::string data = std::string(PLEDGE_SOURCE_DIR) + "/tests/data/render";
  LibraryCatalog catalog({data + "/statements"});
  return resolve_file(data + "/tiny.pledge.yaml", catalog);
}

}  // namespace

TEST_CASE("the checklist's rows follow the pledge, with the service's evidence records") {
  const auto rows = report::checklist_rows(tiny_pledge());
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].number == "1");
  CHECK(rows[0].ref == "tiny/names");
  CHECK(rows[0].refs == "NICE QS15; NHS Constitution");
  CHECK(rows[0].prompts ==
        std::vector<std::string>{"Name badges worn", "Survey question: did staff introduce themselves?"});
  CHECK(rows[0].status == "Partly met");
  CHECK(rows[0].owner == "Zoë O’Brien");
  CHECK(rows[1].status.empty());
}

TEST_CASE("the checklist's rows say whether each statement was kept, reworded (with the original) or added") {
  test::LibraryFolder libraries;
  libraries.add("demo", test::caring_library(R"(  - {id: dignity, group: caring, text: Dignity.}
  - {id: names, group: caring, text: Names.}
)"));
  const auto rows = report::checklist_rows(
      libraries.resolve("team.pledge.yaml",
                        "service: A\nlibraries: [demo]\nreword: [{ref: demo/names, text: Our names.}]\n"
                        "add: [{id: tea, group: caring, text: Tea.}]\n"));
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].change == "Kept");
  CHECK(rows[0].group == "We are caring");
  CHECK(rows[1].change == "Reworded");
  CHECK(rows[1].original == "Names.");
  CHECK(rows[2].change == "Added");
  CHECK(rows[2].original.empty());
}

TEST_CASE(
    "checklist CSV has a byte-order mark, service, group, change and status columns, and reasons apart") {
  const std::string csv = report::checklist_csv(tiny_pledge());
  CHECK(csv.starts_with(
      "\xEF\xBB\xBFService,Group,#,Statement,Change,Original wording,Reason,Ref,Refs,Evidence "
      "prompts,Status,Owner,Checked,Reviewer,Link,Review by,Evidence and notes\r\n"));
  CHECK(csv.find("\r\n\"Tiny Team, Clinic “A”\",We work in partnership,1,\"We tell you our names, and what "
                 "we do.\",Kept,,,"
                 "tiny/names,\"NICE QS15; NHS Constitution\",\"Name badges worn\nSurvey question: did staff "
                 "introduce themselves?\",Partly met,Zoë O’Brien,,,,,Badges: 9 of 10 staff\r\n") !=
        std::string::npos);
  CHECK(csv.ends_with(
      ",,,Single-sex rooms.,Excluded,,\"We have no beds, so no rooms.\",tiny/beds,,,,,,,,,\r\n"));
}
