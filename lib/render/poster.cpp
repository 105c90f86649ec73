#include "render/poster.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>
#include <tuple>

#include "base/error.hpp"
#include "model/fixed_text_lines.hpp"
#include "model/language.hpp"
#include "render/fixed_text_files.hpp"
#include "render/identity_style.hpp"
#include "render/layout.hpp"
#include "render/pdf_document.hpp"
#include "render/pledge_layout.hpp"
#include "render/shaped_text.hpp"

namespace pledge::render {

namespace {

constexpr double maximum_on_a3 = 30;
constexpr double points_per_mm = 72 / 25.4;
// The most sheets a poster takes when the service file does not limit them.
constexpr int most_sheets = 9;

// A paragraph's words as break_line_extents measures them, at 1 pt: the space before each and the advances
// of its runs. Counting a statement's lines at another size and width from these takes a few instructions a
// word, where breaking the shaped paragraph again takes tens.
struct MeasuredWords {
  struct Word {
    double space = 0;
    std::uint32_t first = 0;  // its runs' advances [first, last)
    std::uint32_t last = 0;
  };
  std::vector<Word> words;
  std::vector<double> advances;
};

MeasuredWords measured_words(const ShapedParagraph& paragraph) {
  MeasuredWords measured;
  const std::vector<GlyphRun>& runs = paragraph.runs;
  double space = 0;
  for (std::size_t r = 0; r < runs.size();) {
    if (runs[r].space) {
      space = runs[r].advance;
      ++r;
      continue;
    }
    MeasuredWords::Word word{space, static_cast<std::uint32_t>(measured.advances.size()), 0};
    for (; r < runs.size() && !runs[r].space; ++r)
      measured.advances.push_back(runs[r].advance);
    word.last = static_cast<std::uint32_t>(measured.advances.size());
    measured.words.push_back(word);
  }
  return measured;
}

// The lines break_line_extents breaks the paragraph into at `size` and `width`, with the same arithmetic in
// the same order (so the same breaks to the last bit), or nothing if a word does not fit.
std::optional<std::size_t> count_lines(const MeasuredWords& measured, double size, double width) {
  std::size_t lines = 0;
  bool open = false;
  double line_width = 0;
  for (const MeasuredWords::Word& word : measured.words) {
    const double space_before = word.space * size;
    double word_width = 0;
    for (std::uint32_t i = word.first; i < word.last; ++i)
      word_width += measured.advances[i] * size;
    if (open && line_width + space_before + word_width <= width) {
      line_width += space_before + word_width;
    } else if (word_width <= width) {
      if (open)
        ++lines;
      line_width = word_width;
      open = true;
    } else {
      return std::nullopt;
    }
  }
  return lines + 1;  // the open line, or the one empty line of a paragraph without words
}

// One statement or ask, wrapped for a column.
struct StatementBox {
  std::size_t index = 0;  // in the pledge's statements, or in its asks
  // In each of the poster's languages, the first first; only when laid out to be drawn (Detail::lines).
  std::vector<std::vector<std::string>> lines;
  double height = 0;
};

// One group's coloured panel at a given size, or the panel of what the service asks in return.
struct Panel {
  std::size_t group_index = 0;  // groups.size() for the asks
  bool continued = false;       // the group began on an earlier sheet, or in the page column before
  std::vector<std::vector<std::string>> title_lines;  // in each language, the first first
  std::vector<std::vector<StatementBox>> columns;
  std::vector<double> item_heights;  // of its statements, in order
  double title_height = 0;
  // The title when the group continues from the page column before ("Your care (continued)"), when the
  // panels are side by side.
  std::vector<std::vector<std::string>> continued_title_lines;
  double continued_title_height = 0;
  double height = 0;
  double x = 0;
  double top = 0;
  double width = 0;
  double column_width = 0;  // of the statement columns
};

enum class Arrangement { stacked, side_by_side };

// What arranging a sheet makes: the heights alone, which is all the fit search needs and many times over, or
// the wrapped lines too, once, for drawing.
enum class Detail { heights, lines };

// Splits items 0..n into `count` consecutive columns (fewer if there are fewer items), `span(from, to)` being
// the height of a column holding [from, to): the tallest column as short as can be, and of the splits that
// give it, the one with the least sum of squared heights. That second rule balances every pair of
// neighbours: a column cannot end lower than its neighbour by more than the item at their boundary (with the
// space under it), or moving that item across would lower the sum without raising the tallest. Only splits
// `acceptable(starts, heights)` allows are considered; nothing but {0} if none is. Returns the start of each
// column.
template <typename Span, typename Acceptable>
std::vector<std::size_t> balance_by(std::size_t n, int columns, const Span& span,
                                    const Acceptable& acceptable) {
  std::vector<std::size_t> best{0};
  if (columns <= 1 || n <= 1)
    return best;
  // Heights that differ by rounding alone are the same height.
  constexpr double same = 1e-9;
  double best_tallest = std::numeric_limits<double>::max();
  double best_squares = std::numeric_limits<double>::max();
  // Columns [0, a), [a, b) and [b, n); b == n for two.
  auto consider = [&](std::size_t a, std::size_t b) {
    const double first = span(0, a);
    const double second = span(a, b);
    const double third = b < n ? span(b, n) : 0;
    const double tallest = std::max({first, second, third});
    const double squares = first * first + second * second + third * third;
    const bool better =
        tallest < best_tallest - same || (tallest < best_tallest + same && squares < best_squares - same);
    if (better &&
        (b < n ? acceptable(std::array<std::size_t, 3>{0, a, b}, std::array<double, 3>{first, second, third})
               : acceptable(std::array<std::size_t, 2>{0, a}, std::array<double, 2>{first, second}))) {
      best_tallest = std::min(best_tallest, tallest);
      best_squares = squares;
      best = b < n ? std::vector<std::size_t>{0, a, b} : std::vector<std::size_t>{0, a};
    }
  };
  if (columns == 2 || n == 2) {
    for (std::size_t a = 1; a < n; ++a)
      consider(a, n);
    return best;
  }
  // A column grows as it takes more items. So for a first column [0, a), the best second split is where the
  // second column grows past the third: b, the first at which it is as tall, or the one before; that b
  // only moves on as a does. And once the first column is taller than the best split's tallest, no later a
  // is better.
  std::size_t b = 2;
  for (std::size_t a = 1; a + 1 < n && span(0, a) < best_tallest + same; ++a) {
    b = std::max(b, a + 1);
    while (b + 1 < n && span(a, b) < span(b, n))
      ++b;
    if (b > a + 1)
      consider(a, b - 1);
    consider(a, b);
  }
  return best;
}

// Statements (or panels) of `heights` with `gap` between them, in `count` columns.
std::vector<std::size_t> balance(const std::vector<double>& heights, double gap, int columns) {
  std::vector<double> before(heights.size() + 1, 0);  // the height of [0, i) as one column, less its gaps
  for (std::size_t i = 0; i < heights.size(); ++i)
    before[i + 1] = before[i] + heights[i];
  return balance_by(
      heights.size(), columns,
      [&](std::size_t from, std::size_t to) {
        return before[to] - before[from] + gap * count(to - from - 1);
      },
      [](const auto&, const auto&) { return true; });
}

// The statements one sheet carries: [first, last) of the pledge's, and the asks on the last statement sheet.
struct SheetContent {
  std::size_t first = 0;
  std::size_t last = 0;
  bool asks = false;
  bool signatures = false;  // the whole team's signatures under the statements
};

// How a sheet's panels are arranged, as the fit search chose.
struct SheetFit {
  double size = 0;
  Arrangement arrangement = Arrangement::stacked;
  int columns = 0;
};

// The poster in each of the pledge's languages (PledgeLayout's texts): every fixed text, group title,
// statement and ask is given in each, the first language first, at one size, weight and colour. A statement
// is followed by its translation in the same column (the Welsh Language Commissioner's "block by block"),
// rather than set beside it: side by side would halve the column and so the size the fit search finds, and
// a long Welsh word would often not fit at all. Each text in a language other than the first is tagged with
// its /Lang.
class PosterLayout : PledgeLayout {
 public:
  PosterLayout(const ResolvedPledge& pledge, PdfDocument& document, const RenderOptions& options)
      : PledgeLayout(pledge, document, options),
        m_size(page_size_from_name(pledge.poster.size)),
        m_scale(scale_from_a3(m_size)),
        m_languages(m_texts.size()) {
    m_width = page_width(m_size);
    m_height = page_height(m_size);
    m_margin = 40 * m_scale;
    // Each panel's title in each language, plain and "(continued)": the asks' after the groups'.
    for (std::size_t g = 0; g <= m_pledge.groups.size(); ++g) {
      for (const bool continued : {false, true}) {
        for (std::size_t l = 0; l < m_languages; ++l) {
          std::string title = g == m_pledge.groups.size()
                                  ? fixed("what-we-ask-of-you", l)
                                  : in_language(m_pledge.groups[g].titles, m_pledge.groups[g].title, l);
          if (continued)
            title += " " + fixed("continued", l);
          m_titles.push_back(std::move(title));
        }
      }
    }
    m_measured.resize((m_pledge.statements.size() + m_pledge.asks.size()) * m_languages);
    m_measured_titles.resize(m_titles.size());
  }

