#include "render/colour.hpp"

#include <array>
#include <cmath>
#include <stdexcept>
#include <string>

namespace pledge::render {

namespace {

int hex_digit(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  throw std::invalid_argument("not a hex digit");
}

double linear_channel(int value) {
  const double c = value / 255.0;
  return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

// NHS identity colours: restrained, and all dark enough for white text (tested in render_colour_test).
constexpr std::array<std::string_view, 6> group_hex = {"#005EB8", "#006747", "#7C2855",
                                                       "#330072", "#003087", "#425563"};

}  // namespace

Colour colour_from_hex(std::string_view hex) {
  if (hex.size() != 7 || hex[0] != '#')
    throw std::invalid_argument("colour must be #RRGGBB: " + std::string(hex));
  auto channel = [&](std::size_t at) { return hex_digit(hex[at]) * 16 + hex_digit(hex[at + 1]); };
  return {channel(1), channel(3), channel(5)};
}

double relative_luminance(Colour colour) {
  return 0.2126 * linear_channel(colour.red) + 0.7152 * linear_channel(colour.green) +
         0.0722 * linear_channel(colour.blue);
}

double contrast_ratio(Colour a, Colour b) {
  const double la = relative_luminance(a);
  const double lb = relative_luminance(b);
  const double lighter = la > lb ? la : lb;
  const double darker = la > lb ? lb : la;
  return (lighter + 0.05) / (darker + 0.05);
}

Colour tint(Colour colour, double towards_white) {
  auto mix = [&](int channel) {
    return static_cast<int>(std::lround(channel + (255 - channel) * towards_white));
  };
  return {mix(colour.red), mix(colour.green), mix(colour.blue)};
}

const Palette& palette() {
  static const Palette p{
      .ink = colour_from_hex("#212B32"),
      .muted_ink = colour_from_hex("#4C6272"),
      .paper = colour_from_hex("#FFFFFF"),
      .heading = colour_from_hex("#003087"),
      .on_heading = colour_from_hex("#FFFFFF"),
      .rule = colour_from_hex("#AEB7BD"),
      .stripe = colour_from_hex("#F0F4F5"),
  };
  return p;
}

Colour group_colour(std::size_t index) {
  return colour_from_hex(group_hex[index % group_hex.size()]);
}

}  // namespace pledge::render
