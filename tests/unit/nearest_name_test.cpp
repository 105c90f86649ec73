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

TEST_CASE("the bounded edit distance is the edit distance up to the bound, and the bound plus one past it") {
  for (const auto& [a, b] :
       {std::pair{"kitten", "sitting"}, std::pair{"exclude", "exlude"}, std::pair{"reword", "rewrod"},
        std::pair{"", "abc"}, std::pair{"ab", "ba"}, std::pair{"nice/listen-to-you", "nice/listens-to-you"},
        std::pair{"abcdef", "ABCDEF"}, std::pair{"ca", "abc"}, std::pair{"abcdefghij", "jihgfedcba"}}) {
    for (std::size_t bound = 0; bound <= 10; ++bound) {
      CAPTURE(a);
      CAPTURE(b);
      CAPTURE(bound);
      CHECK(edit_distance_within(a, b, bound) == std::min(edit_distance(a, b), bound + 1));
    }
  }
}

TEST_CASE("a name much longer than every candidate is compared in no time and finds nothing") {
  CHECK_FALSE(nearest_name(std::string(100000, 'z'), {"service", "exclude", "reword"}).has_value());
}
