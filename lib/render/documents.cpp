#include "render/documents.hpp"

#include <cstdio>

#include "model/fixed_text_lines.hpp"
#include "render/checklist.hpp"
#include "render/colour.hpp"
#include "render/fixed_text_files.hpp"
#include "render/large_print.hpp"
#include "render/layout.hpp"
#include "render/leaflet.hpp"
#include "render/poster.hpp"
#include "render/worksheet.hpp"
#include "report/pledge_html.hpp"

namespace pledge::render {

namespace {

// A document drawn from the pledge alone, with nothing to warn about.
template <std::string (*render)(const ResolvedPledge&, const RenderOptions&)>
std::string from_pledge(const ResolvedPledge& pledge, LibraryCatalog&, const RenderOptions& options,
                        std::vector<Diagnostic>&) {
  return render(pledge, options);
}

// The poster, with a warning when the fit search had to set its statements too small to read across a room.
std::string poster(const ResolvedPledge& pledge, LibraryCatalog&, const RenderOptions& options,
                   std::vector<Diagnostic>& warnings) {
  Poster poster = render_poster(pledge, options);
  const double comfortable = poster_comfortable_size * scale_from_a3(page_size_from_name(pledge.poster.size));
  if (poster.font_size < comfortable) {
    char size[32];
    std::snprintf(size, sizeof size, "%g", poster.font_size);
    const std::string sheets = poster.statement_sheets == 1 ? "one " + pledge.poster.size + " sheet"
                                                            : std::to_string(poster.statement_sheets) + " " +
                                                                  pledge.poster.size + " sheets";
    warnings.push_back({Location{pledge.source_text ? pledge.source_text->name() : std::string(), 0, 0},
                        "the poster's statements are set at " + std::string(size) + " pt to fit " + sheets +
                            ": readable close up, small from across a room; " +
                            (pledge.poster.size == "A2" ? "" : "a larger poster (poster: {size: A2}) or ") +
                            "shorter or fewer statements would allow larger text",
                        {}});
  }
  return std::move(poster.pdf);
}

std::string worksheet(const ResolvedPledge& pledge, LibraryCatalog& catalog, const RenderOptions& options,
                      std::vector<Diagnostic>&) {
  return render_worksheet(pledge, catalog, options);
}

// The web page: report's writer, with the PDFs' footer lines and group colours.
std::string html(const ResolvedPledge& pledge, LibraryCatalog&, const RenderOptions& options,
                 std::vector<Diagnostic>&) {
  report::PledgePage page{texts_of(pledge, options), {}, {}};
  for (const FixedTexts* texts : page.texts)
    page.about.push_back({texts->language(), sources_line(pledge, *texts), {}});
  for (const FixedTexts* texts : page.texts)
    page.about.push_back({texts->language(), edition_line(pledge, *texts, options.source_date_epoch), {}});
  for (std::size_t g = 0; g < pledge.groups.size(); ++g) {
    const Colour colour = group_colour(g);
    char hex[8];
    std::snprintf(hex, sizeof hex, "#%02X%02X%02X", colour.red, colour.green, colour.blue);
    page.group_colours.emplace_back(hex);
  }
  return report::pledge_html(pledge, page);
}

}  // namespace

const NameTable<Document>& documents() {
  static const NameTable<Document> table(
      "document",
      {
          {"poster", "poster.pdf", "the wall poster every member of staff signs", poster},
          {"leaflet", "leaflet.pdf", "the leaflet for new staff, folded in three",
           from_pledge<render_leaflet>},
          {"checklist", "checklist.pdf", "the evidence checklist for auditors",
           from_pledge<render_checklist>},
          {"worksheet", "worksheet.pdf",
           "the blank template for the team session: every statement, with keep, cross off and reword boxes",
           worksheet},
          {"large-print", "large-print.pdf",
           "the pledge in large print (16 pt and more, after RNIB's Clear Print guidance) on A4",
           from_pledge<render_large_print>},
          {"html", "pledge.html",
           "the pledge as one accessible, self-contained web page for a website or intranet", html},
      });
  return table;
}

}  // namespace pledge::render
