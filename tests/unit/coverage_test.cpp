#include <doctest/doctest.h>

#include "model/coverage.hpp"
#include "report/coverage_formats.hpp"
#include "test_input.hpp"

using namespace pledge;

namespace {

struct Organisation : test::LibraryFolder {
  Organisation() {
    add("demo", test::caring_library(R"(  - {id: dignity, group: caring, text: Dignity.}
  - {id: beds, group: caring, text: "Single-sex rooms, always."}
)"));
    add("extra", test::extra_library);
  }
};

}  // namespace

TEST_CASE("coverage records each service's treatment of each library statement") {
  Organisation org;
  CoverageMatrix matrix(org.catalog());
  matrix.add(org.resolve("a.pledge.yaml",
                         "service: A\nlibraries: [demo]\nexclude: [{ref: demo/beds, reason: No beds.}]\n"));
  matrix.add(org.resolve("b.pledge.yaml",
                         "service: B\nlibraries: [demo, extra]\nreword: [{ref: demo/dignity, text: "
                         "We respect you.}]\nadd: [{id: x, group: aims, text: X.}]\n"));
  const auto rows = matrix.rows();
  REQUIRE(rows.size() == 3);
  CHECK(rows[0]->ref == "demo/dignity");
  CHECK(rows[0]->cells[0].state == CoverageState::kept);
  CHECK(rows[0]->cells[1].state == CoverageState::reworded);
  CHECK(rows[1]->cells[0].state == CoverageState::excluded);
  CHECK(rows[1]->cells[0].reason == "No beds.");
  CHECK(rows[2]->ref == "extra/celebrate");
  CHECK(rows[2]->cells[0].state == CoverageState::not_selected);
  CHECK(rows[2]->cells[1].state == CoverageState::kept);
  CHECK(matrix.services()[1].added == 1);
  CHECK(matrix.count(0, CoverageState::not_selected) == 1);
}

TEST_CASE(
    "coverage as CSV starts with a byte-order mark, quotes fields with commas and ends with per-service "
    "totals") {
  Organisation org;
  CoverageMatrix matrix(org.catalog());
  matrix.add(org.resolve("a.pledge.yaml",
                         "service: \"Ward, 7\"\nlibraries: [demo]\nexclude: [{ref: demo/beds, reason: "
                         "\"No beds, none.\"}]\n"));
  CHECK(report::coverage_writers.csv(matrix) ==
        "\xEF\xBB\xBFref,text,\"Ward, 7\",kept,reworded,excluded,not selected\r\n"
        "demo/dignity,Dignity.,kept,1,0,0,0\r\n"
        "demo/beds,\"Single-sex rooms, always.\",\"excluded: No beds, none.\",0,0,1,0\r\n"
        "total kept,,1,,,,\r\n"
        "total reworded,,0,,,,\r\n"
        "total excluded,,1,,,,\r\n"
        "total not selected,,0,,,,\r\n"
        "total added,,0,,,,\r\n");
}
