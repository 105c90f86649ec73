#include <doctest/doctest.h>

#include "base/error.hpp"

using namespace pledge;

TEST_CASE("a place in a file is written file:line:col") {
  CHECK(to_string(Location{"team.pledge.yaml", 8, 10}) == "team.pledge.yaml:8:10");
}

TEST_CASE("a place without a column is written file:line, and one without a line as the file alone") {
  CHECK(to_string(Location{"team.pledge.yaml", 8, 0}) == "team.pledge.yaml:8");
  CHECK(to_string(Location{"team.pledge.yaml", 0, 0}) == "team.pledge.yaml");
}

TEST_CASE("an error describes each of its problems at its place, one per line") {
  const Error error({Diagnostic{Location{"a.yaml", 2, 3}, "first", ""},
                     Diagnostic{std::nullopt, "second", ""},
                     Diagnostic{Location{"b.yaml", 0, 0}, "third", ""}});
  CHECK(describe(error) == "a.yaml:2:3: first\nsecond\nb.yaml: third");
  CHECK(std::string(error.what()) == "a.yaml:2:3: first");
}
