#include <doctest/doctest.h>

#include "base/calendar_date.hpp"

using namespace pledge;

TEST_CASE("an ISO date reads as its year, month and day") {
  CHECK(parse_calendar_date("2026-03-03") == CalendarDate{2026, 3, 3});
  CHECK(parse_calendar_date("2024-02-29") == CalendarDate{2024, 2, 29});
}

TEST_CASE("a day that does not exist, or another way of writing a date, is not a date") {
  CHECK_FALSE(parse_calendar_date("2025-02-29").has_value());
  CHECK_FALSE(parse_calendar_date("2026-04-31").has_value());
  CHECK_FALSE(parse_calendar_date("2026-13-01").has_value());
  CHECK_FALSE(parse_calendar_date("3/3/2026").has_value());
  CHECK_FALSE(parse_calendar_date("2026-3-3").has_value());
  CHECK_FALSE(parse_calendar_date("2026-03-03T10:00").has_value());
  CHECK_FALSE(parse_calendar_date("1899-12-31").has_value());
}

TEST_CASE("dates are printed as British documents write them") {
  CHECK(long_text({2026, 3, 3}) == "3 March 2026");
  CHECK(long_text({2026, 12, 25}) == "25 December 2026");
  CHECK(iso_text({2026, 3, 3}) == "2026-03-03");
}

TEST_CASE("seconds since 1970 give the day they fall on in UTC") {
  CHECK(calendar_date_of(0) == CalendarDate{1970, 1, 1});
  CHECK(calendar_date_of(1700000000) == CalendarDate{2023, 11, 14});
  CHECK(calendar_date_of(1709164800) == CalendarDate{2024, 2, 29});
}
