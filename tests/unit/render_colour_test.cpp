#include <doctest/doctest.h>

#include "render/colour.hpp"

using namespace pledge::render;

TEST_CASE("black on white has the largest contrast ratio, 21:1, and a colour on itself the smallest, 1:1") {
  CHECK(contrast_ratio({0, 0, 0}, {255, 255, 255}) == doctest::Approx(21.0));
  CHECK(contrast_ratio({0, 94, 184}, {0, 94, 184}) == doctest::Approx(1.0));
}

TEST_CASE("the contrast ratio matches WCAG's worked values and does not depend on the order of the colours") {
  // #767676 on white is the classic lightest grey that passes AA: 4.54:1.
  CHECK(contrast_ratio(colour_from_hex("#767676"), colour_from_hex("#FFFFFF")) ==
        doctest::Approx(4.54).epsilon(0.01));
  CHECK(contrast_ratio(colour_from_hex("#FFFFFF"), colour_from_hex("#767676")) ==
        doctest::Approx(contrast_ratio(colour_from_hex("#767676"), colour_from_hex("#FFFFFF"))));
}

TEST_CASE("every text colour of the palette meets WCAG AA (4.5:1) on what it is printed on") {
  const Palette& p = palette();
  CHECK(contrast_ratio(p.ink, p.paper) >= 4.5);
  CHECK(contrast_ratio(p.muted_ink, p.paper) >= 4.5);
  CHECK(contrast_ratio(p.ink, p.stripe) >= 4.5);
  CHECK(contrast_ratio(p.muted_ink, p.stripe) >= 4.5);
  CHECK(contrast_ratio(p.heading, p.paper) >= 4.5);
  CHECK(contrast_ratio(p.on_heading, p.heading) >= 4.5);
  for (std::size_t g = 0; g < 6; ++g) {
    CAPTURE(g);
    CHECK(contrast_ratio(p.on_heading, group_colour(g)) >= 4.5);             // group titles on their bars
    CHECK(contrast_ratio(p.ink, tint(group_colour(g), panel_tint)) >= 4.5);  // statements on their panels
    CHECK(contrast_ratio(p.muted_ink, tint(group_colour(g), panel_tint)) >= 4.5);
  }
}

TEST_CASE("group colours cycle after six groups") {
  CHECK(group_colour(6) == group_colour(0));
  CHECK(group_colour(1) != group_colour(0));
}

TEST_CASE("a tint mixes a colour with white") {
  CHECK(tint({0, 100, 200}, 0) == Colour{0, 100, 200});
  CHECK(tint({0, 100, 200}, 1) == Colour{255, 255, 255});
  CHECK(tint({0, 100, 200}, 0.5) == Colour{128, 178, 228});
}