  // Plans the sheets (statements never split across them, the team's signatures under the statements or on
  // sheets of their own) and draws them; the result has no PDF yet.
  Poster draw(const RenderOptions& options) {
    m_footer_top = m_height - footer_height(options);
    const Plan plan = plan_sheets();
    m_sheets = plan.sheets.size() + plan.signature_sheets;
    std::size_t sheet = 0;
    m_list = std::nullopt;
    for (const auto& content : plan.sheets) {
      Page page = m_document.add_page(m_size, Orientation::portrait);
      const double top = draw_header(page, sheet++);
      const double signatures_top = m_footer_top - (content.signatures ? signature_height(all_rows()) : 0);
      const double bottom = signatures_top - 18 * m_scale;
      auto panels = arrange(content, plan.fit[sheet - 1].size, plan.fit[sheet - 1].arrangement,
                            plan.fit[sheet - 1].columns, top + 18 * m_scale, bottom, Detail::lines);
      draw_panels(page, *panels, plan.fit[sheet - 1].size);
      if (content.signatures)
        draw_signatures(page, signatures_top, 0, all_rows().size(), true);
      draw_footer(page, options, sheet == m_sheets);
    }
    const std::size_t rows = all_rows().size();
    std::size_t row = 0;
    for (std::size_t s = 0; s < plan.signature_sheets; ++s) {
      Page page = m_document.add_page(m_size, Orientation::portrait);
      const double top = draw_header(page, sheet++) + 18 * m_scale;
      const std::size_t end = std::min(rows, row + rows_per_signature_sheet());
      draw_signatures(page, top, row, end, s == 0);
      row = end;
      draw_footer(page, options, sheet == m_sheets);
    }
    double smallest = 0;
    for (const auto& fit : plan.fit)
      smallest = smallest == 0 ? fit.size : std::min(smallest, fit.size);
    return Poster{{},
                  smallest,
                  plan.fit.front().columns,
                  plan.fit.front().arrangement == Arrangement::side_by_side,
                  static_cast<int>(plan.sheets.size()),
                  static_cast<int>(plan.signature_sheets),
                  signature_columns(),
                  signature_line_width()};
  }

 private:
  struct Plan {
    std::vector<SheetContent> sheets;
    std::vector<SheetFit> fit;
    std::size_t signature_sheets = 0;
  };

  double smallest_size() const { return poster_minimum_size * m_scale; }

  // The best fit of one sheet's statements between `top` and `bottom`, at most `largest` pt.
  std::optional<SheetFit> fit(const SheetContent& content, double top, double bottom, double largest) const {
    SheetFit best;
    const int most_columns = m_size == PageSize::a4 ? 2 : 3;
    for (const Arrangement arrangement : {Arrangement::stacked, Arrangement::side_by_side}) {
      for (int columns = arrangement == Arrangement::stacked ? 1 : 2; columns <= most_columns; ++columns) {
        // Only a size the rule below would take is worth finding: the next quarter point above it.
        const double smallest =
            best.columns == 0
                ? smallest_size()
                : std::max(smallest_size(), std::floor((best.size + 0.5 * m_scale) * 4 + 1) / 4);
        const auto size = largest_fitting_size(smallest, largest, [&](double s) {
          return arrange(content, s, arrangement, columns, top, bottom).has_value();
        });
        // More columns must buy a clearly larger size to be worth narrower, more ragged lines.
        if (size && *size > best.size + 0.5 * m_scale)
          best = SheetFit{*size, arrangement, columns};
      }
    }
    if (best.columns == 0)
      return std::nullopt;
    return best;
  }

  // The first arrangement, in order of fewer columns, that holds a sheet's statements at `size`.
  std::optional<SheetFit> fit_at(const SheetContent& content, double top, double bottom, double size) const {
    const int most_columns = m_size == PageSize::a4 ? 2 : 3;
    for (const Arrangement arrangement : {Arrangement::stacked, Arrangement::side_by_side}) {
      for (int columns = arrangement == Arrangement::stacked ? 1 : 2; columns <= most_columns; ++columns) {
        if (arrange(content, size, arrangement, columns, top, bottom))
          return SheetFit{size, arrangement, columns};
      }
    }
    return std::nullopt;
  }

  double panels_top(std::size_t sheet) const { return header_height(sheet) + 18 * m_scale; }
  double panels_bottom(bool signatures) const {
    return m_footer_top - (signatures ? signature_height(all_rows()) : 0) - 18 * m_scale;
  }

  // True if the statements [first, last) (with the asks, when `last` is the end) fit one sheet at `size`,
  // with the team's signatures under them or not.
  bool fits_at(std::size_t first, std::size_t last, bool signatures, std::size_t sheet, double size) const {
    const SheetContent content{first, last, last == m_pledge.statements.size() && !m_pledge.asks.empty(),
                               signatures};
    return fit_at(content, panels_top(sheet), panels_bottom(signatures), size).has_value();
  }

  // The statements in sheets at `size`, each sheet taking as many as fit after the one before (so that only
  // the last is short), the signatures under the last if `signatures_under` and they fit there; nothing if a
  // sheet cannot take even one statement, or if they need more than `most` sheets.
  std::optional<std::vector<SheetContent>> pack(
      double size, bool signatures_under, std::size_t most = std::numeric_limits<std::size_t>::max()) const {
    const std::size_t n = m_pledge.statements.size();
    std::vector<SheetContent> sheets;
    std::size_t first = 0;
    while (first < n || sheets.empty()) {
      if (sheets.size() == most)
        return std::nullopt;
      // The longest run from `first` that fits: what fits at a length fits at every shorter one.
      std::size_t low = first;   // fits (an empty run is not a sheet)
      std::size_t high = n + 1;  // does not
      while (high - low > 1) {
        const std::size_t mid = (low + high) / 2;
        if (fits_at(first, mid, false, sheets.size(), size))
          low = mid;
        else
          high = mid;
      }
      if (low == first)
        return std::nullopt;
      sheets.push_back(SheetContent{first, low, low == n && !m_pledge.asks.empty(), false});
      first = low;
    }
    if (signatures_under && fits_at(sheets.back().first, n, true, sheets.size() - 1, size))
      sheets.back().signatures = true;
    return sheets;
  }

