#include "render/leaflet.hpp"

#include <algorithm>
#include <variant>

#include "base/error.hpp"
#include "render/layout.hpp"
#include "render/pdf_document.hpp"

namespace pledge::render {

namespace {

constexpr double smallest_size = 8;
constexpr double largest_size = 12;
constexpr double margin = 24;  // inside each panel, so folds get twice this

// A group heading or a statement, as it flows through the inside panels.
struct Item {
  std::size_t group_index = 0;
  bool heading = false;
  std::vector<std::string> lines;
  double height = 0;
};

struct PlacedItem {
  std::size_t panel = 0;
  double top = 0;
  const Item* item = nullptr;
};

class LeafletLayout {
 public:
  LeafletLayout(const ResolvedPledge& pledge, PdfDocument& document)
      : m_pledge(pledge), m_document(document) {
    m_panel_width = page_height(PageSize::a4) / 3;
    m_height = page_width(PageSize::a4);
    m_text_width = m_panel_width - 2 * margin;
  }

  void draw(const RenderOptions& options) {
    const auto size =
        largest_fitting_size(smallest_size, largest_size, [&](double s) { return flow(s).has_value(); });
    if (!size) {
      const std::string file = m_pledge.source_text ? m_pledge.source_text->name() : std::string();
      throw Error("the leaflet's " + std::to_string(m_pledge.statements.size()) +
                      " statements do not fit its three inside panels at 8 pt or larger; shorten or exclude "
                      "statements, or build the other documents with --only poster,checklist,worksheet",
                  file.empty() ? std::nullopt : std::optional<Location>(Location{file, 0, 0}));
    }
    // Read in this order, whatever order the sheet is printed in: the cover, the pledge inside, the flap
    // that explains it, and the back with whom to contact.
    StructureTree& tree = m_document.structure();
    const StructureElement cover = tree.add(tree.document(), Role::sect);
    const StructureElement pledge = tree.add(tree.document(), Role::sect);
    const StructureElement flap = tree.add(tree.document(), Role::sect);
    const StructureElement back = tree.add(tree.document(), Role::sect);
    Page outside = m_document.add_page(PageSize::a4, Orientation::landscape);
    draw_flap(outside, 0, flap);
    draw_back(outside, m_panel_width, options, back);
    draw_cover(outside, 2 * m_panel_width, cover);
    Page inside = m_document.add_page(PageSize::a4, Orientation::landscape);
    draw_inside(inside, *size, pledge);
  }

 private:
  double heading_size() const { return 13; }

  std::vector<Item> items(double size) const {
    std::vector<Item> out;
    for (std::size_t g = 0; g < m_pledge.groups.size(); ++g) {
      Item heading{g, true, {}, 0};
      auto lines =
          wrap_whole_words(m_document.bold(), m_pledge.groups[g].title, size * 1.1, m_text_width - 12);
      if (!lines)
        return {};
      heading.lines = std::move(*lines);
      heading.height = count(heading.lines.size()) * size * 1.1 * 1.2 + 10 + size * 0.5;
      out.push_back(std::move(heading));
      for (const auto& statement : m_pledge.statements) {
        if (statement.group != m_pledge.groups[g].id)
          continue;
        auto text = wrap_whole_words(m_document.regular(), statement.text, size, m_text_width - size);
        if (!text)
          return {};
        Item item{g, false, std::move(*text), 0};
        item.height = count(item.lines.size()) * size * 1.25 + size * 0.6;
        out.push_back(std::move(item));
      }
    }
    return out;
  }

  // Where each item goes at `size`, or nothing if the three panels overflow.
  std::optional<std::vector<PlacedItem>> flow(double size) {
    m_items = items(size);
    if (m_items.empty() && !m_pledge.statements.empty())
      return std::nullopt;
    std::vector<PlacedItem> placed;
    std::size_t panel = 0;
    const double first_top = margin + 30;  // "Our pledge to you" heads the first panel
    double top = first_top;
    const double bottom = m_height - margin;
    for (std::size_t i = 0; i < m_items.size(); ++i) {
      const Item& item = m_items[i];
      // A heading stays with its first statement.
      const double needed =
          item.height + (item.heading && i + 1 < m_items.size() ? m_items[i + 1].height : 0);
      if (top + needed > bottom) {
        ++panel;
        top = margin;
        if (panel == 3 || top + needed > bottom)
          return std::nullopt;
      }
      placed.push_back({panel, top, &item});
      top += item.height;
    }
    return placed;
  }

