#include <doctest/doctest.h>

#include "model/evidence_summary.hpp"
#include "render/evidence_report.hpp"
#include "report/evidence_formats.hpp"
#include "test_input.hpp"

using namespace pledge;

namespace {

struct Organisation : test::LibraryFolder {
  Organisation() {
    add("demo", test::caring_library(R"(  - {id: dignity, group: caring, text: Dignity.}
  - {id: names, group: caring, text: Names.}
  - {id: time, group: caring, text: Time.}
  - {id: help, group: caring, text: Help.}
)"));
  }
};

// Service A: one of each status, one review overdue by 9 days on 2026-03-10, one due that day (not overdue).
const char* const service_a = R"(service: A
libraries: [demo]
evidence:
  - {ref: demo/dignity, status: Met, owner: Tom, review-by: 2026-03-01}
  - {ref: demo/names, status: Partly met, review-by: 2026-03-10}
  - {ref: demo/time, status: Not met}
)";

const char* const service_b = R"(service: B
libraries: [demo]
evidence:
  - {ref: demo/dignity, status: Met}
  - {ref: demo/help, owner: Asha}
)";

EvidenceSummary summary_on(const CalendarDate& day) {
  Organisation org;
  EvidenceSummary summary(day);
  summary.add(org.resolve("a.pledge.yaml", service_a));
  summary.add(org.resolve("b.pledge.yaml", service_b));
  return summary;
}

}  // namespace

TEST_CASE("evidence totals count each service's statements by status, a record without status as no record") {
  const EvidenceSummary summary = summary_on({2026, 3, 10});
  const EvidenceTotals& a = summary.services().at(0).totals;
  CHECK(a.met == 1);
  CHECK(a.partly_met == 1);
  CHECK(a.not_met == 1);
  CHECK(a.no_record == 1);
  const EvidenceTotals& b = summary.services().at(1).totals;
  CHECK(b.met == 1);
  CHECK(b.no_record == 3);
  CHECK(summary.totals().met == 2);
  CHECK(summary.totals().no_record == 4);
  CHECK(summary.totals().statements() == 8);
}

TEST_CASE("a review is overdue when its review-by day is before the summary's day, not on it") {
  const EvidenceSummary summary = summary_on({2026, 3, 10});
  REQUIRE(summary.overdue().size() == 1);
  const OverdueReview& review = summary.overdue()[0];
  CHECK(review.service == "A");
  CHECK(review.ref == "demo/dignity");
  CHECK(review.number == 1);
  CHECK(review.owner == "Tom");
  CHECK(review.days_overdue == 9);
  CHECK(to_string(review.location) == "a.pledge.yaml:4:61");
}

TEST_CASE("evidence JSON gives the day, the totals and the overdue reviews") {
  const std::string json = report::evidence_writers.json(summary_on({2026, 3, 11}));
  CHECK(json.starts_with(
      "{\n  \"date\": \"2026-03-11\",\n  \"totals\": {\n    \"statements\": 8,\n    \"met\": 2,\n"
      "    \"partly met\": 1,\n    \"not met\": 1,\n    \"no record\": 4,\n    \"overdue\": 2\n  },"));
  CHECK(json.find("\"review-by\": \"2026-03-10\",\n      \"days overdue\": 1,\n      \"location\": "
                  "\"a.pledge.yaml:5:54\"") != std::string::npos);
}

TEST_CASE("evidence text lists totals per service and for all, then each overdue review at its place") {
  CHECK(report::evidence_writers.text(summary_on({2026, 3, 10})) ==
        "Evidence on 10 March 2026 (a review-by date before it is overdue)\n\n"
        "   #  STATEMENTS  MET  PARTLY MET  NOT MET  NO RECORD  OVERDUE  SERVICE\n"
        "   1           4    1           1        1          1        1  A\n"
        "   2           4    1           0        0          3        0  B\n"
        " All           8    2           1        1          4        1  all services\n\n"
        "Overdue reviews:\n"
        "a.pledge.yaml:4:61: A, statement 1 (demo/dignity): review by 1 March 2026, 9 days ago; owner Tom\n");
}

TEST_CASE("evidence CSV starts with a byte-order mark and ends with the totals of all services") {
  const std::string csv = report::evidence_writers.csv(summary_on({2026, 3, 10}));
  CHECK(csv.starts_with(
      "\xEF\xBB\xBFService,File,Statements,Met,Partly met,Not met,No record,Overdue reviews\r\n"));
  CHECK(csv.ends_with("All services,,8,2,1,1,4,1\r\n"));
}

TEST_CASE("an evidence report in Welsh is in Welsh, an overdue English statement tagged en-GB") {
  const EvidenceSummary summary = summary_on({2026, 3, 10});
  render::RenderOptions welsh;
  welsh.report_language = "cy";
  const std::string pdf = render::render_evidence(summary, welsh);
  CHECK(pdf.find("/Lang (cy)") != std::string::npos);
  CHECK(pdf.find("/Lang (en-GB)") != std::string::npos);  // Dignity., overdue, has no Welsh
  const std::string english = render::render_evidence(summary, {});
  CHECK(english.find("/Lang (cy)") == std::string::npos);
  CHECK(english.find("/Lang (en-GB)") != std::string::npos);  // the catalog's
}