  // The statements in `count` sheets at `size` as pack fills them, the team signing under the last; nothing
  // if they take another number of sheets or the signatures do not fit there. Above the largest size at which
  // `count` - 1 sheets hold every statement, what fits at a size fits at every smaller one.
  std::optional<std::vector<SheetContent>> pack_signed(double size, std::size_t count) const {
    auto sheets = pack(size, false, count);
    if (!sheets || sheets->size() != count ||
        !fits_at(sheets->back().first, m_pledge.statements.size(), true, count - 1, size))
      return std::nullopt;
    sheets->back().signatures = true;
    return sheets;
  }

  std::size_t signature_sheets_for(const std::vector<SheetContent>& sheets) const {
    if (sheets.back().signatures)
      return 0;
    return (all_rows().size() + rows_per_signature_sheet() - 1) / rows_per_signature_sheet();
  }

  Plan plan_sheets() {
    const int limit = m_pledge.poster.sheets > 0 ? m_pledge.poster.sheets : most_sheets;
    const double largest = maximum_on_a3 * m_scale;
    const SheetContent whole{0, m_pledge.statements.size(), !m_pledge.asks.empty(), true};
    if (auto one = fit(whole, panels_top(0), panels_bottom(true), largest))
      return Plan{{whole}, {*one}, 0};
    if (limit == 1)
      throw_does_not_fit();
    m_sheets = 2;  // more than one from here: the header keeps room for "Sheet 1 of 2"
    // The team signs under the statements when its names take no more than a third of the page.
    const bool signatures_under = signature_height(all_rows()) <= (m_height - header_height(0)) / 3;
    const auto at_smallest = pack(smallest_size(), signatures_under);
    if (!at_smallest ||
        at_smallest->size() + signature_sheets_for(*at_smallest) > static_cast<std::size_t>(limit))
      throw_does_not_fit();
    // As large as the same number of sheets allows.
    const std::size_t sheets = at_smallest->size();
    const double size = *largest_fitting_size(smallest_size(), largest, [&](double s) {
      const auto packed = pack(s, signatures_under, sheets);
      return packed && packed->size() == sheets &&
             packed->back().signatures == at_smallest->back().signatures;
    });
    Plan plan;
    plan.sheets = *pack(size, signatures_under);
    // Every sheet at the one size, so that the statements read alike across sheets, each in the fewest
    // columns that hold it at that size.
    for (std::size_t s = 0; s < plan.sheets.size(); ++s)
      plan.fit.push_back(
          *fit_at(plan.sheets[s], panels_top(s), panels_bottom(plan.sheets[s].signatures), size));
    plan.signature_sheets = signature_sheets_for(plan.sheets);
    // A sheet of signatures alone is a sheet: one more of statements with the team signing under them, if
    // it allows larger text, is no more paper.
    if (signatures_under && plan.signature_sheets > 0 && sheets + 1 <= static_cast<std::size_t>(limit)) {
      const double larger = std::floor(size * 4 + 1) / 4;
      if (const auto signed_size = largest_fitting_size(
              larger, largest, [&](double s) { return pack_signed(s, sheets + 1).has_value(); })) {
        plan.sheets = *pack_signed(*signed_size, sheets + 1);
        plan.fit.clear();
        for (std::size_t s = 0; s < plan.sheets.size(); ++s)
          plan.fit.push_back(
              *fit_at(plan.sheets[s], panels_top(s), panels_bottom(plan.sheets[s].signatures), *signed_size));
        plan.signature_sheets = 0;
      }
    }
    return plan;
  }

  double content_width() const { return m_width - 2 * m_margin; }
  double title_size() const { return 48 * m_scale; }
  double service_size() const { return 24 * m_scale; }
  double audience_size() const { return 16 * m_scale; }
  double sheet_size() const { return 14 * m_scale; }
  double logo_height() const { return 64 * m_scale; }
  double logo_max_width() const { return 220 * m_scale; }

  // "Sheet 1 of 2" in language `l`.
  std::string sheet_label(std::size_t sheet, std::size_t sheets, std::size_t l) const {
    return filled(filled(fixed("sheet-x-of-y", l), "{sheet}", std::to_string(sheet)), "{sheets}",
                  std::to_string(sheets));
  }

  // The width the header's right-hand side takes for the logo and "Sheet 1 of 2" (in each language, one
  // under another), with a gap before it.
  double header_right_width() const {
    double width = 0;
    if (m_pledge.identity.logo)
      width = logo_box(*m_pledge.identity.logo, logo_max_width(), logo_height()).first;
    if (m_sheets > 1) {
      for (std::size_t l = 0; l < m_languages; ++l)
        width = std::max(width, m_document.bold().width(sheet_label(9, 9, l), sheet_size()));
    }
    return width > 0 ? width + 24 * m_scale : 0;
  }
  double header_text_width() const { return content_width() - header_right_width(); }

  std::vector<std::string> service_lines() const {
    return wrap_lines(m_document.bold(), m_pledge.service, service_size(), header_text_width());
  }
  std::vector<std::string> audience_lines() const {
    return m_pledge.audience.empty()
               ? std::vector<std::string>{}
               : wrap_lines(m_document.regular(), m_pledge.audience, audience_size(), header_text_width());
  }

  // The step from one language's title ("Ein haddewid") to the next's ("Our pledge"), and from one
  // language's "Sheet 1 of 2" to the next's.
  double title_step() const { return title_size() * 1.05; }
  double sheet_step() const { return sheet_size() * 1.2; }
  // The height the titles take beyond the first language's.
  double more_titles() const { return count(m_languages - 1) * title_step(); }

  // The same on every sheet, and asked for by every layout the fit search tries: worked out once for one
  // sheet and once for more (the header's right-hand side then holds "Sheet 1 of 2").
  double header_height(std::size_t /*sheet*/) const {
    const bool sheets = m_sheets > 1;
    if (m_header_height && m_header_height->first == sheets)
      return m_header_height->second;
    const std::size_t service = service_lines().size();
    const std::size_t audience = audience_lines().size();
    const double text = m_margin * 0.8 + title_size() * 0.95 + more_titles() + 12 * m_scale +
                        count(service) * service_size() * 1.15 +
                        (audience == 0 ? 0 : 6 * m_scale + count(audience) * audience_size() * 1.25) +
                        m_margin * 0.6;
    const double right = m_pledge.identity.logo ? m_margin * 0.8 + logo_height() + sheet_size() * 2 +
                                                      count(m_languages - 1) * sheet_step() + m_margin * 0.6
                                                : 0;
    m_header_height = std::pair(sheets, std::max(text, right));
    return m_header_height->second;
  }

