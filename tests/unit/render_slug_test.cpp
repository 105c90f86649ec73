#include <doctest/doctest.h>

#include "render/slug.hpp"

using pledge::render::service_slug;

TEST_CASE("a service slug is lowercase words joined by single hyphens, dashes included") {
  CHECK(service_slug("District Nursing – North Locality") == "district-nursing-north-locality");
  CHECK(service_slug("  Ward 7 -- Day Unit  ") == "ward-7-day-unit");
}

TEST_CASE("a service slug transliterates accented letters, Welsh included, and drops apostrophes") {
  CHECK(service_slug("Siân’s Ward – Ysbyty Ŵy Ŷnys") == "sians-ward-ysbyty-wy-ynys");
  CHECK(service_slug("Zoë O'Brien Straße Café") == "zoe-obrien-strasse-cafe");
  CHECK(service_slug("Mind & Body") == "mind-and-body");
}

TEST_CASE("a service slug cannot escape the output folder") {
  CHECK(service_slug("../../etc/passwd") == "etc-passwd");
  CHECK(service_slug("..") == "service");
  CHECK(service_slug("a/b\\c") == "a-b-c");
}

TEST_CASE("a service slug is never empty") {
  CHECK(service_slug("") == "service");
  CHECK(service_slug("😀 – ✓") == "service");
}

TEST_CASE(
    "a long service slug is cut at a hyphen to at most 80 characters and ends with part of the name's hash") {
  std::string name;
  for (int i = 0; i < 30; ++i)
    name += "Community Ward ";
  const std::string slug = service_slug(name);
  CHECK(slug.size() <= pledge::render::max_slug_length);
  CHECK(slug.starts_with("community-ward-community-ward-"));
  CHECK(slug.find("--") == std::string::npos);
  CHECK(service_slug(std::string(300, 'a')) != service_slug(std::string(299, 'a')));
  CHECK(service_slug(std::string(300, 'a')).size() == 80);
}
