#include "render/leaflet.hpp"

#include <algorithm>
#include <variant>

#include "base/error.hpp"
#include "render/identity_style.hpp"
#include "render/layout.hpp"
#include "render/pdf_document.hpp"

namespace pledge::render {

namespace {

constexpr double smallest_size = 10;  // the leaflet is read in the hand: 10 pt at the least
constexpr double largest_size = 12;
constexpr double margin = 24;  // inside each panel, so folds get twice this

// The leaflet's fixed texts, in one place for a translation to replace.
struct LeafletTexts {
  std::string title = "Our pledge";
  std::string guide = "A guide for new staff";
  std::string pledge = "Our pledge to you";
  std::string asks = "What we ask of you";
  std::string who = "Who we care for";
  std::string everyone = "Everyone who uses our service.";
  std::string good_care =
      "Good care means different things to different people. We ask our customers what matters to them, and "
      "we listen to their compliments and complaints.";
  std::string why = "Why we have a pledge";
  std::string why_1 =
      "Our pledge tells the people who use our service, and their relatives and carers, exactly what to "
      "expect from us.";
  std::string why_2 =
      "We wrote it together as a team, from national quality standards, and every one of us has signed it.";
  std::string part = "Your part";
  std::string part_1 = "Read the pledge, talk it through with your team, and sign the poster on the wall.";
  std::string part_2 = "If you see care that falls short of it, speak up.";
  std::string contact = "Who to contact";
  std::string no_contact = "Ask your team leader or your clinical quality facilitator.";
  std::string feedback = "Feedback and concerns";
  std::string feedback_text =
      "Tell any member of the team what we did well or what we could do better. To raise a concern or make "
      "a complaint, ask to speak to the person in charge, or contact the Patient Advice and Liaison Service "
      "(PALS).";
};

const LeafletTexts& texts() {
  static const LeafletTexts leaflet_texts;
  return leaflet_texts;
}

// How the leaflet is folded: an A4 sheet in three, or A4 sheets folded in half into a booklet of A5 pages.
struct Form {
  int booklet_pages = 0;  // 0 for the tri-fold, else 4 or 8
  int statement_panels = 3;
  double panel_width = 0;
};

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
  LeafletLayout(const ResolvedPledge& pledge, PdfDocument& document, const IdentityStyle& style)
      : m_pledge(pledge), m_document(document), m_style(style) {
    m_height = page_width(PageSize::a4);
    use(Form{0, 3, page_height(PageSize::a4) / 3});
  }

  // A tri-fold when the pledge fits its three inside panels at 10 pt or more; otherwise a booklet of 4, then
  // 8, A5 pages rather than smaller text.
  Leaflet draw(const RenderOptions& options) {
    const double a5_width = page_height(PageSize::a4) / 2;
    for (const Form form :
         {Form{0, 3, page_height(PageSize::a4) / 3}, Form{4, 2, a5_width}, Form{8, 5, a5_width}}) {
      use(form);
      const auto size =
          largest_fitting_size(smallest_size, largest_size, [&](double s) { return flow(s).has_value(); });
      if (!size)
        continue;
      if (form.booklet_pages == 0)
        draw_tri_fold(*size, options);
      else
        draw_booklet(*size, options);
      return Leaflet{{}, *size, form.booklet_pages};
    }
    const std::string file = m_pledge.source_text ? m_pledge.source_text->name() : std::string();
    throw Error("the leaflet's " + std::to_string(m_pledge.statements.size()) +
                    " statements do not fit an 8-page booklet at 10 pt or larger; shorten or exclude "
                    "statements, or build the other documents with --only poster,checklist,worksheet",
                file.empty() ? std::nullopt : std::optional<Location>(Location{file, 0, 0}));
  }

 private:
  void use(const Form& form) {
    m_form = form;
    m_panel_width = form.panel_width;
    m_text_width = m_panel_width - 2 * margin;
  }

  // Read in this order, whatever order the sheet is printed in: the cover, the pledge inside, the flap
  // that explains it, and the back with whom to contact.
  struct Sections {
    StructureElement cover, pledge, flap, back;
  };
  Sections sections() {
    StructureTree& tree = m_document.structure();
    return {tree.add(tree.document(), Role::sect), tree.add(tree.document(), Role::sect),
            tree.add(tree.document(), Role::sect), tree.add(tree.document(), Role::sect)};
  }

  void draw_tri_fold(double size, const RenderOptions& options) {
    const Sections parts = sections();
    Page outside = m_document.add_page(PageSize::a4, Orientation::landscape);
    draw_flap(outside, 0, parts.flap);
    draw_back(outside, m_panel_width, options, parts.back);
    draw_cover(outside, 2 * m_panel_width, parts.cover);
    Page inside = m_document.add_page(PageSize::a4, Orientation::landscape);
    draw_inside({{&inside, 0}, {&inside, m_panel_width}, {&inside, 2 * m_panel_width}}, size, parts.pledge);
    // Fold marks, faint, at the top and bottom edges only.
    fold_marks(inside, {m_panel_width, 2 * m_panel_width});
  }

