#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pledge {

// A day of the Gregorian calendar, such as the day a team agreed its pledge.
struct CalendarDate {
  int year = 0;
  int month = 0;  // 1 to 12
  int day = 0;    // 1 to the month's last day

  friend bool operator==(const CalendarDate&, const CalendarDate&) = default;
};

// Reads "YYYY-MM-DD" (ISO 8601, as YAML writes dates); nothing if the text is not a real day of years 1900 to
// 9999 in that form.
std::optional<CalendarDate> parse_calendar_date(std::string_view text);

// The day since 1970-01-01 of a count of seconds since then (UTC).
CalendarDate calendar_date_of(long long seconds_since_epoch);

// "2026-03-03".
std::string iso_text(const CalendarDate& date);

// "3 March 2026", as British documents write dates.
std::string long_text(const CalendarDate& date);

}  // namespace pledge
