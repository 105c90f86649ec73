#include "render/poster.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "base/error.hpp"
#include "render/layout.hpp"
#include "render/pdf_document.hpp"

namespace pledge::render {

namespace {

constexpr double maximum_on_a3 = 30;

// One statement, wrapped for a column.
struct StatementBox {
  std::vector<std::string> lines;
  double height = 0;
};

// One group's coloured panel at a given size.
struct Panel {
  std::size_t group_index = 0;
  std::vector<std::string> title_lines;
  std::vector<std::vector<StatementBox>> columns;
  double title_height = 0;
  double height = 0;
  double x = 0;
  double top = 0;
  double width = 0;
  double column_width = 0;  // of the statement columns
};

enum class Arrangement { stacked, side_by_side };

// Splits heights into `count` consecutive columns, minimising the tallest; returns the start of each column.
std::vector<std::size_t> balance(const std::vector<double>& heights, double gap, int count) {
  const std::size_t n = heights.size();
  auto span = [&](std::size_t from, std::size_t to) {
    double sum = 0;
    for (std::size_t i = from; i < to; ++i)
      sum += heights[i] + (i > from ? gap : 0);
    return sum;
  };
  std::vector<std::size_t> best{0};
  if (count <= 1 || n <= 1)
    return best;
  double best_height = std::numeric_limits<double>::max();
  if (count == 2) {
    for (std::size_t a = 1; a < n; ++a) {
      const double h = std::max(span(0, a), span(a, n));
      if (h < best_height) {
        best_height = h;
        best = {0, a};
      }
    }
    return best;
  }
  for (std::size_t a = 1; a < n; ++a) {
    for (std::size_t b = a + 1; b < n; ++b) {
      const double h = std::max({span(0, a), span(a, b), span(b, n)});
      if (h < best_height) {
        best_height = h;
        best = {0, a, b};
      }
    }
  }
  if (best.size() == 1)  // two statements, three columns: two columns it is
    return balance(heights, gap, 2);
  return best;
}

class PosterLayout {
 public:
  PosterLayout(const ResolvedPledge& pledge, PdfDocument& document, PageSize size)
      : m_pledge(pledge), m_document(document), m_size(size), m_scale(scale_from_a3(size)) {
    m_width = page_width(size);
    m_height = page_height(size);
    m_margin = 40 * m_scale;
  }

  // Draws the poster at the largest size that fits; the result has no PDF yet.
  Poster draw(const RenderOptions& options) {
    const double header_bottom = header_height();
    const double footer_top = m_height - footer_height(options);
    const double signatures_top = footer_top - signature_height();
    m_panels_top = header_bottom + 18 * m_scale;
    m_panels_bottom = signatures_top - 18 * m_scale;

    double best_size = 0;
    Arrangement best_arrangement = Arrangement::stacked;
    int best_columns = 0;
    const int most_columns = m_size == PageSize::a4 ? 2 : 3;
    for (const Arrangement arrangement : {Arrangement::stacked, Arrangement::side_by_side}) {
      for (int columns = arrangement == Arrangement::stacked ? 1 : 2; columns <= most_columns; ++columns) {
        const auto size = largest_fitting_size(poster_minimum_size, maximum_on_a3 * m_scale, [&](double s) {
          return arrange(s, arrangement, columns).has_value();
        });
        // More columns must buy a clearly larger size to be worth narrower, more ragged lines.
        if (size && *size > best_size + 0.5 * m_scale) {
          best_size = *size;
          best_arrangement = arrangement;
          best_columns = columns;
        }
      }
    }
    if (best_columns == 0)
      throw_does_not_fit();

    Page page = m_document.add_page(m_size, Orientation::portrait);
    draw_header(page);
    draw_panels(page, *arrange(best_size, best_arrangement, best_columns), best_size);
    draw_signatures(page, signatures_top);
    draw_footer(page, footer_top, options);
    return Poster{{}, best_size, best_columns, best_arrangement == Arrangement::side_by_side};
  }

 private:
  double content_width() const { return m_width - 2 * m_margin; }
  double title_size() const { return 48 * m_scale; }
  double service_size() const { return 24 * m_scale; }
  double audience_size() const { return 16 * m_scale; }

