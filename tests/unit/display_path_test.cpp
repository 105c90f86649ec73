#include <doctest/doctest.h>

#include <filesystem>

#include "base/display_path.hpp"

using namespace pledge;

TEST_CASE("a relative path is shown as it was given") {
  CHECK(display_path("examples/../team.pledge.yaml") == "examples/../team.pledge.yaml");
}

TEST_CASE("an absolute path inside the working folder is shown relative to it") {
  CHECK(display_path(std::filesystem::current_path() / "services" / "team.pledge.yaml") ==
        "services/team.pledge.yaml");
}

TEST_CASE("an absolute path outside the working folder is shown as it is") {
  const auto outside = std::filesystem::current_path().parent_path() / "elsewhere.pledge.yaml";
  REQUIRE(outside.parent_path() != std::filesystem::current_path());
  CHECK(display_path(outside) == outside.string());
}