  // "Our pledge to you" (H2), then each group's title (H3) and the list of its statements.
  void draw_inside(Page& page, double size, StructureElement section) {
    const Palette& colours = palette();
    StructureTree& tree = m_document.structure();
    const auto placed = *flow(size);
    page.tagged(tree.add(section, Role::h2), [&] {
      page.text(margin, margin + 18, m_document.bold(), 20, "Our pledge to you", colours.heading);
    });
    StructureElement list{};
    for (const auto& p : placed) {
      const double x = static_cast<double>(p.panel) * m_panel_width + margin;
      const Item& item = *p.item;
      const Colour colour = group_colour(item.group_index);
      if (item.heading) {
        const double h = item.height - size * 0.5;
        page.artifact([&] { page.fill_rect(x, p.top, m_text_width, h, colour); });
        page.tagged(tree.add(section, Role::h3), [&] {
          double baseline = p.top + 5;
          for (const auto& line : item.lines) {
            baseline += size * 1.1;
            page.text_in_column(x + 6, m_text_width - 12, baseline, m_document.bold(), size * 1.1, line,
                                colours.on_heading);
            baseline += size * 1.1 * 0.2;
          }
        });
        list = tree.add(section, Role::l);
        continue;
      }
      const StructureElement list_item = tree.add(list, Role::li);
      const double marker = size * 0.36;
      page.tagged(tree.add(list_item, Role::lbl),
                  [&] { page.fill_rect(x, p.top + size * 0.45, marker, marker, colour); });
      page.tagged(tree.add(list_item, Role::lbody), [&] {
        double baseline = p.top + size * 0.95;
        for (const auto& line : item.lines) {
          page.text_in_column(x + size, m_text_width - size, baseline, m_document.regular(), size, line,
                              colours.ink);
          baseline += size * 1.25;
        }
      });
    }
    // Fold marks, faint, at the top and bottom edges only.
    page.artifact([&] {
      for (int fold = 1; fold <= 2; ++fold) {
        const double x = fold * m_panel_width;
        page.line(x, 0, x, 8, colours.rule, 0.5);
        page.line(x, m_height - 8, x, m_height, colours.rule, 0.5);
      }
    });
  }

  // Draws a heading and wrapped paragraphs down a panel; returns the y below them.
  // Draws a heading (H2) and wrapped paragraphs down a panel, into `parent`; returns the y below them.
  double section(Page& page, StructureElement parent, double x, double top, std::string_view heading,
                 const std::vector<std::string>& paragraphs) {
    const Palette& colours = palette();
    StructureTree& tree = m_document.structure();
    double baseline = top + heading_size();
    page.tagged(tree.add(parent, Role::h2), [&] {
      for (const auto& line : wrap_lines(m_document.bold(), heading, heading_size(), m_text_width)) {
        page.text_in_column(x, m_text_width, baseline, m_document.bold(), heading_size(), line,
                            colours.heading);
        baseline += heading_size() * 1.25;
      }
    });
    baseline += 3;
    for (const auto& paragraph : paragraphs) {
      page.tagged(tree.add(parent, Role::p), [&] {
        for (const auto& line : wrap_lines(m_document.regular(), paragraph, 10, m_text_width)) {
          page.text_in_column(x, m_text_width, baseline, m_document.regular(), 10, line, colours.ink);
          baseline += 13.5;
        }
      });
      baseline += 5;
    }
    return baseline + 10;
  }

