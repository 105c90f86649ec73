#include <doctest/doctest.h>

#include "base/nearest_name.hpp"

using namespace pledge;

TEST_CASE("edit distance counts insertions, deletions, substitutions and swaps") {
  CHECK(edit_distance("exclude", "exlude") == 1);
  CHECK(edit_distance("reword", "rewrod") == 1);
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("", "abc") == 3);
}

TEST_CASE("edit distance ignores ASCII case") {
  CHECK(edit_distance("Exclude", "exclude") == 0);
}

TEST_CASE("the nearest name is suggested when it is close") {
  CHECK(nearest_name("exlude", {"service", "exclude", "reword"}) == "exclude");
}

TEST_CASE("nothing is suggested when no name is close") {
  CHECK_FALSE(nearest_name("colour", {"service", "exclude", "reword"}).has_value());
}

TEST_CASE("did you mean reads as a clause to append to a message") {
  CHECK(did_you_mean("stafff", {"staff", "add"}) == "; did you mean 'staff'?");
  CHECK(did_you_mean("zzz", {"staff", "add"}).empty());
}