  // The heading, "Our pledge" and the service, is the document's H1; the audience a paragraph under it; the
  // logo a figure. On later sheets the same heading is drawn again as an artifact, read once. Returns the
  // header's bottom.
  double draw_header(Page& page, std::size_t sheet) const {
    const Palette& colours = m_style.colours;
    StructureTree& tree = m_document.structure();
    const double height = header_height(sheet);
    const bool first = sheet == 0;
    page.artifact([&] { page.fill_rect(0, 0, m_width, height, colours.heading); });
    const double first_baseline = m_margin * 0.8 + title_size() * 0.75;
    // "Our pledge" in language `l`, each language's under the one before.
    auto draw_title = [&](std::size_t l) {
      page.text(m_margin, l == 0 ? first_baseline : first_baseline + count(l) * title_step(),
                m_document.bold(), title_size(), fixed("our-pledge", l) + " ", colours.on_heading);
    };
    auto draw_service = [&] {
      double baseline = m_languages == 1 ? first_baseline : first_baseline + more_titles();
      baseline += title_size() * 0.2 + 12 * m_scale;
      for (const auto& line : service_lines()) {
        baseline += service_size() * 1.0;
        page.text_in_column(m_margin, header_text_width(), baseline, m_document.bold(), service_size(), line,
                            colours.on_heading);
        baseline += service_size() * 0.15;
      }
    };
    if (!first) {
      page.artifact(
          [&] {
            for (std::size_t l = 0; l < m_languages; ++l)
              draw_title(l);
            draw_service();
          },
          ArtifactKind::pagination);
    } else if (const StructureElement h1 = tree.add(tree.document(), Role::h1); m_languages == 1) {
      page.tagged(h1, [&] {
        draw_title(0);
        draw_service();
      });
    } else {  // each language's title its own part of the heading, then the service
      for (std::size_t l = 0; l < m_languages; ++l)
        page.tagged(part(h1, l), [&] { draw_title(l); });
      page.tagged(tree.add(h1, Role::p), draw_service);
    }
    const auto audience = audience_lines();
    if (!audience.empty()) {
      // Written once, in the service file's language.
      auto draw_audience = [&] {
        double baseline = m_margin * 0.8 + title_size() * 0.95 + more_titles() + 12 * m_scale +
                          count(service_lines().size()) * service_size() * 1.15 + 6 * m_scale;
        for (const auto& line : audience) {
          baseline += audience_size() * 1.05;
          page.text_in_column(m_margin, header_text_width(), baseline, m_document.regular(), audience_size(),
                              line, colours.on_heading);
          baseline += audience_size() * 0.2;
        }
      };
      if (first) {
        const std::string& language =
            m_pledge.service_file ? m_pledge.service_file->language : m_texts.front()->language();
        page.tagged(tree.add(tree.document(), Role::p,
                             {.lang = language == m_texts.front()->language() ? std::string() : language}),
                    draw_audience);
      } else {
        page.artifact(draw_audience, ArtifactKind::pagination);
      }
    }
    double label_baseline = m_margin * 0.8 + title_size() * 0.75;
    if (m_pledge.identity.logo) {
      const double logo_top = m_margin * 0.8;
      if (first) {
        draw_logo(m_document, page, tree.document(), m_pledge.identity, m_width - m_margin, logo_top,
                  logo_max_width(), logo_height());
      } else {
        draw_logo_image(m_document, page, std::nullopt, *m_pledge.identity.logo, m_width - m_margin, logo_top,
                        logo_max_width(), logo_height());
      }
      label_baseline = logo_top + logo_height() + sheet_size() * 1.4;
    }
    if (m_sheets > 1) {
      page.artifact(
          [&] {
            for (std::size_t l = 0; l < m_languages; ++l)
              page.text_right(
                  m_width - m_margin, l == 0 ? label_baseline : label_baseline + count(l) * sheet_step(),
                  m_document.bold(), sheet_size(), sheet_label(sheet + 1, m_sheets, l), colours.on_heading);
          },
          ArtifactKind::pagination);
    }
    return height;
  }

  // A panel, `width` wide, under the title of `title` (title_slot), holding the statements (or the asks,
  // for the asks' panel) `items`, each in every language, in `columns` columns; nothing if a word does not
  // fit.
  std::optional<Panel> panel(std::size_t g, std::size_t title_at, const std::vector<std::size_t>& items,
                             double size, double width, int columns, bool numbered, Detail detail) const {
    const double pad = 14 * m_scale;
    const double column_width = (width - 2 * pad - gutter(size) * (columns - 1)) / columns;
    const bool asks = g == m_pledge.groups.size();
    Panel panel;
    panel.group_index = g;
    panel.width = width;
    if (!panel_title(title_at, size, width, detail, panel.title_lines, panel.title_height))
      return std::nullopt;
    std::vector<double> heights;
    heights.reserve(items.size());
    std::vector<StatementBox> boxes;
    const double indent_width = numbered ? indent(size) : marker_indent(size);
    const double text_width = column_width - indent_width;
    if (detail == Detail::lines) {
      for (const std::size_t index : items) {
        StatementBox box{index, {}, 0};
        std::size_t lines = 0;
        for (std::size_t l = 0; l < m_languages; ++l) {
          auto wrapped = wrap_whole_words(
              m_document.regular(), asks ? ask_text(index, l) : statement_text(index, l), size, text_width);
          if (!wrapped)
            return std::nullopt;
          ends_with_space(*wrapped);
          lines += wrapped->size();
          box.lines.push_back(std::move(*wrapped));
        }
        box.height = item_height(lines, size);
        heights.push_back(box.height);
        boxes.push_back(std::move(box));
      }
    } else {
      // The asks' counts follow the statements', each item's languages in order.
      const std::size_t first_slot = asks ? m_pledge.statements.size() : 0;
      std::vector<int>& counts = line_counts(size, text_width);
      for (const std::size_t index : items) {
        std::size_t lines = 0;
        for (std::size_t l = 0; l < m_languages; ++l) {
          const std::size_t slot = (first_slot + index) * m_languages + l;
          int& counted = counts[slot];
          if (counted == unknown_lines) {
            const std::string& text = asks ? ask_text(index, l) : statement_text(index, l);
            const MeasuredWords* words = measured(m_measured, slot, m_document.regular(), text);
            const auto n = words ? count_lines(*words, size, text_width)
                                 : whole_word_line_count(m_document.regular(), text, size, text_width);
            counted = n ? static_cast<int>(*n) : does_not_fit;
          }
          if (counted == does_not_fit)
            return std::nullopt;
          lines += static_cast<std::size_t>(counted);
        }
        heights.push_back(item_height(lines, size));
      }
    }
    const auto starts = balance(heights, gap(size), columns);
    panel.item_heights = heights;
    double tallest = 0;
    for (std::size_t c = 0; c < starts.size(); ++c) {
      const std::size_t end = c + 1 < starts.size() ? starts[c + 1] : heights.size();
      double h = 0;
      for (std::size_t i = starts[c]; i < end; ++i)
        h += heights[i] + (i > starts[c] ? gap(size) : 0);
      tallest = std::max(tallest, h);
      if (detail == Detail::lines)
        panel.columns.emplace_back(std::make_move_iterator(boxes.begin() + static_cast<long>(starts[c])),
                                   std::make_move_iterator(boxes.begin() + static_cast<long>(end)));
    }
    panel.column_width = column_width;
    panel.height = panel.title_height + size * 0.7 + tallest + size * 0.7;
    return panel;
  }

  // The height of a statement or ask of `lines` lines in all, its languages a little apart.
  double item_height(std::size_t lines, double size) const {
    const double height = count(lines) * leading(size);
    return m_languages == 1 ? height : height + count(m_languages - 1) * language_gap(size);
  }

  // A bilingual poster's texts each end with a space, as their broken lines do, so that one language's text
  // read back from the PDF does not run into the next's.
  void ends_with_space(std::vector<std::string>& lines) const {
    if (m_languages > 1 && !lines.empty() && !lines.back().ends_with(' '))
      lines.back() += ' ';
  }