  void draw_flap(Page& page, double left, StructureElement parent) {
    const double x = left + margin;
    double y = margin;
    y = section(
        page, parent, x, y, "Who we care for",
        {m_pledge.audience.empty() ? "Everyone who uses our service." : m_pledge.audience,
         "Good care means different things to different people. We ask our customers what matters to them, "
         "and we listen to their compliments and complaints."});
    y = section(
        page, parent, x, y, "Why we have a pledge",
        {"Our pledge tells the people who use our service, and their relatives and carers, exactly what "
         "to expect from us.",
         "We wrote it together as a team, from national quality standards, and every one of us has signed "
         "it."});
    section(page, parent, x, y, "Your part",
            {"Read the pledge, talk it through with your team, and sign the poster on the wall.",
             "If you see care that falls short of it, speak up."});
  }

  void draw_back(Page& page, double left, const RenderOptions& options, StructureElement parent) {
    const Palette& colours = palette();
    const double x = left + margin;
    section(page, parent, x, margin, "Who to contact",
            {m_pledge.contact.empty() ? "Ask your team leader or your clinical quality facilitator."
                                      : m_pledge.contact});
    std::vector<std::string> lines =
        wrap_lines(m_document.regular(), sources_line(m_pledge), 7.5, m_text_width);
    for (auto& line : wrap_lines(m_document.regular(), edition_line(m_pledge, options), 7.5, m_text_width))
      lines.push_back(std::move(line));
    double baseline = m_height - margin - static_cast<double>(lines.size() - 1) * 10;
    page.tagged(m_document.structure().add(parent, Role::p), [&] {
      for (const auto& line : lines) {
        page.text_in_column(x, m_text_width, baseline, m_document.regular(), 7.5, line, colours.muted_ink);
        baseline += 10;
      }
    });
  }

  // The H1 ("Our pledge" and the service), what the leaflet is, and the list of the pledge's groups.
  void draw_cover(Page& page, double left, StructureElement parent) {
    const Palette& colours = palette();
    StructureTree& tree = m_document.structure();
    page.artifact([&] { page.fill_rect(left, 0, m_panel_width, m_height, colours.heading); });
    const double x = left + margin;
    double baseline = 150;
    page.tagged(tree.add(parent, Role::h1), [&] {
      page.text(x, baseline, m_document.bold(), 40, "Our pledge ", colours.on_heading);
      baseline += 34;
      for (const auto& line : wrap_lines(m_document.bold(), m_pledge.service, 18, m_text_width)) {
        page.text_in_column(x, m_text_width, baseline, m_document.bold(), 18, line, colours.on_heading);
        baseline += 22;
      }
    });
    baseline += 8;
    page.tagged(tree.add(parent, Role::p), [&] {
      page.text(x, baseline, m_document.regular(), 12, "A guide for new staff", colours.on_heading);
    });
    // Our values, as the groups of the pledge, at the foot of the cover.
    const StructureElement values = tree.add(parent, Role::l);
    double y = m_height - margin - static_cast<double>(m_pledge.groups.size()) * 20;
    for (std::size_t g = 0; g < m_pledge.groups.size(); ++g) {
      const StructureElement item = tree.add(values, Role::li);
      page.tagged(tree.add(item, Role::lbl), [&] {
        page.fill_rect(x, y - 8, 8, 8,
                       group_colour(g) == colours.heading ? colours.on_heading : tint(group_colour(g), 0.5));
      });
      page.tagged(tree.add(item, Role::lbody), [&] {
        page.text(x + 14, y, m_document.regular(), 11, m_pledge.groups[g].title, colours.on_heading);
      });
      y += 20;
    }
  }

  const ResolvedPledge& m_pledge;
  PdfDocument& m_document;
  double m_panel_width = 0;
  double m_height = 0;
  double m_text_width = 0;
  std::vector<Item> m_items;
};

}  // namespace

std::string render_leaflet(const ResolvedPledge& pledge, const RenderOptions& options) {
  return render_pdf("leaflet", {"Our pledge (leaflet): " + pledge.service, pledge.service}, options,
                    [&](PdfDocument& document) { LeafletLayout(pledge, document).draw(options); });
}

}  // namespace pledge::render