  std::vector<std::string> service_lines() const {
    return wrap_lines(m_document.bold(), m_pledge.service, service_size(), content_width());
  }
  std::vector<std::string> audience_lines() const {
    return m_pledge.audience.empty()
               ? std::vector<std::string>{}
               : wrap_lines(m_document.regular(), m_pledge.audience, audience_size(), content_width());
  }

  double header_height() const {
    return m_margin * 0.8 + title_size() * 0.95 + 12 * m_scale +
           count(service_lines().size()) * service_size() * 1.15 +
           (audience_lines().empty()
                ? 0
                : 6 * m_scale + count(audience_lines().size()) * audience_size() * 1.25) +
           m_margin * 0.6;
  }

  // The heading, "Our pledge" and the service, is the document's H1; the audience a paragraph under it.
  void draw_header(Page& page) const {
    const Palette& colours = palette();
    StructureTree& tree = m_document.structure();
    const StructureElement title = tree.add(tree.document(), Role::h1);
    page.artifact([&] { page.fill_rect(0, 0, m_width, header_height(), colours.heading); });
    page.tagged(title, [&] {
      double baseline = m_margin * 0.8 + title_size() * 0.75;
      page.text(m_margin, baseline, m_document.bold(), title_size(), "Our pledge ", colours.on_heading);
      baseline += title_size() * 0.2 + 12 * m_scale;
      for (const auto& line : service_lines()) {
        baseline += service_size() * 1.0;
        page.text_in_column(m_margin, content_width(), baseline, m_document.bold(), service_size(), line,
                            colours.on_heading);
        baseline += service_size() * 0.15;
      }
    });
    const auto audience = audience_lines();
    if (audience.empty())
      return;
    const StructureElement paragraph = tree.add(tree.document(), Role::p);
    page.tagged(paragraph, [&] {
      double baseline = m_margin * 0.8 + title_size() * 0.95 + 12 * m_scale +
                        count(service_lines().size()) * service_size() * 1.15 + 6 * m_scale;
      for (const auto& line : audience) {
        baseline += audience_size() * 1.05;
        page.text_in_column(m_margin, content_width(), baseline, m_document.regular(), audience_size(), line,
                            colours.on_heading);
        baseline += audience_size() * 0.2;
      }
    });
  }

  // One group's panel, `width` wide, with its statements in `columns` columns; nothing if a word does not
  // fit.
  std::optional<Panel> panel(std::size_t g, double size, double width, int columns) const {
    const double pad = 14 * m_scale;
    const double column_width = (width - 2 * pad - gutter(size) * (columns - 1)) / columns;
    Panel panel;
    panel.group_index = g;
    panel.width = width;
    auto title_lines =
        wrap_whole_words(m_document.bold(), m_pledge.groups[g].title, title(size), width - 2 * pad);
    if (!title_lines)
      return std::nullopt;
    panel.title_lines = std::move(*title_lines);
    panel.title_height = count(panel.title_lines.size()) * title(size) * 1.2 + size * 0.7;
    std::vector<StatementBox> boxes;
    std::vector<double> heights;
    for (const auto& statement : m_pledge.statements) {
      if (statement.group != m_pledge.groups[g].id)
        continue;
      auto lines = wrap_whole_words(m_document.regular(), statement.text, size, column_width - indent(size));
      if (!lines)
        return std::nullopt;
      StatementBox box{std::move(*lines), 0};
      box.height = count(box.lines.size()) * leading(size);
      heights.push_back(box.height);
      boxes.push_back(std::move(box));
    }
    const auto starts = balance(heights, gap(size), columns);
    double tallest = 0;
    for (std::size_t c = 0; c < starts.size(); ++c) {
      const std::size_t end = c + 1 < starts.size() ? starts[c + 1] : boxes.size();
      std::vector<StatementBox> column(boxes.begin() + static_cast<long>(starts[c]),
                                       boxes.begin() + static_cast<long>(end));
      double h = 0;
      for (std::size_t i = 0; i < column.size(); ++i)
        h += column[i].height + (i > 0 ? gap(size) : 0);
      tallest = std::max(tallest, h);
      panel.columns.push_back(std::move(column));
    }
    panel.column_width = column_width;
    panel.height = panel.title_height + size * 0.7 + tallest + size * 0.7;
    return panel;
  }

