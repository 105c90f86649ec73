#pragma once

#include <string_view>

namespace pledge::render {

// An sRGB colour, 0-255 per channel, as brand guidelines give them.
struct Colour {
  int red = 0;
  int green = 0;
  int blue = 0;

  friend bool operator==(const Colour&, const Colour&) = default;
};

// "#005EB8" -> {0, 94, 184}; for palettes written as designers write them.
Colour colour_from_hex(std::string_view hex);

// WCAG 2.x relative luminance (0 black .. 1 white).
double relative_luminance(Colour colour);

// WCAG 2.x contrast ratio between two colours, 1 .. 21. AA asks 4.5 for body text, 3 for large text.
double contrast_ratio(Colour a, Colour b);

// `colour` mixed with white: 0 keeps it, 1 gives white. For the pale panel backgrounds.
Colour tint(Colour colour, double towards_white);

// The colours every document draws with, in one place so that their contrast is tested once.
struct Palette {
  Colour ink;         // body text
  Colour muted_ink;   // secondary text (footers, sources)
  Colour paper;       // page background
  Colour heading;     // header band behind the title, and headings on paper
  Colour on_heading;  // text on the header band and on group colours
  Colour rule;        // table and writing lines
  Colour stripe;      // alternate table rows
};

const Palette& palette();

// The colour of the n-th group (cycles), dark enough for white text on it; panels use a tint of it.
Colour group_colour(std::size_t index);

// How far group panels are tinted towards white behind body text.
inline constexpr double panel_tint = 0.88;

}  // namespace pledge::render
