#include <doctest/doctest.h>

#include "render/layout.hpp"
#include "render/pdf_document.hpp"
#include "render/text.hpp"

using namespace pledge::render;

namespace {

using Lines = std::vector<std::string>;

// A document's body face: Liberation Sans, then the fallback fonts.
struct Body {
  PdfDocument document{{"Title", "Subject"}, {}};
  const Face& face = document.regular();
};

}  // namespace

TEST_CASE("wrapping breaks only at spaces and fills each line as far as it goes, by the shaped widths") {
  // A line broken at a space keeps it at its end (unseen), so the text read back keeps its words apart.
  const Body body;
  const double width = body.face.width("We treat you with", 10);
  CHECK(wrap_lines(body.face, "We treat you with dignity and respect", 10, width) ==
        Lines{"We treat you with ", "dignity and ", "respect"});
  CHECK(wrap_lines(body.face, "We treat you with dignity and respect", 10, width - 0.1) ==
        Lines{"We treat you ", "with dignity and ", "respect"});
}

TEST_CASE("runs of spaces count as one and a newline starts a new line") {
  const Body body;
  CHECK(wrap_lines(body.face, "  one   two\nthree ", 10, 1000) == Lines{"one   two ", "three"});
  CHECK(body.face.width("one   two", 10) == body.face.width("one two", 10));
  CHECK(wrap_lines(body.face, "one\n\ntwo\n", 10, 1000) == Lines{"one ", "", "two"});
}

TEST_CASE("a word wider than the line makes the text not fit rather than being split") {
  const Body body;
  const double width = body.face.width("remarkably", 10);
  CHECK_FALSE(wrap_whole_words(body.face, "a remarkablylongword here", 10, width).has_value());
}

TEST_CASE("where breaking inside a word is allowed, it breaks after a slash or hyphen first") {
  const Body body;
  const double width = body.face.width("nice-patient-experience/sec", 10);
  CHECK(wrap_lines(body.face, "nice-patient-experience/second-opinion", 10, width) ==
        Lines{"nice-patient-experience/", "second-opinion"});
}

TEST_CASE("breaking inside a word never splits a character, nor a letter from its accent") {
  const Body body;
  const double width = body.face.width("ŵŵ", 10) + 0.5;
  CHECK(wrap_lines(body.face, "ŵŵŵŵŵ", 10, width) == Lines{"ŵŵ", "ŵŵ", "ŵ"});
  CHECK(wrap_lines(body.face, "o\u0301o\u0301o\u0301", 10, body.face.width("o\u0301", 10) + 0.5) ==
        Lines{"o\u0301", "o\u0301", "o\u0301"});
}

TEST_CASE("each line of a right-to-left paragraph carries its direction, whatever its first word") {
  const Body body;
  const std::string urdu = "ہم آپ کی بات NHS سنتے ہیں";
  const double width =
      std::max(body.face.width("ہم آپ کی بات", 10), body.face.width("NHS سنتے ہیں", 10)) + 0.5;
  const Lines lines = wrap_lines(body.face, urdu, 10, width);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] == std::string(right_to_left_mark) + "ہم آپ کی بات ");
  CHECK(lines[1] == std::string(right_to_left_mark) + "NHS سنتے ہیں");
  CHECK(body.face.shaped(lines[1]).right_to_left);
  CHECK(body.face.shaped(lines[1]).text == "NHS سنتے ہیں");
  CHECK(without_direction_mark(lines[1]) == "NHS سنتے ہیں");
}

TEST_CASE(
    "a left-to-right line holding right-to-left words keeps its direction, and plain English has no mark") {
  const Body body;
  // This paragraph reads right to left: its first letter is Urdu.
  CHECK(wrap_lines(body.face, "ہم آپ is Urdu", 10, 1000) ==
        Lines{std::string(right_to_left_mark) + "ہم آپ is Urdu"});
  CHECK(wrap_lines(body.face, "Say ہم آپ", 10, 1000) == Lines{std::string(left_to_right_mark) + "Say ہم آپ"});
  CHECK(wrap_lines(body.face, "We listen", 10, 1000) == Lines{"We listen"});
}

TEST_CASE("the fit search finds the largest quarter-point size that fits") {
  CHECK(largest_fitting_size(10, 30, [](double size) { return size <= 17.3; }) == 17.25);
  CHECK(largest_fitting_size(10, 30, [](double) { return true; }) == 30);
}

TEST_CASE("the fit search gives nothing when even the smallest size does not fit") {
  CHECK_FALSE(largest_fitting_size(14, 30, [](double size) { return size < 14; }).has_value());
}