  // A panel's title (title_slot) in each language wrapped to `width` (its lines only for Detail::lines), and
  // the height of its band; false if a word does not fit.
  bool panel_title(std::size_t title_at, double size, double width, Detail detail,
                   std::vector<std::vector<std::string>>& lines, double& height) const {
    const double pad = 14 * m_scale;
    std::size_t count_of_lines = 0;
    for (std::size_t l = 0; l < m_languages; ++l) {
      const std::string& text = m_titles[title_at + l];
      if (detail == Detail::lines) {
        auto wrapped = wrap_whole_words(m_document.bold(), text, title(size), width - 2 * pad);
        if (!wrapped)
          return false;
        ends_with_space(*wrapped);
        count_of_lines += wrapped->size();
        if (l == 0)
          lines.clear();
        lines.push_back(std::move(*wrapped));
      } else {
        const MeasuredWords* words = measured(m_measured_titles, title_at + l, m_document.bold(), text);
        const auto counted =
            words ? count_lines(*words, title(size), width - 2 * pad)
                  : whole_word_line_count(m_document.bold(), text, title(size), width - 2 * pad);
        if (!counted)
          return false;
        count_of_lines += *counted;
      }
    }
    height = count(count_of_lines) * title(size) * 1.2 + size * 0.7;
    return true;
  }

  bool numbered() const { return m_pledge.poster.numbers; }

  // The first of the m_titles of group `g`'s panel (the asks' for groups.size()), plain or "(continued)":
  // one for each language from there.
  std::size_t title_slot(std::size_t g, bool continued) const {
    return (g * 2 + (continued ? 1 : 0)) * m_languages;
  }

  // The text of `key` in the poster's language `l`.
  const std::string& fixed(std::string_view key, std::size_t l) const { return m_texts[l]->text(key); }

  // A statement's, title's or ask's text in language `l`, from its `texts` in each (or its one `text`, for a
  // pledge resolved without them).
  const std::string& in_language(const std::vector<LanguageText>& texts, const std::string& text,
                                 std::size_t l) const {
    if (l < texts.size() && texts[l].language == m_texts[l]->language())
      return texts[l].text;
    if (const LanguageText* found = find_language(texts, m_texts[l]->language()))
      return found->text;
    return text;
  }
  const std::string& statement_text(std::size_t i, std::size_t l) const {
    return in_language(m_pledge.statements[i].texts, m_pledge.statements[i].text, l);
  }
  const std::string& ask_text(std::size_t a, std::size_t l) const {
    return in_language(m_pledge.asks[a].texts, m_pledge.asks[a].text, l);
  }

  // The /Lang of a text in language `l`: none in the first, the document's own.
  std::string other_lang(std::size_t l) const { return l == 0 ? std::string() : m_texts[l]->language(); }

  // The element language `l`'s text is tagged to inside `element`: `element` itself on a poster in one
  // language, else a P of its own with its /Lang.
  StructureElement part(StructureElement element, std::size_t l) const {
    if (m_languages == 1)
      return element;
    return m_document.structure().add(element, Role::p, {.lang = other_lang(l)});
  }

  // The words of text `slot` of `words` (m_measured: a statement's or ask's in one language; or
  // m_measured_titles), measured once; nothing for a text of more than one paragraph, or none, which
  // whole_word_line_count counts as wrap does.
  const MeasuredWords* measured(std::vector<std::optional<MeasuredWords>>& words, std::size_t slot,
                                const Face& face, const std::string& text) const {
    auto& measured = words[slot];
    if (!measured) {
      if (text.find('\n') != std::string::npos || text.find_first_not_of(" \t\r") == std::string::npos)
        return nullptr;
      measured = measured_words(face.shaped(text));
    }
    return &*measured;
  }

  static constexpr int unknown_lines = -1;
  static constexpr int does_not_fit = -2;

  // The line counts of every statement and ask at `size` and `width`, kept as they are counted: planning
  // sheets measures the same statements at the same size and width many times over (each sheet's run of
  // statements is found by trying longer and shorter runs).
  std::vector<int>& line_counts(double size, double width) const {
    auto& counts = m_line_counts[{size, width}];
    if (counts.empty())
      counts.assign((m_pledge.statements.size() + m_pledge.asks.size()) * m_languages, unknown_lines);
    return counts;
  }

  // The panels of one sheet: a panel per group of its statements (in order), then the asks.
  // Nothing, too, as soon as the panels' heights with a panel gap between each exceed `budget`: the search
  // tries many sizes that do not fit.
  std::optional<std::vector<Panel>> panels(const SheetContent& content, double size, double width,
                                           int columns, Detail detail, double budget,
                                           bool continued_titles = false) const {
    std::vector<Panel> out;
    double used = -panel_gap();
    auto over_budget = [&](const Panel& p) {
      used += p.height + panel_gap();
      return used > budget;
    };
    // The title a group gets again at the top of the next page column, when the panels are side by side.
    auto add_continued_title = [&](Panel& p, std::size_t g) {
      if (!continued_titles)
        return true;
      if (p.continued) {
        p.continued_title_lines = p.title_lines;
        p.continued_title_height = p.title_height;
        return true;
      }
      return panel_title(title_slot(g, true), size, width, detail, p.continued_title_lines,
                         p.continued_title_height);
    };
    std::vector<std::size_t> items;
    std::size_t i = content.first;
    while (i < content.last) {
      const std::string& group = m_pledge.statements[i].group;
      items.clear();
      const std::size_t start = i;
      for (; i < content.last && m_pledge.statements[i].group == group; ++i)
        items.push_back(i);
      std::size_t g = 0;
      while (g < m_pledge.groups.size() && m_pledge.groups[g].id != group)
        ++g;
      const bool continued = start > 0 && m_pledge.statements[start - 1].group == group;
      auto p = panel(g, title_slot(g, continued), items, size, width, columns, numbered(), detail);
      if (!p)
        return std::nullopt;
      p->continued = continued;
      if (!add_continued_title(*p, g))
        return std::nullopt;
      if (over_budget(*p))
        return std::nullopt;
      out.push_back(std::move(*p));
    }
    if (content.asks) {
      items.clear();
      for (std::size_t a = 0; a < m_pledge.asks.size(); ++a)
        items.push_back(a);
      const std::size_t g = m_pledge.groups.size();
      auto p = panel(g, title_slot(g, false), items, size, width, columns, false, detail);
      if (!p || !add_continued_title(*p, g) || over_budget(*p))
        return std::nullopt;
      out.push_back(std::move(*p));
    }
    return out;
  }

