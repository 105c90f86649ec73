#include "render/leaflet.hpp"

#include <algorithm>
#include <variant>

#include "base/error.hpp"
#include "model/fixed_text_lines.hpp"
#include "render/fixed_text_files.hpp"
#include "render/identity_style.hpp"
#include "render/layout.hpp"
#include "render/pdf_document.hpp"
#include "render/pledge_layout.hpp"

namespace pledge::render {

namespace {

constexpr double smallest_size = 10;  // the leaflet is read in the hand: 10 pt at the least
constexpr double largest_size = 12;
constexpr double margin = 24;  // inside each panel, so folds get twice this
constexpr double panel_text_size = 10;
constexpr double footer_size = 7.5;

// How the leaflet is folded: an A4 sheet in three, or A4 sheets folded in half into a booklet of A5 pages.
struct Form {
  int booklet_pages = 0;  // 0 for the tri-fold, else 4 or 8
  int statement_panels = 3;
  double panel_width = 0;
};

// A text in one language, wrapped.
struct LanguageLines {
  std::string language;
  std::vector<std::string> lines;
};

// A group heading or a statement, as it flows through the inside panels: its text in each of the leaflet's
// languages, the first first, one after the other at one size.
struct Item {
  std::size_t group_index = 0;
  bool heading = false;
  std::vector<LanguageLines> texts;
  double height = 0;
};

struct PlacedItem {
  std::size_t panel = 0;
  double top = 0;
  const Item* item = nullptr;
};

// A heading and its paragraphs on the flap or the back ("Who to contact"), each in every language it is
// written in: the leaflet's own texts in each of its languages, the service's in those it gives.
struct PanelSection {
  std::vector<LanguageText> heading;
  std::vector<std::vector<LanguageText>> paragraphs;
};

// Where the flap's and the back's sections go: down the columns of the outside panels, in order.
struct PlacedSection {
  std::size_t column = 0;
  double top = 0;
};

class LeafletLayout : PledgeLayout {
 public:
  LeafletLayout(const ResolvedPledge& pledge, PdfDocument& document, const RenderOptions& options)
      : PledgeLayout(pledge, document, options) {
    m_height = page_width(PageSize::a4);
    use(Form{0, 3, page_height(PageSize::a4) / 3});
  }