  // Every panel placed at statement size `size`, or nothing if they overflow the space between header and
  // signatures. Two arrangements: full-width panels stacked, statements in `columns` columns inside each
  // (suits few groups); or narrow panels flowing down `columns` page columns, whole and in order (suits many
  // groups).
  std::optional<std::vector<Panel>> arrange(double size, Arrangement arrangement, int columns) const {
    const double space = m_panels_bottom - m_panels_top;
    std::vector<Panel> out;
    if (arrangement == Arrangement::stacked) {
      double used = 0;
      for (std::size_t g = 0; g < m_pledge.groups.size(); ++g) {
        auto p = panel(g, size, content_width(), columns);
        if (!p)
          return std::nullopt;
        used += p->height;
        out.push_back(std::move(*p));
      }
      const double gaps = panel_gap() * count(out.size() - 1);
      if (used + gaps > space)
        return std::nullopt;
      // Spare height goes between panels (up to a point), so that a short pledge does not huddle at the top.
      const double extra = std::min((space - used - gaps) / count(out.size() + 1), 40 * m_scale);
      double top = m_panels_top + extra * 0.5;
      for (auto& p : out) {
        p.x = m_margin;
        p.top = top;
        top += p.height + panel_gap() + extra;
      }
      return out;
    }
    const double width = (content_width() - panel_gap() * (columns - 1)) / columns;
    std::vector<double> heights;
    for (std::size_t g = 0; g < m_pledge.groups.size(); ++g) {
      auto p = panel(g, size, width, 1);
      if (!p)
        return std::nullopt;
      heights.push_back(p->height);
      out.push_back(std::move(*p));
    }
    if (static_cast<int>(out.size()) < columns)
      return std::nullopt;
    const auto starts = balance(heights, panel_gap(), columns);
    if (static_cast<int>(starts.size()) != columns)
      return std::nullopt;
    double tallest = 0;
    for (std::size_t c = 0; c < starts.size(); ++c) {
      const std::size_t end = c + 1 < starts.size() ? starts[c + 1] : out.size();
      double top = m_panels_top;
      for (std::size_t i = starts[c]; i < end; ++i) {
        out[i].x = m_margin + count(c) * (width + panel_gap());
        out[i].top = top;
        top += out[i].height + panel_gap();
      }
      tallest = std::max(tallest, top - panel_gap() - m_panels_top);
    }
    if (tallest > space)
      return std::nullopt;
    // Columns end level: the last panel of each grows to the bottom of the tallest column.
    for (std::size_t c = 0; c < starts.size(); ++c) {
      Panel& last = out[(c + 1 < starts.size() ? starts[c + 1] : out.size()) - 1];
      last.height = m_panels_top + tallest - last.top;
    }
    return out;
  }

  static double leading(double size) { return size * 1.22; }
  static double gap(double size) { return size * 0.55; }
  static double gutter(double size) { return size * 1.5; }
  static double indent(double size) { return size * 0.95; }
  static double title(double size) { return size * 1.2; }
  double panel_gap() const { return 16 * m_scale; }

  // Each group, in order, is an H2 (its title) and a list of its statements, each item a Lbl (the marker)
  // and an LBody (the statement).
  void draw_panels(Page& page, const std::vector<Panel>& panels, double size) const {
    const Palette& colours = palette();
    StructureTree& tree = m_document.structure();
    const double pad = 14 * m_scale;
    for (const auto& panel : panels) {
      const Colour colour = group_colour(panel.group_index);
      page.artifact([&] {
        page.fill_rect(panel.x, panel.top, panel.width, panel.height, tint(colour, panel_tint));
        page.fill_rect(panel.x, panel.top, panel.width, panel.title_height, colour);
      });
      page.tagged(tree.add(tree.document(), Role::h2), [&] {
        double baseline = panel.top + size * 0.35;
        for (const auto& line : panel.title_lines) {
          baseline += title(size);
          page.text_in_column(panel.x + pad, panel.width - 2 * pad, baseline, m_document.bold(), title(size),
                              line, colours.on_heading);
          baseline += title(size) * 0.2;
        }
      });
      const StructureElement list = tree.add(tree.document(), Role::l);
      const double body_top = panel.top + panel.title_height + size * 0.7;
      for (std::size_t c = 0; c < panel.columns.size(); ++c) {
        const double x = panel.x + pad + count(c) * (panel.column_width + gutter(size));
        double y = body_top;
        for (const auto& box : panel.columns[c]) {
          const StructureElement item = tree.add(list, Role::li);
          const double marker = size * 0.34;
          page.tagged(tree.add(item, Role::lbl), [&] {
            page.fill_rect(x, y + size * 0.95 - size * 0.36 - marker * 0.5, marker, marker, colour);
          });
          page.tagged(tree.add(item, Role::lbody), [&] {
            double line_baseline = y + size * 0.95;
            for (const auto& line : box.lines) {
              page.text_in_column(x + indent(size), panel.column_width - indent(size), line_baseline,
                                  m_document.regular(), size, line, colours.ink);
              line_baseline += leading(size);
            }
          });
          y += box.height + gap(size);
        }
      }
    }
  }