  // Every panel of a sheet placed at statement size `size`, or nothing if they overflow the space between
  // `top` and `bottom`. Two arrangements: full-width panels stacked, statements in `columns` columns inside
  // each (suits few groups); or narrow panels flowing down `columns` page columns in order, a group going on
  // at the top of the next column under its title again when that balances the columns (suits many groups).
  std::optional<std::vector<Panel>> arrange(const SheetContent& content, double size, Arrangement arrangement,
                                            int columns, double top_edge, double bottom_edge,
                                            Detail detail = Detail::heights) const {
    const double space = bottom_edge - top_edge;
    if (arrangement == Arrangement::stacked) {
      auto out = panels(content, size, content_width(), columns, detail, space);
      if (!out)
        return std::nullopt;
      double used = 0;
      for (const auto& p : *out)
        used += p.height;
      const double gaps = panel_gap() * count(out->size() - 1);
      if (used + gaps > space)
        return std::nullopt;
      // Spare height goes between panels (up to a point), so that a short pledge does not huddle at the top.
      const double extra = std::min((space - used - gaps) / count(out->size() + 1), 40 * m_scale);
      double top = top_edge + extra * 0.5;
      for (auto& p : *out) {
        p.x = m_margin;
        p.top = top;
        top += p.height + panel_gap() + extra;
      }
      return out;
    }
    const double width = (content_width() - panel_gap() * (columns - 1)) / columns;
    // Every page column holds at most `space`, and splitting a group between two only adds to its height.
    auto whole = panels(content, size, width, 1, detail, space * columns + panel_gap() * (columns - 1), true);
    if (!whole)
      return std::nullopt;
    // The statements of every panel in one sequence, panel p holding [first[p], first[p + 1]); a page
    // column may begin inside a group, which goes on under its title again, "(continued)".
    std::vector<std::size_t> first{0};
    std::vector<double> before{0};  // the height of the statements [0, i), without their gaps
    for (const Panel& p : *whole) {
      for (double h : p.item_heights)
        before.push_back(before.back() + h);
      first.push_back(first.back() + p.item_heights.size());
    }
    const std::size_t n = first.back();
    if (n < static_cast<std::size_t>(columns))
      return std::nullopt;
    const double pad = size * 0.7;
    auto piece_height = [&](std::size_t p, std::size_t from, std::size_t to) {
      const Panel& panel = (*whole)[p];
      const double title_band = from > first[p] ? panel.continued_title_height : panel.title_height;
      return title_band + pad + before[to] - before[from] + gap(size) * count(to - from - 1) + pad;
    };
    // Calls take(p, from, to) for each panel's piece in the page column [a, b).
    auto for_each_piece = [&](std::size_t a, std::size_t b, auto&& take) {
      const auto from_panel = std::upper_bound(first.begin(), first.end(), a) - first.begin() - 1;
      for (auto p = static_cast<std::size_t>(from_panel); p < whole->size() && first[p] < b; ++p) {
        const std::size_t from = std::max(a, first[p]);
        const std::size_t to = std::min(b, first[p + 1]);
        if (from < to)
          take(p, from, to);
      }
    };
    auto column_height = [&](std::size_t a, std::size_t b) {
      double h = 0;
      bool any = false;
      for_each_piece(a, b, [&](std::size_t p, std::size_t from, std::size_t to) {
        h += (any ? panel_gap() : 0) + piece_height(p, from, to);
        any = true;
      });
      return h;
    };
    // No page column ends more than a statement's height (and the space under it) short of its neighbour:
    // the statement at their boundary, in the longer one. Balancing alone gives that but for the title a
    // group takes again when it goes on in the next column, so splits that do not are passed over.
    auto balanced = [&](const auto& starts, const auto& heights) {
      for (std::size_t c = 0; c + 1 < starts.size(); ++c) {
        const std::size_t boundary = heights[c] > heights[c + 1] ? starts[c + 1] - 1 : starts[c + 1];
        const double movable = before[boundary + 1] - before[boundary] + gap(size);
        if (std::abs(heights[c] - heights[c + 1]) > movable + 1e-9)
          return false;
      }
      return true;
    };
    const auto starts = balance_by(n, columns, column_height, balanced);
    if (static_cast<int>(starts.size()) != columns)
      return std::nullopt;
    std::vector<Panel> out;
    std::vector<std::size_t> last_piece;  // of each page column, in out
    std::vector<double> ends;
    for (std::size_t c = 0; c < starts.size(); ++c) {
      const std::size_t end = c + 1 < starts.size() ? starts[c + 1] : n;
      double top = top_edge;
      for_each_piece(starts[c], end, [&](std::size_t p, std::size_t from, std::size_t to) {
        const Panel& panel = (*whole)[p];
        const bool continues = from > first[p];
        Panel piece;
        piece.group_index = panel.group_index;
        piece.continued = panel.continued || continues;
        piece.title_lines = continues ? panel.continued_title_lines : panel.title_lines;
        piece.title_height = continues ? panel.continued_title_height : panel.title_height;
        if (detail == Detail::lines) {
          const auto& boxes = panel.columns.front();
          piece.columns.emplace_back(boxes.begin() + static_cast<long>(from - first[p]),
                                     boxes.begin() + static_cast<long>(to - first[p]));
        }
        piece.width = panel.width;
        piece.column_width = panel.column_width;
        piece.height = piece_height(p, from, to);
        piece.x = m_margin + count(c) * (width + panel_gap());
        piece.top = top;
        top += piece.height + panel_gap();
        out.push_back(std::move(piece));
      });
      last_piece.push_back(out.size() - 1);
      ends.push_back(top - panel_gap() - top_edge);
    }
    const double tallest = *std::max_element(ends.begin(), ends.end());
    if (tallest > space)
      return std::nullopt;
    // Columns end level: the last panel of each grows to the bottom of the tallest column.
    for (const std::size_t last : last_piece)
      out[last].height = top_edge + tallest - out[last].top;
    return out;
  }

  static double leading(double size) { return size * 1.22; }
  static double gap(double size) { return size * 0.55; }
  static double gutter(double size) { return size * 1.5; }
  static double marker_indent(double size) { return size * 0.95; }
  // Room for "36." before the statement.
  // The fit search asks it of many panels at one size in turn.
  double indent(double size) const {
    if (m_indent.first != size) {
      const std::string widest = std::to_string(m_pledge.statements.size()) + ".";
      m_indent = {size, m_document.bold().width(widest, size) + size * 0.45};
    }
    return m_indent.second;
  }
  // Between a statement's text in one language and in the next.
  static double language_gap(double size) { return size * 0.2; }
  static double title(double size) { return size * 1.2; }
  double panel_gap() const { return 16 * m_scale; }

  // Each group, in order, is an H2 (its title) and a list of its statements, each item a Lbl (its number or
  // marker) and an LBody (the statement). A group continued from the sheet before keeps its list, and its
  // title is drawn again as an artifact. The asks follow as an H2 and a list of their own.
  void draw_panels(Page& page, const std::vector<Panel>& panels, double size) {
    const Palette& colours = m_style.colours;
    StructureTree& tree = m_document.structure();
    const double pad = 14 * m_scale;
    for (const auto& panel : panels) {
      const bool asks = panel.group_index == m_pledge.groups.size();
      const Colour colour = asks ? m_style.accent : group_colour(panel.group_index);
      page.artifact([&] {
        page.fill_rect(panel.x, panel.top, panel.width, panel.height, tint(colour, panel_tint));
        page.fill_rect(panel.x, panel.top, panel.width, panel.title_height, colour);
      });
      // Each language's lines under the one before's, from `baseline` on.
      double baseline = panel.top + size * 0.35;
      auto draw_title = [&](std::size_t l) {
        for (const auto& line : panel.title_lines[l]) {
          baseline += title(size);
          page.text_in_column(panel.x + pad, panel.width - 2 * pad, baseline, m_document.bold(), title(size),
                              line, colours.on_heading);
          baseline += title(size) * 0.2;
        }
      };
      if (panel.continued) {
        page.artifact([&] {
          for (std::size_t l = 0; l < m_languages; ++l)
            draw_title(l);
        });
      } else {
        const StructureElement heading = tree.add(tree.document(), Role::h2);
        for (std::size_t l = 0; l < m_languages; ++l)
          page.tagged(part(heading, l), [&] { draw_title(l); });
        m_list = tree.add(tree.document(), Role::l);
      }
      const StructureElement list = *m_list;
      const bool numbers = numbered() && !asks;
      const double indent_width = numbers ? indent(size) : marker_indent(size);
      const double body_top = panel.top + panel.title_height + size * 0.7;
      for (std::size_t c = 0; c < panel.columns.size(); ++c) {
        const double x = panel.x + pad + count(c) * (panel.column_width + gutter(size));
        double y = body_top;
        for (const auto& box : panel.columns[c]) {
          const StructureElement item = tree.add(list, Role::li);
          const double marker = size * 0.34;
          page.tagged(tree.add(item, Role::lbl), [&] {
            if (numbers) {
              page.text(x, y + size * 0.95, m_document.bold(), size, std::to_string(box.index + 1) + ". ",
                        colours.ink);
            } else {
              page.fill_rect(x, y + size * 0.95 - size * 0.36 - marker * 0.5, marker, marker, colour);
            }
          });
          const StructureElement body = tree.add(item, Role::lbody);
          double line_baseline = y + size * 0.95;
          for (std::size_t l = 0; l < m_languages; ++l) {
            page.tagged(part(body, l), [&] {
              for (const auto& line : box.lines[l]) {
                page.text_in_column(x + indent_width, panel.column_width - indent_width, line_baseline,
                                    m_document.regular(), size, line, colours.ink);
                line_baseline += leading(size);
              }
            });
            line_baseline += language_gap(size);
          }
          y += box.height + gap(size);
        }
      }
    }
  }