  // A tri-fold when the pledge fits its three inside panels at 10 pt or more, and the flap's and back's texts
  // fit theirs; otherwise a booklet of 4, then 8, A5 pages rather than smaller text.
  Leaflet draw() {
    const double a5_width = page_height(PageSize::a4) / 2;
    bool statements_fit = false;
    for (const Form form :
         {Form{0, 3, page_height(PageSize::a4) / 3}, Form{4, 2, a5_width}, Form{8, 5, a5_width}}) {
      use(form);
      const auto size =
          largest_fitting_size(smallest_size, largest_size, [&](double s) { return flow(s).has_value(); });
      if (!size)
        continue;
      statements_fit = true;
      const auto outside = place_outside();
      if (!outside)
        continue;
      if (form.booklet_pages == 0)
        draw_tri_fold(*size, *outside);
      else
        draw_booklet(*size, *outside);
      return Leaflet{{}, *size, form.booklet_pages};
    }
    const std::string file = m_pledge.source_text ? m_pledge.source_text->name() : std::string();
    const auto where = file.empty() ? std::nullopt : std::optional<Location>(Location{file, 0, 0});
    if (statements_fit) {
      throw Error(
          "the leaflet's panel texts (who the pledge is for, why, your part, who to contact, "
          "feedback) do not fit an 8-page booklet at 10 pt; shorten the texts of its 'leaflet:' "
          "section or its 'contact:', or build the other documents with --only "
          "poster,checklist,worksheet",
          where);
    }
    throw Error("the leaflet's " + std::to_string(m_pledge.statements.size()) +
                    " statements do not fit an 8-page booklet at 10 pt or larger; shorten or exclude "
                    "statements, or build the other documents with --only poster,checklist,worksheet",
                where);
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

  // The outside columns of the form, as (page, left edge), where the flap's sections and then the back's
  // flow; the last also carries the footer. `back` is the column the back's sections start in.
  struct Columns {
    std::vector<std::pair<Page*, double>> columns;
    std::size_t back = 0;
  };

  void draw_tri_fold(double size, const std::vector<PlacedSection>& outside) {
    const Sections parts = sections();
    Page page_outside = m_document.add_page(PageSize::a4, Orientation::landscape);
    draw_outside({{{&page_outside, 0}, {&page_outside, m_panel_width}}, 1}, outside, parts);
    draw_cover(page_outside, 2 * m_panel_width, parts.cover);
    Page inside = m_document.add_page(PageSize::a4, Orientation::landscape);
    draw_inside({{&inside, 0}, {&inside, m_panel_width}, {&inside, 2 * m_panel_width}}, size, parts.pledge);
    // Fold marks, faint, at the top and bottom edges only.
    fold_marks(inside, {m_panel_width, 2 * m_panel_width});
  }

  // A booklet of A4 sheets printed on both sides, folded in half and nested: sheet s carries pages
  // n-2s and 1+2s on its front, 2+2s and n-1-2s on its back. Page 1 is the cover, the statements run from
  // page 2, the flap's texts are on the page before the back, and the back is the last page.
  void draw_booklet(double size, const std::vector<PlacedSection>& outside) {
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
    if (n == 4)
      draw_outside({{{&page(4), left(4)}}, 0}, outside, parts);
    else
      draw_outside({{{&page(n - 1), left(n - 1)}, {&page(n), left(n)}}, 1}, outside, parts);
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

  // A text the service file writes once, in its own language (the audience, the contact).
  std::vector<LanguageText> written_once(const std::string& text) const {
    const std::string language =
        m_pledge.service_file ? m_pledge.service_file->language : m_texts.front()->language();
    return {{language, text, {}}};
  }

  // `texts` wrapped to `width`, each language's in turn; nothing if a word is wider than the line. Each
  // language's last line ends with a space when there are several, so that they read back apart.
  std::optional<std::vector<LanguageLines>> wrapped(const Face& face, const std::vector<LanguageText>& texts,
                                                    double size, double width) const {
    std::vector<LanguageLines> out;
    for (const LanguageText& text : texts) {
      auto lines = wrap_whole_words(face, text.text, size, width);
      if (!lines)
        return std::nullopt;
      if (texts.size() > 1 && !lines->empty() && !lines->back().ends_with(' '))
        lines->back() += ' ';
      out.push_back({text.language, std::move(*lines)});
    }
    return out;
  }

  static double line_count(const std::vector<LanguageLines>& texts) {
    std::size_t n = 0;
    for (const LanguageLines& text : texts)
      n += text.lines.size();
    return count(n);
  }

  // A heading in its box: `lines` lines in all, of every language, one after the other.
  static double heading_height(double lines, double size) {
    return lines * size * 1.1 * 1.2 + 10 + size * 0.5;
  }

  // A statement or ask: `lines` lines in all, each of its `languages` languages' a little apart.
  static double item_height(double lines, std::size_t languages, double size) {
    return lines * size * 1.25 + count(languages - 1) * size * 0.35 + size * 0.6;
  }

  // A heading (wrapped at 1.1 times `size`) or a statement or ask of `texts`, wrapped to `width`; its lines
  // only `with_lines`, to draw it, else its height alone, from its lines counted, for the fit search's trial
  // sizes; nothing if a word is wider than the line.
  std::optional<Item> item(std::size_t g, bool heading, const Face& face,
                           const std::vector<LanguageText>& texts, double size, double width,
                           bool with_lines) const {
    const double text_size = heading ? size * 1.1 : size;
    Item out{g, heading, {}, 0};
    double lines = 0;
    if (with_lines) {
      auto wrapped_texts = wrapped(face, texts, text_size, width);
      if (!wrapped_texts)
        return std::nullopt;
      out.texts = std::move(*wrapped_texts);
      lines = line_count(out.texts);
    } else {
      std::size_t counted = 0;
      for (const LanguageText& text : texts) {
        const auto n = whole_word_line_count(face, text.text, text_size, width);
        if (!n)
          return std::nullopt;
        counted += *n;
      }
      lines = count(counted);
    }
    out.height = heading ? heading_height(lines, size) : item_height(lines, texts.size(), size);
    return out;
  }

  // Every group's heading and statements, then the asks' heading and asks, at `size` (see item); none if a
  // word does not fit.
  std::vector<Item> items(double size, bool with_lines) const {
    std::vector<Item> out;
    const auto add = [&](std::optional<Item> item) {
      if (item)
        out.push_back(std::move(*item));
      return item.has_value();
    };
    for (std::size_t g = 0; g < m_pledge.groups.size(); ++g) {
      const ResolvedGroup& group = m_pledge.groups[g];
      if (!add(item(g, true, m_document.bold(), texts_or(group.titles, group.title), size, m_text_width - 12,
                    with_lines)))
        return {};
      for (const auto& statement : m_pledge.statements) {
        if (statement.group != group.id)
          continue;
        const double indent = m_pledge.poster.numbers ? number_indent(size) : size;
        if (!add(item(g, false, m_document.regular(), texts_or(statement.texts, statement.text), size,
                      m_text_width - indent, with_lines)))
          return {};
      }
    }
    if (m_pledge.asks.empty())
      return out;
    // What the service asks in return: a heading and items of its own, after the statements.
    const std::size_t asks = m_pledge.groups.size();
    if (!add(item(asks, true, m_document.bold(), fixed("what-we-ask-of-you"), size, m_text_width - 12,
                  with_lines)))
      return {};
    for (const auto& ask : m_pledge.asks)
      if (!add(item(asks, false, m_document.regular(), texts_or(ask.texts, ask.text), size,
                    m_text_width - size, with_lines)))
        return {};
    return out;
  }

  // The top of the first panel's first item, below "Our pledge to you" in each language.
  double first_top() const { return margin + 30 + count(m_texts.size() - 1) * 24; }

  // Where each item goes at `size`, or nothing if the statement panels overflow; the items' lines only
  // `with_lines` (see item).
  std::optional<std::vector<PlacedItem>> flow(double size, bool with_lines = false) {
    m_items = items(size, with_lines);
    if (m_items.empty() && !m_pledge.statements.empty())
      return std::nullopt;
    std::vector<PlacedItem> placed;
    std::size_t panel = 0;
    double top = first_top();
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

  // The element a text in `language` is tagged to inside `element`: `element` itself when it is the only
  // text, else a P of its own carrying its /Lang (none for the first language).
  StructureElement part(StructureElement element, const std::string& language, std::size_t texts) {
    if (texts == 1)
      return element;
    return m_document.structure().add(element, Role::p, {.lang = other_lang(language)});
  }

  // An element of `role` for `texts`: tagged with the language of its one text where that is not the
  // document's.
  StructureElement element_for(StructureElement parent, Role role, const std::vector<LanguageLines>& texts) {
    return m_document.structure().add(parent, role,
                                      {.lang = texts.size() == 1 ? other_lang(texts.front().language) : ""});
  }

  // "Our pledge to you" (H2), then each group's title (H3) and the list of its statements, numbered as on
  // the poster and the checklist unless the poster's numbers are off; then what the service asks in return.
  // `panels` are the page and left edge of each panel the statements flow down.
  void draw_inside(const std::vector<std::pair<Page*, double>>& panels, double size,
                   StructureElement section) {
    const Palette& colours = m_style.colours;
    StructureTree& tree = m_document.structure();
    const auto placed = *flow(size, true);
    Page& first = *panels.front().first;
    const std::vector<LanguageText> pledge = fixed("our-pledge-to-you");
    const StructureElement heading = tree.add(section, Role::h2);
    double baseline = margin + 18;
    for (const LanguageText& text : pledge) {
      const std::string line = pledge.size() > 1 ? text.text + " " : text.text;
      first.tagged(part(heading, text.language, pledge.size()), [&] {
        first.text(panels.front().second + margin, baseline, m_document.bold(), 20, line, colours.heading);
      });
      baseline += 24;
    }
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
        const StructureElement title = element_for(section, Role::h3, item.texts);
        double line_baseline = p.top + 5;
        for (const LanguageLines& text : item.texts) {
          page.tagged(part(title, text.language, item.texts.size()), [&] {
            for (const auto& line : text.lines) {
              line_baseline += size * 1.1;
              page.text_in_column(x + 6, m_text_width - 12, line_baseline, m_document.bold(), size * 1.1,
                                  line, colours.on_heading);
              line_baseline += size * 1.1 * 0.2;
            }
          });
        }
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
      const StructureElement body = element_for(list_item, Role::lbody, item.texts);
      double line_baseline = p.top + size * 0.95;
      for (const LanguageLines& text : item.texts) {
        page.tagged(part(body, text.language, item.texts.size()), [&] {
          for (const auto& line : text.lines) {
            page.text_in_column(x + indent, m_text_width - indent, line_baseline, m_document.regular(), size,
                                line, colours.ink);
            line_baseline += size * 1.25;
          }
        });
        line_baseline += size * 0.35;
      }
    }
  }

  // Room for "36." before a statement.
  double number_indent(double size) const {
    return m_document.bold().width(std::to_string(m_pledge.statements.size()) + ".", size) + size * 0.4;
  }

  // --- The flap and the back ---

  // The heading of `panel`: the service's, or the leaflet's own (`key`) in each language.
  std::vector<LanguageText> panel_heading(std::string_view panel, std::string_view key) const {
    if (const ResolvedLeafletText* text = leaflet_text(m_pledge, panel, "heading"))
      return text->texts;
    return fixed(key);
  }

  // The paragraphs of `panel`: the service's text, or the leaflet's own.
  std::vector<std::vector<LanguageText>> panel_text(std::string_view panel,
                                                    std::vector<std::vector<LanguageText>> own) const {
    if (const ResolvedLeafletText* text = leaflet_text(m_pledge, panel, "text"))
      return {text->texts};
    return own;
  }

  // The flap's sections (who the pledge is for, why the team has one, the reader's part), then the back's
  // (who to contact, how to give feedback or raise a concern).
  std::vector<PanelSection> panel_sections() const {
    std::vector<PanelSection> out;
    out.push_back({panel_heading("who", "who-we-care-for"),
                   panel_text("who", {m_pledge.audience.empty() ? fixed("everyone-who-uses-our-service")
                                                                : written_once(m_pledge.audience),
                                      fixed("good-care-means")})});
    out.push_back({panel_heading("why", "why-we-have-a-pledge"),
                   panel_text("why", {fixed("our-pledge-tells"), fixed("we-wrote-it-together")})});
    out.push_back({panel_heading("your-part", "your-part"),
                   panel_text("your-part", {fixed("read-the-pledge"), fixed("speak-up")})});
    out.push_back({panel_heading("contact", "who-to-contact"),
                   panel_text("contact", {m_pledge.contact.empty() ? fixed("ask-your-team-leader")
                                                                   : written_once(m_pledge.contact)})});
    out.push_back({panel_heading("feedback", "feedback-and-concerns"),
                   panel_text("feedback", {fixed("how-to-give-feedback")})});
    return out;
  }
  static constexpr std::size_t back_sections_from = 3;  // contact and feedback are on the back

  // Draws (or, without a page, measures) a heading (H2) and wrapped paragraphs down a panel, into `parent`;
  // returns the y below them. Each paragraph is followed by its translations, a little closer than the next
  // paragraph.
  double section(Page* page, StructureElement parent, double x, double top, const PanelSection& section) {
    const Palette& colours = m_style.colours;
    StructureTree& tree = m_document.structure();
    double baseline = top + heading_size();
    const std::size_t headings = section.heading.size();
    StructureElement heading{};
    if (page) {
      heading = tree.add(parent, Role::h2,
                         {.lang = headings == 1 ? other_lang(section.heading.front().language) : ""});
    }
    for (const LanguageText& text : section.heading) {
      std::vector<std::string> lines = wrap_lines(m_document.bold(), text.text, heading_size(), m_text_width);
      if (headings > 1 && !lines.empty() && !lines.back().ends_with(' '))
        lines.back() += ' ';
      auto draw = [&] {
        for (const auto& line : lines) {
          if (page) {
            page->text_in_column(x, m_text_width, baseline, m_document.bold(), heading_size(), line,
                                 colours.heading);
          }
          baseline += heading_size() * 1.25;
        }
      };
      if (page)
        page->tagged(part(heading, text.language, headings), draw);
      else
        draw();
    }
    baseline += 3;
    for (const auto& paragraph : section.paragraphs) {
      for (std::size_t i = 0; i < paragraph.size(); ++i) {
        const LanguageText& text = paragraph[i];
        const std::vector<std::string> lines =
            wrap_lines(m_document.regular(), text.text, panel_text_size, m_text_width);
        auto draw = [&] {
          for (const auto& line : lines) {
            if (page) {
              page->text_in_column(x, m_text_width, baseline, m_document.regular(), panel_text_size, line,
                                   colours.ink);
            }
            baseline += 13.5;
          }
        };
        if (page)
          page->tagged(tree.add(parent, Role::p, {.lang = other_lang(text.language)}), draw);
        else
          draw();
        baseline += i + 1 < paragraph.size() ? 2 : 5;
      }
    }
    return baseline + 10;
  }

  // The lines at the foot of the back: the organisation, where the statements come from and the edition, in
  // each language.
  std::vector<LanguageLines> footer_lines() const {
    std::vector<LanguageLines> out;
    if (!m_style.footer_line.empty())
      out.push_back({m_texts.front()->language(),
                     wrap_lines(m_document.regular(), m_style.footer_line, footer_size, m_text_width)});
    for (const FixedTexts* texts : m_texts) {
      const std::string sources = sources_line(m_pledge, *texts);
      out.push_back(
          {texts->language(), wrap_lines(m_document.regular(), sources, footer_size, m_text_width)});
    }
    for (const FixedTexts* texts : m_texts) {
      const std::string edition = edition_line(m_pledge, *texts, m_options.source_date_epoch);
      out.push_back(
          {texts->language(), wrap_lines(m_document.regular(), edition, footer_size, m_text_width)});
    }
    return out;
  }

  // Where the flap's and the back's sections go in the form's outside columns, or nothing if they do not
  // fit. Each section goes down its column, or at the top of the next when the column is full; the back's
  // start on the back's column; the last column keeps room for the footer at its foot.
  std::optional<std::vector<PlacedSection>> place_outside() {
    const std::size_t columns = m_form.booklet_pages == 4 ? 1 : 2;
    const std::size_t back = columns - 1;
    const double footer_top = m_height - margin - (line_count(footer_lines()) - 1) * 10 - footer_size;
    std::vector<PlacedSection> placed;
    std::size_t column = 0;
    double top = margin;
    for (const PanelSection& s : panel_sections()) {
      if (placed.size() == back_sections_from && column < back) {
        column = back;
        top = margin;
      }
      const auto bottom = [&] { return column + 1 == columns ? footer_top - 8 : m_height - margin; };
      // The y below the section drawn at `top`; its last line's descenders end about 25 pt above it.
      double end = section(nullptr, {}, 0, top, s);
      if (end - 25 > bottom()) {
        if (column + 1 == columns)
          return std::nullopt;
        ++column;
        top = margin;
        end = section(nullptr, {}, 0, top, s);
        if (end - 25 > bottom())
          return std::nullopt;
      }
      placed.push_back({column, top});
      top = end;
    }
    return placed;
  }

  // The flap's and the back's sections where place_outside put them, and the footer at the foot of the last
  // column.
  void draw_outside(const Columns& columns, const std::vector<PlacedSection>& placed, const Sections& parts) {
    const std::vector<PanelSection> all = panel_sections();
    for (std::size_t i = 0; i < all.size(); ++i) {
      const auto& [page, left] = columns.columns[placed[i].column];
      section(page, i < back_sections_from ? parts.flap : parts.back, left + margin, placed[i].top, all[i]);
    }
    Page* page = columns.columns.back().first;
    const std::vector<LanguageLines> footer = footer_lines();
    const double x = columns.columns.back().second + margin;
    double baseline = m_height - margin - (line_count(footer) - 1) * 10;
    auto draw = [&](const std::vector<std::string>& lines) {
      for (const auto& line : lines) {
        page->text_in_column(x, m_text_width, baseline, m_document.regular(), footer_size, line,
                             m_style.colours.muted_ink);
        baseline += 10;
      }
    };
    StructureTree& tree = m_document.structure();
    const StructureElement paragraph = tree.add(parts.back, Role::p);
    if (m_texts.size() == 1) {
      std::vector<std::string> lines;
      for (const LanguageLines& text : footer)
        lines.insert(lines.end(), text.lines.begin(), text.lines.end());
      page->tagged(paragraph, [&] { draw(lines); });
      return;
    }
    // Each line in its language, read apart from the next.
    for (LanguageLines text : footer) {
      if (text.lines.empty())
        continue;
      if (!text.lines.back().ends_with(' '))
        text.lines.back() += ' ';
      page->tagged(tree.add(paragraph, Role::p, {.lang = other_lang(text.language)}),
                   [&] { draw(text.lines); });
    }
  }

  // --- The cover ---

  // The H1 ("Our pledge" in each language, and the service), what the leaflet is, and the list of the
  // pledge's groups; the organisation's logo top right, on a white ground as NHS logos are set.
  void draw_cover(Page& page, double left, StructureElement parent) {
    const Palette& colours = m_style.colours;
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
    const bool several = m_texts.size() > 1;
    const std::vector<LanguageText> title = fixed("our-pledge");
    // "Our pledge" at 40 pt; every language at one size, smaller if one is too wide for the panel.
    double title_size = 40;
    for (const LanguageText& text : title)
      title_size = std::min(title_size, 40 * m_text_width / m_document.bold().width(text.text, 40));
    double baseline = 150;
    const StructureElement heading = tree.add(parent, Role::h1);
    auto service = [&] {
      for (const auto& line : wrap_lines(m_document.bold(), m_pledge.service, 18, m_text_width)) {
        page.text_in_column(x, m_text_width, baseline, m_document.bold(), 18, line, colours.on_heading);
        baseline += 22;
      }
    };
    if (!several) {
      page.tagged(heading, [&] {
        page.text(x, baseline, m_document.bold(), title_size, title.front().text + " ", colours.on_heading);
        baseline += 34 * title_size / 40;
        service();
      });
    } else {
      for (std::size_t i = 0; i < title.size(); ++i) {
        page.tagged(part(heading, title[i].language, title.size()), [&] {
          page.text(x, baseline, m_document.bold(), title_size, title[i].text + " ", colours.on_heading);
        });
        baseline += i + 1 < title.size() ? title_size * 1.1 : 34 * title_size / 40;
      }
      page.tagged(tree.add(heading, Role::p), service);
    }
    baseline += 8;
    for (const LanguageText& text : fixed("a-guide-for-new-staff")) {
      page.tagged(tree.add(parent, Role::p, {.lang = other_lang(text.language)}),
                  [&] { page.text(x, baseline, m_document.regular(), 12, text.text, colours.on_heading); });
      baseline += 16;
    }
    // Our values, as the groups of the pledge, at the foot of the cover.
    const StructureElement values = tree.add(parent, Role::l);
    const double per_group = 20 + count(m_texts.size() - 1) * 14;
    double y = m_height - margin - static_cast<double>(m_pledge.groups.size()) * per_group;
    for (std::size_t g = 0; g < m_pledge.groups.size(); ++g) {
      const ResolvedGroup& group = m_pledge.groups[g];
      const StructureElement item = tree.add(values, Role::li);
      page.tagged(tree.add(item, Role::lbl), [&] {
        page.fill_rect(x, y - 8, 8, 8,
                       group_colour(g) == colours.heading ? colours.on_heading : tint(group_colour(g), 0.5));
      });
      const std::vector<LanguageText> titles = texts_or(group.titles, group.title);
      const StructureElement body = tree.add(item, Role::lbody);
      double line_y = y;
      for (const LanguageText& text : titles) {
        page.tagged(part(body, text.language, titles.size()), [&] {
          page.text(x + 14, line_y, m_document.regular(), 11, titles.size() > 1 ? text.text + " " : text.text,
                    colours.on_heading);
        });
        line_y += 14;
      }
      y += per_group;
    }
  }

  Form m_form;
  double m_panel_width = 0;
  double m_height = 0;
  double m_text_width = 0;
  std::vector<Item> m_items;
};

}  // namespace

Leaflet render_leaflet_with_layout(const ResolvedPledge& pledge, const RenderOptions& options) {
  Leaflet leaflet;
  std::string pdf =
      render_pdf("leaflet", pledge_document_info(pledge, options, "our-pledge-leaflet"), options,
                 [&](PdfDocument& document) { leaflet = LeafletLayout(pledge, document, options).draw(); });
  leaflet.pdf = std::move(pdf);
  return leaflet;
}

std::string render_leaflet(const ResolvedPledge& pledge, const RenderOptions& options) {
  return render_leaflet_with_layout(pledge, options).pdf;
}

}  // namespace pledge::render
