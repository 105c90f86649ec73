#pragma once

#include <string>

#include "model/identity.hpp"
#include "render/colour.hpp"
#include "render/page_flow.hpp"
#include "render/pdf_document.hpp"

namespace pledge::render {

// How an organisation's identity shows on a document: the house palette with the identity's primary colour
// for the header band, its accent for the signature and "what we ask of you" headings, and the organisation's
// name and footer for the footer. Without an identity, the house palette and no extra lines.
struct IdentityStyle {
  Palette colours;
  Colour accent;
  std::string footer_line;  // "Northshire NHS Trust · Printed by the Patient Experience team", or empty
};

// The least contrast the identity's colours must give the white text drawn on them: WCAG AA for body text.
inline constexpr double identity_minimum_contrast = 4.5;

// The style of `identity`. Throws Error at a colour's place if the white text drawn on it would have less
// contrast than identity_minimum_contrast.
IdentityStyle identity_style(const Identity& identity);

// The logo's box, at most `max_width` by `max_height`, its aspect ratio kept: {width, height}.
std::pair<double, double> logo_box(const LogoImage& logo, double max_width, double max_height);

// The logo's Figure, added to `parent` where it is read, with its text alternative (logo-alt, else
// "<organisation> logo", else "Logo").
StructureElement logo_figure(StructureTree& tree, StructureElement parent, const Identity& identity);

// Draws the logo into `figure` (or as an artifact, when it repeats, if `figure` is nothing) with its right
// edge at `right`, from `top`, inside the box logo_box gives. Throws Error at the logo's place if libharu
// cannot read the image.
void draw_logo_image(PdfDocument& document, Page& page, std::optional<StructureElement> figure,
                     const LogoImage& logo, double right, double top, double max_width, double max_height);

// Both: the logo, if the identity has one, read at this point of `parent`.
void draw_logo(PdfDocument& document, Page& page, StructureElement parent, const Identity& identity,
               double right, double top, double max_width, double max_height);

// For documents that run over pages: the logo at the top right of the first page, inside the top margin
// `top_margin` deep, read before what follows; nothing without a logo.
void logo_on_first_page(PdfDocument& document, PageFlow& flow, const Identity& identity, double right,
                        double top_margin);

// A running footer's title with the organisation and the identity's footer before it.
std::string running_title(const IdentityStyle& style, const std::string& title);

}  // namespace pledge::render