  // Signature cells: a name, at least 10 mm of height above a signature line at least 45 mm long, and a
  // shorter line for the date beside it.
  double cell_gap() const { return 18 * m_scale; }
  double date_width() const { return 14 * points_per_mm; }
  double minimum_signature_line() const { return 45 * points_per_mm; }
  double minimum_signing_height() const { return 10 * points_per_mm; }
  int signature_columns() const {
    const double cell = minimum_signature_line() + 8 * m_scale + date_width();
    return std::max(1, static_cast<int>((content_width() + cell_gap()) / (cell + cell_gap())));
  }
  double cell_width() const {
    const int columns = signature_columns();
    return (content_width() - (columns - 1) * cell_gap()) / columns;
  }
  double signature_line_width() const {
    return std::max(minimum_signature_line(), (cell_width() - 8 * m_scale) * 0.72);
  }
  double name_size() const { return 12 * m_scale; }
  double label_size() const { return 8 * m_scale; }

  // Names wrapped for their cells; a blank team gets empty cells to write names in.
  const std::vector<std::vector<std::string>>& names() const {
    if (!m_names) {
      std::vector<std::vector<std::string>> out;
      for (const auto& name : m_pledge.staff)
        out.push_back(wrap_lines(m_document.regular(), name, name_size(), cell_width()));
      if (out.empty())
        out.resize(static_cast<std::size_t>(signature_columns() * 2));
      m_names = std::move(out);
    }
    return *m_names;
  }

  // The signatures' heading, with one line more for each language after the first.
  double heading_height() const {
    return m_languages == 1 ? 28 * m_scale : 28 * m_scale + count(m_languages - 1) * heading_step();
  }
  double heading_step() const { return 18 * m_scale * 1.25; }
  // From a label in one language to the same in the next, under it.
  double label_step() const { return label_size() * 1.25; }
  // The height a cell's labels take beyond the first language's: those under the lines to sign and date,
  // and those under the line to print a name on, in a row that has one.
  double more_labels(bool blank_name) const {
    return count(m_languages - 1) * label_step() * (blank_name ? 2 : 1);
  }

  // The height of each row of signature cells.
  const std::vector<double>& all_rows() const {
    if (!m_rows) {
      const auto& all = names();
      const auto columns = static_cast<std::size_t>(signature_columns());
      std::vector<double> rows;
      for (std::size_t i = 0; i < all.size(); i += columns) {
        std::size_t lines = 1;
        bool blank = false;
        for (std::size_t j = i; j < std::min(all.size(), i + columns); ++j) {
          lines = std::max(lines, all[j].size());
          blank = blank || all[j].empty();
        }
        const double row = count(lines) * name_size() * 1.2 +
                           std::max(minimum_signing_height(), 26 * m_scale) + label_size() * 1.3 +
                           10 * m_scale;
        rows.push_back(m_languages == 1 ? row : row + more_labels(blank));
      }
      m_rows = std::move(rows);
    }
    return *m_rows;
  }

  double signature_height(const std::vector<double>& rows) const {
    double h = heading_height();
    for (double row : rows)
      h += row;
    return h;
  }

  // Rows of cells a signature sheet holds under its header.
  std::size_t rows_per_signature_sheet() const {
    const double space = m_footer_top - header_height(1) - 18 * m_scale - heading_height() - 12 * m_scale;
    double tallest = 0;
    for (double row : all_rows())
      tallest = std::max(tallest, row);
    return std::max<std::size_t>(1, static_cast<std::size_t>(space / tallest));
  }

  // After the statements: an H2, the promise, and a list of the team, each item the name (or a place to
  // print it) and the labels of the lines to sign and date; the lines themselves are artifacts. Rows
  // [first_row, end_row) of the team; a later signature sheet continues the same list.
  void draw_signatures(Page& page, double top, std::size_t first_row, std::size_t end_row, bool first) {
    const Palette& colours = m_style.colours;
    StructureTree& tree = m_document.structure();
    const double heading = 18 * m_scale;
    // Each language's heading under the one before, its promise at the right on the same line.
    auto heading_baseline = [&](std::size_t l) {
      return l == 0 ? top + heading : top + heading + count(l) * heading_step();
    };
    auto draw_heading = [&](std::size_t l) {
      page.text(m_margin, heading_baseline(l), m_document.bold(), heading, fixed("signed-by-our-team", l),
                m_style.accent);
    };
    auto draw_promise = [&](std::size_t l) {
      page.text_right(m_width - m_margin, heading_baseline(l), m_document.regular(), 11 * m_scale,
                      fixed("signing-promise", l), colours.muted_ink);
    };
    if (first) {
      const StructureElement h2 = tree.add(tree.document(), Role::h2);
      for (std::size_t l = 0; l < m_languages; ++l)
        page.tagged(part(h2, l), [&] { draw_heading(l); });
      for (std::size_t l = 0; l < m_languages; ++l)
        page.tagged(tree.add(tree.document(), Role::p, {.lang = other_lang(l)}), [&] { draw_promise(l); });
      m_signature_list = tree.add(tree.document(), Role::l);
    } else {
      for (std::size_t l = 0; l < m_languages; ++l)
        page.artifact([&] { draw_heading(l); });
      for (std::size_t l = 0; l < m_languages; ++l)
        page.artifact([&] { draw_promise(l); });
    }
    const StructureElement list = *m_signature_list;
    const auto& all = names();
    const auto& rows = all_rows();
    const auto columns = static_cast<std::size_t>(signature_columns());
    const double sign_width = signature_line_width();
    double row_top = top + heading_height();
    for (std::size_t r = first_row; r < end_row; ++r) {
      for (std::size_t c = 0; c < columns && r * columns + c < all.size(); ++c) {
        const auto& name = all[r * columns + c];
        const double x = m_margin + static_cast<double>(c) * (cell_width() + cell_gap());
        const StructureElement body = tree.add(tree.add(list, Role::li), Role::lbody);
        const double name_baseline = row_top + name_size();
        const double rule_y =
            m_languages == 1 ? row_top + rows[r] - label_size() * 1.3 - 10 * m_scale
                             : row_top + rows[r] - label_size() * 1.3 - 10 * m_scale - more_labels(false);
        page.artifact([&] {
          if (name.empty())
            page.line(x, name_baseline + 2 * m_scale, x + cell_width(), name_baseline + 2 * m_scale,
                      colours.rule, 0.8 * m_scale);
          page.line(x, rule_y, x + sign_width, rule_y, colours.rule, 0.8 * m_scale);
          page.line(x + sign_width + 8 * m_scale, rule_y, x + cell_width(), rule_y, colours.rule,
                    0.8 * m_scale);
        });
        auto draw_name = [&] {
          double baseline = name_baseline;
          for (const auto& line : name) {
            page.text_in_column(x, cell_width(), baseline, m_document.regular(), name_size(), line,
                                colours.ink);
            baseline += name_size() * 1.2;
          }
        };
        // The labels in language `l`, under the first language's.
        auto draw_labels = [&](std::size_t l) {
          const double below = l == 0 ? 0 : count(l) * label_step();
          if (name.empty()) {  // a line to print a name on
            page.text(x, name_baseline + 2 * m_scale + label_size() * 1.2 + below, m_document.regular(),
                      label_size(), fixed("name", l), colours.muted_ink);
          }
          page.text(x, rule_y + label_size() * 1.2 + below, m_document.regular(), label_size(),
                    fixed("signature", l), colours.muted_ink);
          page.text(x + sign_width + 8 * m_scale, rule_y + label_size() * 1.2 + below, m_document.regular(),
                    label_size(), fixed("date", l), colours.muted_ink);
        };
        if (m_languages == 1) {
          page.tagged(body, [&] {
            draw_name();
            draw_labels(0);
          });
        } else {
          if (!name.empty())
            page.tagged(body, draw_name);
          for (std::size_t l = 0; l < m_languages; ++l)
            page.tagged(part(body, l), [&] { draw_labels(l); });
        }
      }
      row_top += rows[r];
    }
  }

