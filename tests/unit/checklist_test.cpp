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

TEST_CASE("checklist CSV quotes fields with commas, quotes or line breaks and ends lines with CRLF") {
  const std::string csv = report::checklist_csv(tiny_pledge());
  CHECK(csv.starts_with("#,Statement,Ref,Refs,Evidence prompts,Evidence and notes,Status,Owner\r\n"));
  CHECK(
      csv.find(
          "1,\"We tell you our names, and what we do.\",tiny/names,NICE QS15; NHS Constitution,\"Name badges "
          "worn\nSurvey question: did staff introduce themselves?\",Badges: 9 of 10 staff,Partly met,Zoë "
          "O’Brien\r\n") != std::string::npos);
  CHECK(csv.ends_with(",Single-sex rooms.,tiny/beds,,,\"We have no beds, so no rooms.\",Excluded,\r\n"));
}
