#include <doctest/doctest.h>

#include "render/layout.hpp"
#include "render/text.hpp"

using namespace pledge::render;

namespace {

// Every character (code point) 1 pt wide at 1 pt: widths are easy to reason about.
double one_per_character(std::string_view text) {
  return static_cast<double>(code_points(text).size());
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("wrapping breaks only at spaces and fills each line as far as it goes") {
  CHECK(wrap_text("We treat you with dignity and respect", 1, 12, one_per_character) ==
        Lines{"We treat you", "with dignity", "and respect"});
}

TEST_CASE("wrapping measures in code points, so accented words are not cut short") {
  CHECK(wrap_text("Siân Prydderch Gwenllïan Ŵyn", 1, 14, one_per_character) ==
        Lines{"Siân Prydderch", "Gwenllïan Ŵyn"});
}

TEST_CASE("wrapping scales widths with the size") {
  CHECK(wrap_text("aa bb cc", 2, 10, one_per_character) == Lines{"aa bb", "cc"});
}

TEST_CASE("runs of spaces count as one and a newline starts a new line") {
  CHECK(wrap_text("  one   two\nthree ", 1, 20, one_per_character) == Lines{"one two", "three"});
}

TEST_CASE("a word wider than the line makes the text not fit rather than being split") {
  CHECK_FALSE(wrap_text("a remarkablylongword here", 1, 10, one_per_character).has_value());
}

TEST_CASE("where breaking inside a word is allowed, it breaks after a slash or hyphen first") {
  CHECK(wrap_text("nice-patient-experience/second-opinion", 1, 26, one_per_character,
                  LongWords::break_inside) == Lines{"nice-patient-experience/", "second-opinion"});
  CHECK(wrap_text("abcdefghij", 1, 4, one_per_character, LongWords::break_inside) ==
        Lines{"abcd", "efgh", "ij"});
}

TEST_CASE("breaking inside a word never splits a multi-byte character") {
  CHECK(wrap_text("ŵŵŵŵŵ", 1, 2, one_per_character, LongWords::break_inside) == Lines{"ŵŵ", "ŵŵ", "ŵ"});
}

TEST_CASE("characters outside the Basic Multilingual Plane are replaced with '?' and reported") {
  std::vector<char32_t> replaced;
  CHECK(printable_text("We care 😀 – always ŵ", &replaced) == "We care ? – always ŵ");
  CHECK(replaced == std::vector<char32_t>{U'\U0001F600'});
  CHECK(code_point_name(replaced[0]) == "U+1F600");
}

TEST_CASE("invalid UTF-8 bytes are replaced too, never passed to the PDF") {
  std::vector<char32_t> replaced;
  CHECK(printable_text("a\xff"
                       "b",
                       &replaced) == "a?b");
  CHECK(replaced == std::vector<char32_t>{U'\uFFFD'});
}

TEST_CASE("the fit search finds the largest quarter-point size that fits") {
  CHECK(largest_fitting_size(10, 30, [](double size) { return size <= 17.3; }) == 17.25);
  CHECK(largest_fitting_size(10, 30, [](double) { return true; }) == 30);
}

TEST_CASE("the fit search gives nothing when even the smallest size does not fit") {
  CHECK_FALSE(largest_fitting_size(14, 30, [](double size) { return size < 14; }).has_value());
}