  double footer_size() const { return 9 * m_scale; }

  // A line of the footer, and the language it is in (the identity's footer line is the first's).
  struct FooterLine {
    std::string text;
    std::size_t language = 0;
  };

  // The identity's footer line, then in each language where the statements come from and which edition
  // this is, with the copies the service asks for.
  std::vector<FooterLine> footer_lines(const RenderOptions& options) const {
    std::vector<FooterLine> lines;
    auto add = [&](const std::string& text, std::size_t l) {
      for (auto& line : wrap_lines(m_document.regular(), text, footer_size(), content_width()))
        lines.push_back({std::move(line), l});
    };
    if (!m_style.footer_line.empty())
      add(m_style.footer_line, 0);
    for (std::size_t l = 0; l < m_languages; ++l) {
      const FixedTexts& texts = *m_texts[l];
      std::string second = edition_line(m_pledge, texts, options.source_date_epoch);
      if (m_pledge.poster.copies > 0)
        second +=
            " · " + filled(texts.text(m_pledge.poster.copies == 1 ? "copy-requested" : "copies-requested"),
                           "{copies}", std::to_string(m_pledge.poster.copies));
      add(sources_line(m_pledge, texts), l);
      add(second, l);
    }
    if (m_languages > 1) {  // each language's last line ends with a space, as its broken lines do
      for (std::size_t i = 0; i < lines.size(); ++i) {
        if ((i + 1 == lines.size() || lines[i + 1].language != lines[i].language) &&
            !lines[i].text.ends_with(' '))
          lines[i].text += ' ';
      }
    }
    return lines;
  }

  double footer_height(const RenderOptions& options) const {
    return 14 * m_scale + count(footer_lines(options).size()) * footer_size() * 1.35 + m_margin * 0.6;
  }

  // Where the statements come from and which edition this is: a paragraph, the last thing read (on the last
  // sheet; the same lines on earlier sheets are artifacts), each language's lines a part of it with its
  // /Lang on a poster in more than one.
  void draw_footer(Page& page, const RenderOptions& options, bool last) const {
    const Palette& colours = m_style.colours;
    StructureTree& tree = m_document.structure();
    const double top = m_footer_top;
    page.artifact([&] { page.line(m_margin, top, m_width - m_margin, top, colours.rule, 0.6 * m_scale); });
    const std::vector<FooterLine> lines = footer_lines(options);
    double baseline = top + 10 * m_scale;
    auto draw = [&](std::size_t from, std::size_t to) {
      for (std::size_t i = from; i < to; ++i) {
        baseline += footer_size() * 1.1;
        page.text_in_column(m_margin, content_width(), baseline, m_document.regular(), footer_size(),
                            lines[i].text, colours.muted_ink);
        baseline += footer_size() * 0.25;
      }
    };
    if (!last) {
      page.artifact([&] { draw(0, lines.size()); }, ArtifactKind::pagination);
    } else if (const StructureElement footer = tree.add(tree.document(), Role::p); m_languages == 1) {
      page.tagged(footer, [&] { draw(0, lines.size()); });
    } else {
      for (std::size_t from = 0; from < lines.size();) {
        std::size_t to = from + 1;
        while (to < lines.size() && lines[to].language == lines[from].language)
          ++to;
        page.tagged(part(footer, lines[from].language), [&] { draw(from, to); });
        from = to;
      }
    }
  }

  // Why the poster does not fit on the sheets allowed: the statements themselves, or the team's names.
  [[noreturn]] void throw_does_not_fit() const {
    const std::string size_name = m_pledge.poster.size;
    const int limit = m_pledge.poster.sheets > 0 ? m_pledge.poster.sheets : most_sheets;
    const std::string sheets =
        limit == 1 ? "one " + size_name + " sheet" : std::to_string(limit) + " " + size_name + " sheets";
    const std::string file = m_pledge.source_text ? m_pledge.source_text->name() : std::string();
    char minimum[32];
    std::snprintf(minimum, sizeof minimum, "%g", std::round(smallest_size() * 2) / 2);
    const bool statements_fit = limit == 1 && arrange_alone_fits();
    std::string message;
    if (statements_fit) {
      message = "the poster's " + std::to_string(m_pledge.statements.size()) + " statements fit on " +
                sheets + " at " + minimum + " pt, but the signatures of the team's " +
                std::to_string(m_pledge.staff.size()) +
                " staff do not fit under them; leave 'sheets: 1' out of 'poster:' so that the team signs on "
                "signature sheets of their own" +
                std::string(size_name == "A2" ? "" : ", or use a larger poster (poster: {size: A2})");
    } else {
      message =
          "the poster's " + std::to_string(m_pledge.statements.size()) + " statements do not fit on " +
          sheets + " at " + minimum + " pt or larger, the smallest size legible on the wall; " +
          (limit < most_sheets ? "allow more sheets (poster: {sheets: N}, or leave it out), " : "") +
          std::string(size_name == "A2" ? "" : "use a larger poster (poster: {size: A2}), ") +
          "shorten or exclude statements, or make separate pledges for different customers (the guidance "
          "'How to create an individual pledge for your service' suggests clinical and admin versions)";
    }
    throw Error(message, file.empty() ? std::nullopt : std::optional<Location>(Location{file, 0, 0}));
  }

  // True if the statements alone fit one sheet, with no signatures under them.
  bool arrange_alone_fits() const {
    SheetContent all{0, m_pledge.statements.size(), !m_pledge.asks.empty(), false};
    return fit(all, panels_top(0), panels_bottom(false), maximum_on_a3 * m_scale).has_value();
  }

  PageSize m_size;
  double m_scale;
  std::size_t m_languages;            // of the poster, m_texts.size()
  std::vector<std::string> m_titles;  // of each panel, see title_slot
  double m_width = 0;
  double m_height = 0;
  double m_margin = 0;
  double m_footer_top = 0;
  std::size_t m_sheets = 1;
  std::optional<StructureElement> m_list;            // the list of the group being drawn
  std::optional<StructureElement> m_signature_list;  // the team's
  mutable std::optional<std::vector<std::vector<std::string>>> m_names;
  mutable std::optional<std::vector<double>> m_rows;
  mutable std::map<std::pair<double, double>, std::vector<int>> m_line_counts;
  mutable std::vector<std::optional<MeasuredWords>> m_measured;
  mutable std::vector<std::optional<MeasuredWords>> m_measured_titles;
  mutable std::optional<std::pair<bool, double>> m_header_height;  // for one sheet or more, and its height
  mutable std::pair<double, double> m_indent{-1, 0};               // a size and indent(size)
};

}  // namespace

Poster render_poster(const ResolvedPledge& pledge, const RenderOptions& options) {
  Poster poster;
  std::string pdf = render_pdf(
      "poster", pledge_document_info(pledge, options, "our-pledge"), options,
      [&](PdfDocument& document) { poster = PosterLayout(pledge, document, options).draw(options); });
  poster.pdf = std::move(pdf);
  return poster;
}

}  // namespace pledge::render
