#include "render/identity_style.hpp"

#include <algorithm>
#include <cstdio>

#include "base/error.hpp"

namespace pledge::render {

namespace {

std::string ratio_text(double ratio) {
  char text[16];
  std::snprintf(text, sizeof text, "%.1f", ratio);
  return text;
}

// The colour of `value`, checked to carry the white text drawn on it.
Colour checked_colour(const IdentityText& value, std::string_view name, Colour text_on_it) {
  const Colour colour = colour_from_hex(value.text);
  const double ratio = contrast_ratio(colour, text_on_it);
  if (ratio < identity_minimum_contrast) {
    throw Error("colour " + std::string(name) + " '" + value.text + "' gives the white text drawn on it a " +
                    "contrast of " + ratio_text(ratio) +
                    ":1, less than the 4.5:1 WCAG AA asks; choose a darker shade",
                value.location, value.source_line);
  }
  return colour;
}

}  // namespace

IdentityStyle identity_style(const Identity& identity) {
  IdentityStyle style{palette(), palette().heading, {}};
  if (identity.primary)
    style.colours.heading = checked_colour(*identity.primary, "primary", style.colours.on_heading);
  style.accent = style.colours.heading;
  if (identity.accent)
    style.accent = checked_colour(*identity.accent, "accent", style.colours.on_heading);
  if (identity.organisation)
    style.footer_line = identity.organisation->text;
  if (identity.footer)
    style.footer_line += (style.footer_line.empty() ? "" : " · ") + identity.footer->text;
  return style;
}

std::pair<double, double> logo_box(const LogoImage& logo, double max_width, double max_height) {
  const double aspect = static_cast<double>(logo.width) / static_cast<double>(logo.height);
  double height = max_height;
  double width = height * aspect;
  if (width > max_width) {
    width = max_width;
    height = width / aspect;
  }
  return {width, height};
}

StructureElement logo_figure(StructureTree& tree, StructureElement parent, const Identity& identity) {
  std::string alt = identity.logo_alt       ? identity.logo_alt->text
                    : identity.organisation ? identity.organisation->text + " logo"
                                            : std::string("Logo");
  return tree.add(parent, Role::figure, {.alt = std::move(alt)});
}

void draw_logo_image(PdfDocument& document, Page& page, std::optional<StructureElement> figure,
                     const LogoImage& logo, double right, double top, double max_width, double max_height) {
  HPDF_Image image = nullptr;
  try {
    image = document.image(logo.bytes, logo.format == ImageFormat::png);
  } catch (const Error&) {
    throw Error("logo '" + logo.path.filename().string() + "' cannot be read as an image (its header says " +
                    (logo.format == ImageFormat::png ? "PNG" : "JPEG") +
                    " but the rest is damaged or of a kind PDF cannot hold); save it again as PNG or JPEG",
                logo.location);
  }
  // Not a structured binding: a lambda may not capture one before C++20, and clang-tidy's clang refuses it.
  const std::pair<double, double> box = logo_box(logo, max_width, max_height);
  auto draw = [&] { page.image(image, right - box.first, top, box.first, box.second); };
  if (figure)
    page.tagged(*figure, draw);
  else
    page.artifact(draw, ArtifactKind::pagination);
}

void draw_logo(PdfDocument& document, Page& page, StructureElement parent, const Identity& identity,
               double right, double top, double max_width, double max_height) {
  if (!identity.logo)
    return;
  const StructureElement figure = logo_figure(document.structure(), parent, identity);
  draw_logo_image(document, page, figure, *identity.logo, right, top, max_width, max_height);
}

void logo_on_first_page(PdfDocument& document, PageFlow& flow, const Identity& identity, double right,
                        double top_margin) {
  if (!identity.logo)
    return;
  const StructureElement figure =
      logo_figure(document.structure(), document.structure().document(), identity);
  const LogoImage& logo = *identity.logo;
  flow.draw([&document, figure, &logo, right, top_margin](Page& page) {
    draw_logo_image(document, page, figure, logo, right, 8, 160, top_margin - 14);
  });
}

std::string running_title(const IdentityStyle& style, const std::string& title) {
  return style.footer_line.empty() ? title : style.footer_line + "  ·  " + title;
}

}  // namespace pledge::render
