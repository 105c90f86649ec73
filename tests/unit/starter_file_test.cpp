#include <doctest/doctest.h>

#include "model/library_catalog.hpp"
#include "model/resolved_pledge.hpp"
#include "report/starter_file.hpp"
#include "test_input.hpp"

using namespace pledge;

namespace {

Library demo_library() {
  return load_library(test::yaml("demo.yaml", R"(library: demo
title: Demo
source: S
version: "1"
groups: [{id: caring, title: We are caring}]
statements:
  - {id: dignity, group: caring, text: Our patients are treated with dignity.}
)"),
                      "demo");
}

}  // namespace

TEST_CASE("the starter file lists every statement as commented exclude and reword entries with its text") {
  const Library library = demo_library();
  const std::string starter = report::starter_service_file("Hydrotherapy", "", {&library});
  CHECK(
      starter.find("  # Our patients are treated with dignity.\n  # - ref: demo/dignity\n  #   reason: \n") !=
      std::string::npos);
  CHECK(starter.find("  # - ref: demo/dignity\n  #   text: Our patients are treated with dignity.\n") !=
        std::string::npos);
  CHECK(starter.find("libraries:\n  - demo  # Demo (1)\n") != std::string::npos);
}

TEST_CASE("the starter file resolves as written, keeping every statement") {
  test::LibraryFolder libraries;
  libraries.add("demo", demo_library().source_text->content());
  const std::string starter = report::starter_service_file("Ward 7: \"Older people\" – Cymru ŵ", "Patients",
                                                           {&libraries.catalog().load("demo")});
  const ResolvedPledge pledge = libraries.resolve("ward.pledge.yaml", starter);
  CHECK(pledge.service == "Ward 7: \"Older people\" – Cymru ŵ");
  CHECK(pledge.audience == "Patients");
  REQUIRE(pledge.statements.size() == 1);
  CHECK(pledge.statements[0].status == StatementStatus::kept);
}