  // A booklet of A4 sheets printed on both sides, folded in half and nested: sheet s carries pages
  // n-2s and 1+2s on its front, 2+2s and n-1-2s on its back. Page 1 is the cover, the statements run from
  // page 2, the flap's texts are on the page before the back, and the back is the last page.
  void draw_booklet(double size, const RenderOptions& options) {
    const int n = m_form.booklet_pages;
    std::vector<Page> sides;
    std::vector<std::pair<int, double>> where(static_cast<std::size_t>(n) + 1);  // page -> side, left edge
    for (int sheet = 0; sheet < n / 4; ++sheet) {
      const int front = static_cast<int>(sides.size());
      sides.push_back(m_document.add_page(PageSize::a4, Orientation::landscape));
      sides.push_back(m_document.add_page(PageSize::a4, Orientation::landscape));
      where[static_cast<std::size_t>(n - 2 * sheet)] = {front, 0};
      where[static_cast<std::size_t>(1 + 2 * sheet)] = {front, m_panel_width};
      where[static_cast<std::size_t>(2 + 2 * sheet)] = {front + 1, 0};
      where[static_cast<std::size_t>(n - 1 - 2 * sheet)] = {front + 1, m_panel_width};
    }
    auto page = [&](int number) -> Page& {
      return sides[static_cast<std::size_t>(where[static_cast<std::size_t>(number)].first)];
    };
    auto left = [&](int number) { return where[static_cast<std::size_t>(number)].second; };
    const Sections parts = sections();
    draw_cover(page(1), left(1), parts.cover);
    std::vector<std::pair<Page*, double>> panels;
    for (int p = 2; p < 2 + m_form.statement_panels; ++p)
      panels.emplace_back(&page(p), left(p));
    draw_inside(panels, size, parts.pledge);
    if (n == 4) {
      const double y = draw_flap(page(4), left(4), parts.flap);
      draw_back(page(4), left(4), options, parts.back, y);
    } else {
      draw_flap(page(n - 1), left(n - 1), parts.flap);
      draw_back(page(n), left(n), options, parts.back);
    }
    for (auto& side : sides)
      fold_marks(side, {m_panel_width});
  }