  int signature_columns() const { return m_size == PageSize::a4 ? 4 : m_size == PageSize::a3 ? 5 : 6; }
  double name_size() const { return 12 * m_scale; }
  double label_size() const { return 8 * m_scale; }
  double cell_width() const {
    const int columns = signature_columns();
    return (content_width() - (columns - 1) * 16 * m_scale) / columns;
  }

  // Names wrapped for their cells; a blank team gets empty cells to write names in.
  std::vector<std::vector<std::string>> names() const {
    std::vector<std::vector<std::string>> out;
    for (const auto& name : m_pledge.staff)
      out.push_back(wrap_lines(m_document.regular(), name, name_size(), cell_width()));
    if (out.empty())
      out.resize(static_cast<std::size_t>(signature_columns() * 2));
    return out;
  }

  double heading_height() const { return 28 * m_scale; }

  std::vector<double> row_heights() const {
    const auto all = names();
    const auto columns = static_cast<std::size_t>(signature_columns());
    std::vector<double> rows;
    for (std::size_t i = 0; i < all.size(); i += columns) {
      std::size_t lines = 1;
      for (std::size_t j = i; j < std::min(all.size(), i + columns); ++j)
        lines = std::max(lines, all[j].size());
      rows.push_back(count(lines) * name_size() * 1.2 + 26 * m_scale + label_size() + 6 * m_scale);
    }
    return rows;
  }

  double signature_height() const {
    double h = heading_height();
    for (double row : row_heights())
      h += row;
    return h;
  }

  // After the statements: an H2, the promise, and a list of the team, each item the name (or a place to
  // print it) and the labels of the lines to sign and date; the lines themselves are artifacts.
  void draw_signatures(Page& page, double top) const {
    const Palette& colours = palette();
    StructureTree& tree = m_document.structure();
    const double heading = 18 * m_scale;
    page.tagged(tree.add(tree.document(), Role::h2), [&] {
      page.text(m_margin, top + heading, m_document.bold(), heading, "Signed by our team", colours.heading);
    });
    page.tagged(tree.add(tree.document(), Role::p), [&] {
      page.text_right(m_width - m_margin, top + heading, m_document.regular(), 11 * m_scale,
                      "By signing, we each promise to keep this pledge.", colours.muted_ink);
    });
    const StructureElement list = tree.add(tree.document(), Role::l);
    const auto all = names();
    const auto rows = row_heights();
    const auto columns = static_cast<std::size_t>(signature_columns());
    double row_top = top + heading_height();
    for (std::size_t r = 0; r < rows.size(); ++r) {
      for (std::size_t c = 0; c < columns && r * columns + c < all.size(); ++c) {
        const auto& name = all[r * columns + c];
        const double x = m_margin + static_cast<double>(c) * (cell_width() + 16 * m_scale);
        const StructureElement body = tree.add(tree.add(list, Role::li), Role::lbody);
        double baseline = row_top + name_size();
        const double rule_y = row_top + rows[r] - label_size() - 14 * m_scale;
        const double sign_width = cell_width() * 0.62;
        page.artifact([&] {
          if (name.empty())
            page.line(x, baseline + 2 * m_scale, x + cell_width(), baseline + 2 * m_scale, colours.rule,
                      0.8 * m_scale);
          page.line(x, rule_y, x + sign_width, rule_y, colours.rule, 0.8 * m_scale);
          page.line(x + sign_width + 8 * m_scale, rule_y, x + cell_width(), rule_y, colours.rule,
                    0.8 * m_scale);
        });
        page.tagged(body, [&] {
          for (const auto& line : name) {
            page.text_in_column(x, cell_width(), baseline, m_document.regular(), name_size(), line,
                                colours.ink);
            baseline += name_size() * 1.2;
          }
          if (name.empty()) {  // a line to print a name on
            page.text(x, baseline + 2 * m_scale + label_size() * 1.2, m_document.regular(), label_size(),
                      "Name", colours.muted_ink);
            baseline += name_size() * 1.2;
          }
          page.text(x, rule_y + label_size() * 1.2, m_document.regular(), label_size(), "Signature",
                    colours.muted_ink);
          page.text(x + sign_width + 8 * m_scale, rule_y + label_size() * 1.2, m_document.regular(),
                    label_size(), "Date", colours.muted_ink);
        });
      }
      row_top += rows[r];
    }
  }

