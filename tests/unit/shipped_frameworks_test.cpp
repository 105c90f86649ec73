#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <string>

#include "model/library.hpp"

using namespace pledge;

// The frameworks shipped in statements/ as auditors use them: every statement there, each traceable to its
// source.
namespace {

Library shipped(const std::string& id) {
  return load_library_file(std::filesystem::path(PLEDGE_SOURCE_DIR) / "statements" / (id + ".yaml"));
}

std::map<std::string, std::size_t> statements_per_group(const Library& library) {
  std::map<std::string, std::size_t> counts;
  for (const auto& s : library.statements)
    ++counts[s.group];
  return counts;
}

}  // namespace

TEST_CASE("the CQC library holds the 34 quality statements under the 5 key questions, in CQC's order") {
  const Library cqc = shipped("cqc-quality-statements");
  CHECK(cqc.statements.size() == 34);
  REQUIRE(cqc.groups.size() == 5);
  CHECK(cqc.groups[0].title == "Safe");
  CHECK(cqc.groups[1].title == "Effective");
  CHECK(cqc.groups[2].title == "Caring");
  CHECK(cqc.groups[3].title == "Responsive");
  CHECK(cqc.groups[4].title == "Well-led");
  CHECK(statements_per_group(cqc) ==
        std::map<std::string, std::size_t>{
            {"safe", 8}, {"effective", 6}, {"caring", 5}, {"responsive", 7}, {"well-led", 8}});
  CHECK(cqc.statements.front().id == "learning-culture");
  CHECK(cqc.statements.back().id == "environmental-sustainability");
}

TEST_CASE(
    "every CQC statement names its quality statement and key question and has CQC's points as prompts") {
  const Library cqc = shipped("cqc-quality-statements");
  for (const auto& s : cqc.statements) {
    CAPTURE(s.id);
    REQUIRE(s.refs.size() == 1);
    CHECK(s.refs[0].starts_with("CQC quality statement: "));
    CHECK(s.refs[0].ends_with("(" + cqc.find_group(s.group)->title + ")"));
    CHECK(s.evidence.size() >= 3);
    CHECK(s.text.starts_with("We "));
  }
}

TEST_CASE("the CQC library lists the page of every statement it holds") {
  const Library cqc = shipped("cqc-quality-statements");
  for (const auto& s : cqc.statements) {
    CAPTURE(s.id);
    const std::string page =
        "https://www.cqc.org.uk/guidance-regulation/providers/assessment/"
        "single-assessment-framework/" +
        s.group + "/" + s.id;
    CHECK(std::find(cqc.addresses.begin(), cqc.addresses.end(), page) != cqc.addresses.end());
  }
}

TEST_CASE("the NICE QS15 library holds the 6 statements of the 2019 update, in NICE's order") {
  const Library qs15 = shipped("nice-qs15");
  CHECK(qs15.version == "2019-07");
  REQUIRE(qs15.statements.size() == 6);
  for (std::size_t i = 0; i < qs15.statements.size(); ++i) {
    const Statement& s = qs15.statements[i];
    CAPTURE(s.id);
    REQUIRE(s.refs.size() == 1);
    CHECK(s.refs[0].starts_with("NICE QS15 quality statement " + std::to_string(i + 1) + ": "));
    CHECK(s.evidence.size() >= 3);
    CHECK(s.text.starts_with("People using adult NHS services "));
  }
}

TEST_CASE("both frameworks give their version, the pages they were read from, the day and the licence") {
  for (const char* id : {"cqc-quality-statements", "nice-qs15"}) {
    CAPTURE(id);
    const Library library = shipped(id);
    CHECK_FALSE(library.version.empty());
    CHECK_FALSE(library.addresses.empty());
    CHECK(library.read == CalendarDate{2026, 12, 1});
    CHECK_FALSE(library.licence.empty());
  }
  CHECK(shipped("cqc-quality-statements")
            .licence.starts_with(
                "Contains public sector information licensed under the Open Government Licence v3.0"));
  CHECK(
      shipped("nice-qs15").licence.starts_with("© National Institute for Health and Care Excellence (NICE)"));
}