  void fold_marks(Page& page, const std::vector<double>& folds) {
    const Palette& colours = m_style.colours;
    page.artifact([&] {
      for (const double x : folds) {
        page.line(x, 0, x, 8, colours.rule, 0.5);
        page.line(x, m_height - 8, x, m_height, colours.rule, 0.5);
      }
    });
  }

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
        const double indent = m_pledge.poster.numbers ? number_indent(size) : size;
        auto text = wrap_whole_words(m_document.regular(), statement.text, size, m_text_width - indent);
        if (!text)
          return {};
        Item item{g, false, std::move(*text), 0};
        item.height = count(item.lines.size()) * size * 1.25 + size * 0.6;
        out.push_back(std::move(item));
      }
    }
    if (m_pledge.asks.empty())
      return out;
    // What the service asks in return: a heading and items of its own, after the statements.
    const std::size_t asks = m_pledge.groups.size();
    auto title = wrap_whole_words(m_document.bold(), texts().asks, size * 1.1, m_text_width - 12);
    if (!title)
      return {};
    out.push_back(Item{asks, true, std::move(*title), 0});
    out.back().height = count(out.back().lines.size()) * size * 1.1 * 1.2 + 10 + size * 0.5;
    for (const auto& ask : m_pledge.asks) {
      auto text = wrap_whole_words(m_document.regular(), ask.text, size, m_text_width - size);
      if (!text)
        return {};
      out.push_back(Item{asks, false, std::move(*text), 0});
      out.back().height = count(out.back().lines.size()) * size * 1.25 + size * 0.6;
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
        if (panel == static_cast<std::size_t>(m_form.statement_panels) || top + needed > bottom)
          return std::nullopt;
      }
      placed.push_back({panel, top, &item});
      top += item.height;
    }
    return placed;
  }

  // "Our pledge to you" (H2), then each group's title (H3) and the list of its statements, numbered as on
  // the poster and the checklist unless the poster's numbers are off; then what the service asks in return.
  // `panels` are the page and left edge of each panel the statements flow down.
  void draw_inside(const std::vector<std::pair<Page*, double>>& panels, double size,
                   StructureElement section) {
    const Palette& colours = m_style.colours;
    StructureTree& tree = m_document.structure();
    const auto placed = *flow(size);
    Page& first = *panels.front().first;
    first.tagged(tree.add(section, Role::h2), [&] {
      first.text(panels.front().second + margin, margin + 18, m_document.bold(), 20, texts().pledge,
                 colours.heading);
    });
    StructureElement list{};
    std::size_t number = 0;
    for (const auto& p : placed) {
      Page& page = *panels[p.panel].first;
      const double x = panels[p.panel].second + margin;
      const Item& item = *p.item;
      const bool asks = item.group_index == m_pledge.groups.size();
      const Colour colour = asks ? m_style.accent : group_colour(item.group_index);
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
      const bool numbered = m_pledge.poster.numbers && !asks;
      const double indent = numbered ? number_indent(size) : size;
      ++number;
      page.tagged(tree.add(list_item, Role::lbl), [&] {
        if (numbered)
          page.text(x, p.top + size * 0.95, m_document.bold(), size, std::to_string(number) + ". ",
                    colours.ink);
        else
          page.fill_rect(x, p.top + size * 0.45, marker, marker, colour);
      });
      page.tagged(tree.add(list_item, Role::lbody), [&] {
        double baseline = p.top + size * 0.95;
        for (const auto& line : item.lines) {
          page.text_in_column(x + indent, m_text_width - indent, baseline, m_document.regular(), size, line,
                              colours.ink);
          baseline += size * 1.25;
        }
      });
    }
  }

  // Room for "36." before a statement.
  double number_indent(double size) const {
    return m_document.bold().width(std::to_string(m_pledge.statements.size()) + ".", size) + size * 0.4;
  }

  // Draws a heading (H2) and wrapped paragraphs down a panel, into `parent`; returns the y below them.
  double section(Page& page, StructureElement parent, double x, double top, std::string_view heading,
                 const std::vector<std::string>& paragraphs) {
    const Palette& colours = m_style.colours;
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

  // Who the pledge is for, why the team has one and the reader's part; returns the y below them.
  double draw_flap(Page& page, double left, StructureElement parent) {
    const LeafletTexts& t = texts();
    const double x = left + margin;
    double y = margin;
    y = section(page, parent, x, y, t.who,
                {m_pledge.audience.empty() ? t.everyone : m_pledge.audience, t.good_care});
    y = section(page, parent, x, y, t.why, {t.why_1, t.why_2});
    return section(page, parent, x, y, t.part, {t.part_1, t.part_2});
  }

  // Who to contact, how to give feedback or raise a concern, and at the foot the organisation, where the
  // statements come from and the edition.
  void draw_back(Page& page, double left, const RenderOptions& options, StructureElement parent,
                 double top = margin) {
    const Palette& colours = m_style.colours;
    const LeafletTexts& t = texts();
    const double x = left + margin;
    const double y = section(page, parent, x, top, t.contact,
                             {m_pledge.contact.empty() ? t.no_contact : m_pledge.contact});
    section(page, parent, x, y, t.feedback, {t.feedback_text});
    std::vector<std::string> lines;
    if (!m_style.footer_line.empty())
      lines = wrap_lines(m_document.regular(), m_style.footer_line, 7.5, m_text_width);
    for (auto& line : wrap_lines(m_document.regular(), sources_line(m_pledge), 7.5, m_text_width))
      lines.push_back(std::move(line));
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

  // The H1 ("Our pledge" and the service), what the leaflet is, and the list of the pledge's groups; the
  // organisation's logo top right, on a white ground as NHS logos are set.
  void draw_cover(Page& page, double left, StructureElement parent) {
    const Palette& colours = m_style.colours;
    const LeafletTexts& t = texts();
    StructureTree& tree = m_document.structure();
    page.artifact([&] { page.fill_rect(left, 0, m_panel_width, m_height, colours.heading); });
    if (m_pledge.identity.logo) {
      const std::pair<double, double> box = logo_box(*m_pledge.identity.logo, m_text_width * 0.6, 56);
      page.artifact([&] {
        page.fill_rect(left + m_panel_width - margin - box.first - 6, margin - 6, box.first + 12,
                       box.second + 12, colours.paper);
      });
      draw_logo(m_document, page, parent, m_pledge.identity, left + m_panel_width - margin, margin,
                m_text_width * 0.6, 56);
    }
    const double x = left + margin;
    double baseline = 150;
    page.tagged(tree.add(parent, Role::h1), [&] {
      page.text(x, baseline, m_document.bold(), 40, t.title + " ", colours.on_heading);
      baseline += 34;
      for (const auto& line : wrap_lines(m_document.bold(), m_pledge.service, 18, m_text_width)) {
        page.text_in_column(x, m_text_width, baseline, m_document.bold(), 18, line, colours.on_heading);
        baseline += 22;
      }
    });
    baseline += 8;
    page.tagged(tree.add(parent, Role::p),
                [&] { page.text(x, baseline, m_document.regular(), 12, t.guide, colours.on_heading); });
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
  const IdentityStyle& m_style;
  Form m_form;
  double m_panel_width = 0;
  double m_height = 0;
  double m_text_width = 0;
  std::vector<Item> m_items;
};

}  // namespace

Leaflet render_leaflet_with_layout(const ResolvedPledge& pledge, const RenderOptions& options) {
  const IdentityStyle style = identity_style(pledge.identity);
  Leaflet leaflet;
  std::string pdf = render_pdf(
      "leaflet", {"Our pledge (leaflet): " + pledge.service, pledge.service}, options,
      [&](PdfDocument& document) { leaflet = LeafletLayout(pledge, document, style).draw(options); });
  leaflet.pdf = std::move(pdf);
  return leaflet;
}

std::string render_leaflet(const ResolvedPledge& pledge, const RenderOptions& options) {
  return render_leaflet_with_layout(pledge, options).pdf;
}

}  // namespace pledge::render