  double footer_size() const { return 9 * m_scale; }

  std::vector<std::string> footer_lines(const RenderOptions& options) const {
    std::string second = edition_line(m_pledge, options);
    if (m_pledge.poster.copies > 0)
      second += " · " + std::to_string(m_pledge.poster.copies) +
                (m_pledge.poster.copies == 1 ? " copy requested" : " copies requested");
    std::vector<std::string> lines =
        wrap_lines(m_document.regular(), sources_line(m_pledge), footer_size(), content_width());
    for (auto& line : wrap_lines(m_document.regular(), second, footer_size(), content_width()))
      lines.push_back(std::move(line));
    return lines;
  }

  double footer_height(const RenderOptions& options) const {
    return 14 * m_scale + count(footer_lines(options).size()) * footer_size() * 1.35 + m_margin * 0.6;
  }

  // Where the statements come from and which edition this is: a paragraph, the last thing read.
  void draw_footer(Page& page, double top, const RenderOptions& options) const {
    const Palette& colours = palette();
    StructureTree& tree = m_document.structure();
    page.artifact([&] { page.line(m_margin, top, m_width - m_margin, top, colours.rule, 0.6 * m_scale); });
    page.tagged(tree.add(tree.document(), Role::p), [&] {
      double baseline = top + 10 * m_scale;
      for (const auto& line : footer_lines(options)) {
        baseline += footer_size() * 1.1;
        page.text_in_column(m_margin, content_width(), baseline, m_document.regular(), footer_size(), line,
                            colours.muted_ink);
        baseline += footer_size() * 0.25;
      }
    });
  }

  [[noreturn]] void throw_does_not_fit() const {
    const std::string size_name = m_pledge.poster.size;
    const std::string advice =
        std::string(size_name == "A2" ? "" : "use a larger poster (poster: {size: A2}), ") +
        "shorten or exclude statements, or make separate pledges for different customers (the guidance "
        "'How to create an individual pledge for your service' suggests clinical and admin versions)";
    const std::string file = m_pledge.source_text ? m_pledge.source_text->name() : std::string();
    char minimum[32];
    std::snprintf(minimum, sizeof minimum, "%.3g", poster_minimum_size);
    throw Error("the poster's " + std::to_string(m_pledge.statements.size()) +
                    " statements do not fit on one " + size_name + " page at " + minimum +
                    " pt or larger, the smallest size legible on the wall; " + advice,
                file.empty() ? std::nullopt : std::optional<Location>(Location{file, 0, 0}));
  }

  const ResolvedPledge& m_pledge;
  PdfDocument& m_document;
  PageSize m_size;
  double m_scale;
  double m_width = 0;
  double m_height = 0;
  double m_margin = 0;
  double m_panels_top = 0;
  double m_panels_bottom = 0;
};

}  // namespace

Poster render_poster(const ResolvedPledge& pledge, const RenderOptions& options) {
  Poster poster;
  std::string pdf = render_pdf(
      "poster", {"Our pledge: " + pledge.service, pledge.service}, options, [&](PdfDocument& document) {
        poster = PosterLayout(pledge, document, page_size_from_name(pledge.poster.size)).draw(options);
      });
  poster.pdf = std::move(pdf);
  return poster;
}

}  // namespace pledge::render
