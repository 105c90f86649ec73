#include "render/coverage_report.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>

#include "model/fixed_text_lines.hpp"
#include "render/fixed_text_files.hpp"
#include "render/identity_style.hpp"
#include "render/layout.hpp"
#include "render/page_flow.hpp"
#include "render/pdf_document.hpp"
#include "render/table.hpp"

namespace pledge::render {

namespace {

constexpr PageMargins margins = {32, 32, 40};
constexpr double body_size = 8;
constexpr double small_size = 7;
constexpr double leading = 9.5;
constexpr double cell_pad = 3.5;

// The matrix: a column per service, narrow, headed by its number and its name turned upwards (two lines in
// the narrowest columns, three in the widest); the statement column takes what is left of the page width, and
// never less than statement_min_width.
constexpr double narrowest_service = 20;
constexpr double widest_service = 28;
constexpr double total_width = 22;
constexpr double totals_gap = 6;
constexpr double statement_min_width = 240;
constexpr double header_height = 124;
constexpr double number_band = 13;  // the service numbers, upright, at the foot of the header
constexpr double name_size = 7;
constexpr double name_leading = 7.6;
constexpr double mark_size = 8.5;
// A long statement is cut after this many lines, with an ellipsis: the ref identifies it.
constexpr std::size_t wording_lines = 3;

constexpr CoverageState all_states[] = {CoverageState::kept, CoverageState::reworded, CoverageState::excluded,
                                        CoverageState::not_selected};

double landscape_width() {
  return page_height(PageSize::a4);
}

double content_width() {
  return landscape_width() - 2 * margins.side;
}

double totals_width() {
  return totals_gap + total_width * static_cast<double>(std::size(all_states));
}

double services_room() {
  return content_width() - statement_min_width - totals_width();
}

double service_width(const ServiceColumns& set) {
  return std::min(widest_service, services_room() / count(std::max<std::size_t>(set.count, 1)));
}

double statement_width(const ServiceColumns& set) {
  return content_width() - count(set.count) * service_width(set) - totals_width();
}

// "3 services": `n` and the noun `key` names in `texts` (key-one for 1, key-many else).
std::string counted(std::size_t n, const std::string& key, const FixedTexts& texts) {
  return std::to_string(n) + " " + texts.text(key + (n == 1 ? "-one" : "-many"));
}

// `text` cut at its end, with an ellipsis, to fit `width`; whole if it fits already. The cut is found from
// the widths of the clusters as shaped (a letter is never parted from its accents), then checked with the
// ellipsis shaped on.
std::string shortened(const Face& face, std::string text, double size, double width) {
  if (face.width(text, size) <= width)
    return text;
  const std::string_view body = without_direction_mark(text);
  const std::string mark(std::string_view(text).substr(0, text.size() - body.size()));
  const ShapedParagraph& shaped = face.shaped(body);
  std::map<std::uint32_t, double> advances;  // by the byte offset where each cluster starts
  for (const GlyphRun& run : shaped.runs)
    for (const PositionedGlyph& glyph : run.glyphs)
      advances[glyph.cluster] += glyph.advance * size;
  const double room = width - face.width("…", size);
  std::size_t cut = 0;
  double used = 0;
  for (const auto& [offset, advance] : advances) {
    if (used + advance > room)
      break;
    used += advance;
    const auto next = advances.upper_bound(offset);
    cut = next == advances.end() ? body.size() : next->first;
  }
  std::string kept(body.substr(0, cut));
  const auto trim = [&kept] {
    while (!kept.empty() && kept.back() == ' ')
      kept.pop_back();
  };
  trim();
  // Kerning and shaping across the cut can make the shaped text a little wider than its clusters' sum.
  while (!kept.empty() && face.width(mark + kept + "…", size) > width) {
    std::size_t end = kept.size() - 1;
    while (end > 0 && (static_cast<unsigned char>(kept[end]) & 0xC0) == 0x80)
      --end;  // back to the first byte of the last UTF-8 character
    kept.erase(end);
    trim();
  }
  return mark + kept + "…";
}

// `text` wrapped to `width`, at most `most` lines, the last ending in an ellipsis if text was left over.
std::vector<std::string> wrapped_at_most(const Face& face, std::string_view text, double size, double width,
                                         std::size_t most) {
  std::vector<std::string> lines = wrap_lines(face, text, size, width);
  if (lines.size() > most) {
    // The first ends with the space it broke at.
    std::string last = lines[most - 1] + std::string(without_direction_mark(lines[most]));
    lines.resize(most);
    lines.back() = shortened(face, std::move(last), size, width);
  }
  return lines;
}

std::string library_of(const std::string& ref) {
  return ref.substr(0, ref.find('/'));
}

class CoverageLayout {
 public:
  CoverageLayout(const CoverageMatrix& matrix, PdfDocument& document, const RenderOptions& options,
                 const FixedTexts& texts)
      : m_matrix(matrix),
        m_rows(matrix.rows()),
        m_document(document),
        m_options(options),
        m_texts(texts),
        m_style(identity_style(matrix.identity() ? *matrix.identity() : Identity{})) {}

  void draw() {
    PageFlow flow(PageSize::a4, Orientation::landscape, margins);
    if (const Identity* identity = m_matrix.identity())
      logo_on_first_page(m_document, flow, *identity, page_height(PageSize::a4) - margins.side, margins.top);
    title_block(flow);
    services_table(flow);
    const auto sets = coverage_page_sets(m_matrix.services().size());
    for (std::size_t s = 0; s < sets.size(); ++s)
      matrix_pages(flow, sets[s], s, sets.size());
    exclusions(flow);
    const std::string title = text("statement-coverage") + ": " +
                              counted(m_matrix.services().size(), "service") + ", " +
                              counted(m_rows.size(), "library-statement");
    flow.render(
        m_document, 22,
        running_title(m_style, title + "  ·  " + made_with_line(m_texts, m_options.source_date_epoch)),
        [this](std::size_t page, std::size_t pages) {
          return m_texts.page_of(static_cast<int>(page), static_cast<int>(pages));
        });
  }

 private:
  const std::string& text(std::string_view key) const { return m_texts.text(key); }
  std::string counted(std::size_t n, const std::string& key) const {
    return render::counted(n, key, m_texts);
  }

  // A library statement's wording in the report's language, or in its own when it has no translation.
  LanguageText wording(const CoverageRow& row) const {
    if (row.language != m_texts.language())
      if (const LanguageText* translated = find_language(row.translations, m_texts.language()))
        return *translated;
    return {row.language, row.text, {}};
  }

  // "Total Kept (K)".
  std::string total_label(CoverageState state) const {
    const CoverageMark m = coverage_mark(state, m_texts);
    return text("total") + " " + std::string(m.label) + " (" + std::string(m.symbol) + ")";
  }

  // The /Lang of a text in `language`: none in the report's own.
  std::string other_lang(const std::string& language) const {
    return language == m_texts.language() ? std::string() : language;
  }

  std::size_t statements_of(const std::string& library) const {
    return static_cast<std::size_t>(std::count_if(m_rows.begin(), m_rows.end(), [&](const CoverageRow* row) {
      return library_of(row->ref) == library;
    }));
  }

  const Face& regular() const { return m_document.regular(); }
  const Face& bold() const { return m_document.bold(); }
  StructureTree& tree() { return m_document.structure(); }
  StructureElement add(Role role, ElementAttributes attributes = {}) {
    return tree().add(tree().document(), role, std::move(attributes));
  }

  // `text` wrapped, as content of `element` (a new paragraph if none).
  void paragraph(PageFlow& flow, const std::string& text, const Face& face, double size, double line_height,
                 Colour colour, std::optional<StructureElement> element = std::nullopt) {
    const StructureElement into = element ? *element : add(Role::p);
    for (const auto& line : wrap_lines(face, text, size, content_width())) {
      flow.draw([y = flow.y(), line, &face, size, colour, into](Page& page) {
        page.tagged(into, [&] {
          page.text_in_column(margins.side, content_width(), y + size, face, size, line, colour);
        });
      });
      flow.advance(line_height);
    }
  }

  void heading(PageFlow& flow, const std::string& text) {
    flow.draw([y = flow.y(), text, this, element = add(Role::h2)](Page& page) {
      page.tagged(element,
                  [&] { page.text(margins.side, y + 13, bold(), 13, text, m_style.colours.heading); });
    });
    flow.advance(20);
  }

  void title_block(PageFlow& flow) {
    const Palette& colours = m_style.colours;
    flow.draw([this, element = add(Role::h1)](Page& page) {
      page.tagged(element, [&] {
        page.text(margins.side, margins.top + 20, bold(), 22, text("statement-coverage"),
                  m_style.colours.heading);
      });
    });
    flow.advance(32);
    const std::size_t libraries = m_matrix.libraries().size();
    paragraph(flow,
              filled(filled(filled(text("coverage-counts"), "{services}",
                                   counted(m_matrix.services().size(), "service")),
                            "{statements}", counted(m_rows.size(), "statement")),
                     "{libraries}", counted(libraries, "library")),
              bold(), 13, 18, colours.ink);
    const StructureElement list = add(Role::l);
    for (const auto& library : m_matrix.libraries()) {
      paragraph(flow,
                "•  " + (library.title.empty() ? library.id : library.title) + " (" + library.id +
                    (library.version.empty() ? "" : ", " + text("library-version") + " " + library.version) +
                    "): " + counted(statements_of(library.id), "statement"),
                regular(), 9, 12, colours.ink, tree().add(tree().add(list, Role::li), Role::lbody));
    }
    flow.advance(4);
    paragraph(flow, text("coverage-about"), regular(), 9, 12, colours.muted_ink);
    flow.advance(10);
  }

  // --- Plain tables ---

  // The services and exclusions tables keep at least two lines of their first row under the header.
  static TableStyle table_style() { return {margins.side, content_width(), body_size, leading, cell_pad, 2}; }

  TableCell wrapped(std::string_view text, double width, bool strong = false, bool muted = false) const {
    return wrapped_cell(m_document, table_style(), text, width, {.bold = strong, .muted = muted});
  }

  TableCell number(std::size_t n) const { return {{std::to_string(n), false, n == 0}}; }

  // The key to the matrix's numbered columns, with each service's totals.
  void services_table(PageFlow& flow) {
    flow.keep_together(80);
    heading(flow, text("services-heading"));
    const double numbers = 64;
    const auto marked = [&](CoverageState state) {
      const CoverageMark m = coverage_mark(state, m_texts);
      return std::string(m.label) + " (" + std::string(m.symbol) + ")";
    };
    const std::vector<TableColumn> columns = {
        {"#", 24, true},
        {text("service-column"), 240},
        {text("file-column"), content_width() - 24 - 240 - 5 * numbers},
        {marked(CoverageState::kept), numbers, true},
        {marked(CoverageState::reworded), numbers, true},
        {marked(CoverageState::excluded), numbers, true},
        {text("added"), numbers, true},
        {text("not-selected"), numbers, true},
    };
    std::vector<TableRow> rows;
    for (std::size_t i = 0; i < m_matrix.services().size(); ++i) {
      const CoverageService& service = m_matrix.services()[i];
      rows.push_back({{{{std::to_string(i + 1), true, false}},
                       wrapped(service.name, columns[1].width, true),
                       wrapped(service.file, columns[2].width, false, true),
                       number(m_matrix.count(i, CoverageState::kept)),
                       number(m_matrix.count(i, CoverageState::reworded)),
                       number(m_matrix.count(i, CoverageState::excluded)),
                       number(service.added),
                       number(m_matrix.count(i, CoverageState::not_selected))},
                      i % 2 == 1});
    }
    flow_table(flow, m_document, tree().document(), table_style(), columns, std::move(rows));
    paragraph(flow, text("coverage-added-note"), regular(), small_size, 10, m_style.colours.muted_ink);
    flow.advance(12);
  }

  // --- The matrix ---

  double service_x(const ServiceColumns& set, std::size_t column) const {
    return margins.side + statement_width(set) + count(column) * service_width(set);
  }

  double total_x(const ServiceColumns& set, std::size_t column) const {
    return service_x(set, set.count) + totals_gap + count(column) * total_width;
  }

  // A mark as the legend and the cells draw it: the letter centred on its fill, the letter tagged as
  // `element`'s content (an artifact if none), the fill an artifact.
  void mark(Page& page, double x, double top, double w, double h, CoverageState state,
            std::optional<StructureElement> element) const {
    const CoverageMark m = coverage_mark(state, m_texts);
    page.artifact([&] {
      if (m.fill != m_style.colours.paper)
        page.fill_rect(x + 1, top + 1, w - 2, h - 2, m.fill);
    });
    const auto letter = [&] {
      page.text_centred(x + w / 2, top + h / 2 + mark_size * 0.36, bold(), mark_size, m.symbol, m.ink);
    };
    if (element)
      page.tagged(*element, letter);
    else
      page.artifact(letter, ArtifactKind::pagination);
  }

  // The elements of a page set's matrix header where it is first drawn: the line saying what the matrix
  // shows, the legend, and the header row of the table that the rows are added to. Where it is repeated on a
  // later page, the header is an artifact.
  struct MatrixTags {
    StructureElement what;
    std::vector<StructureElement> legend_labels;
    std::vector<StructureElement> legend_bodies;
    StructureElement table;
    std::vector<StructureElement> header_cells;  // the statement column, the services, the totals
  };

  MatrixTags matrix_tags(const ServiceColumns& set) {
    MatrixTags tags;
    tags.what = add(Role::p);
    const StructureElement legend = add(Role::l);
    for (std::size_t i = 0; i < std::size(all_states); ++i) {
      const StructureElement item = tree().add(legend, Role::li);
      tags.legend_labels.push_back(tree().add(item, Role::lbl));
      tags.legend_bodies.push_back(tree().add(item, Role::lbody));
    }
    tags.table = add(Role::table);
    const StructureElement row = tree().add(tags.table, Role::tr);
    for (std::size_t c = 0; c < 1 + set.count + std::size(all_states); ++c)
      tags.header_cells.push_back(tree().add(row, Role::th, {.scope = HeaderScope::column}));
    return tags;
  }

  // Draws with `draw` as the content of `element` where the header is tagged, else as an artifact.
  template <typename Draw>
  static void header_part(Page& page, const std::optional<MatrixTags>& tags, StructureElement element,
                          Draw&& draw) {
    if (tags)
      page.tagged(element, draw);
    else
      page.artifact(draw, ArtifactKind::pagination);
  }

  // Lines of a name turned upwards, centred across a column `width` wide, starting at `bottom`.
  void upward_lines(Page& page, double x, double width, double bottom, const Face& face,
                    const std::vector<std::string>& lines, Colour colour) const {
    const double block = count(lines.size()) * name_leading;
    const double left = x + (width - block) / 2;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      // Letters stand to the left of an upward baseline.
      const double baseline = left + count(i) * name_leading + face.ascent() * name_size;
      page.text_upwards(baseline, bottom, face, name_size, lines[i], colour);
    }
  }

  void matrix_header(PageFlow& flow, const ServiceColumns& set, std::size_t set_index, std::size_t sets,
                     const std::optional<MatrixTags>& tags) const {
    const std::size_t services = m_matrix.services().size();
    std::string what = filled(text("coverage-against-all"), "{services}", counted(services, "service"));
    if (sets > 1) {
      what = text("coverage-page-set");
      for (const auto& [placeholder, n] : {std::pair{"{first}", set.first + 1},
                                           {"{last}", set.first + set.count},
                                           {"{services}", services},
                                           {"{set}", set_index + 1},
                                           {"{sets}", sets}})
        what = filled(what, placeholder, std::to_string(n));
    }
    flow.draw([=, this, y = flow.y()](Page& page) {
      const Palette& colours = m_style.colours;
      const Colour band = tint(colours.heading, 0.9);
      const MatrixTags none{};
      const MatrixTags& t = tags ? *tags : none;
      page.artifact([&] { page.fill_rect(margins.side, y, content_width(), header_height, band); });
      header_part(page, tags, t.what,
                  [&] { page.text(margins.side + cell_pad, y + 13, bold(), 9, what, colours.heading); });
      // The legend, on every page, so that a page read on its own still says what the letters mean.
      const std::pair<CoverageState, std::string_view> legend[] = {
          {CoverageState::kept, text("legend-kept")},
          {CoverageState::reworded, text("legend-reworded")},
          {CoverageState::excluded, text("legend-excluded")},
          {CoverageState::not_selected, text("legend-not-selected")},
      };
      double legend_y = y + 22;
      for (std::size_t i = 0; i < std::size(legend); ++i) {
        // Not a structured binding: clang 14 (the fuzz build) cannot capture one in the lambda below.
        const CoverageState state = legend[i].first;
        const std::string_view label = legend[i].second;
        page.artifact([&] { page.fill_rect(margins.side + cell_pad, legend_y, 16, 14, colours.paper); });
        mark(page, margins.side + cell_pad, legend_y, 16, 14, state,
             tags ? std::optional(tags->legend_labels[i]) : std::nullopt);
        header_part(page, tags, tags ? tags->legend_bodies[i] : StructureElement{}, [&] {
          page.text(margins.side + cell_pad + 22, legend_y + 10, regular(), small_size + 0.5,
                    std::string(label), colours.ink);
        });
        legend_y += 16;
      }
      const auto header_cell = [&](std::size_t c) {
        return tags ? tags->header_cells[c] : StructureElement{};
      };
      header_part(page, tags, header_cell(0), [&] {
        page.text(margins.side + cell_pad, y + header_height - 4, bold(), body_size,
                  text("statement-ref-and-wording"), colours.heading);
      });
      const double names_bottom = y + header_height - number_band - 3;
      const double names_top = y + 5;
      const double width = service_width(set);
      const auto name_lines = static_cast<std::size_t>(std::max(1.0, std::floor((width - 3) / name_leading)));
      for (std::size_t c = 0; c < set.count; ++c) {
        const std::size_t index = set.first + c;
        const double x = service_x(set, c);
        page.artifact([&] { page.line(x, y + 4, x, y + header_height, colours.rule, 0.4); });
        const auto lines = wrapped_at_most(regular(), m_matrix.services()[index].name, name_size,
                                           names_bottom - names_top, name_lines);
        header_part(page, tags, header_cell(1 + c), [&] {
          upward_lines(page, x, width, names_bottom, regular(), lines, colours.ink);
          page.text_centred(x + width / 2, y + header_height - 4, bold(), 7.5, std::to_string(index + 1),
                            colours.heading);
        });
      }
      const double totals_left = service_x(set, set.count) + totals_gap;
      page.artifact([&] {
        page.line(totals_left - totals_gap / 2, y + 4, totals_left - totals_gap / 2, y + header_height,
                  colours.heading, 0.8);
        page.line(margins.side, y + header_height, margins.side + content_width(), y + header_height,
                  colours.heading, 1);
      });
      for (std::size_t c = 0; c < std::size(all_states); ++c) {
        const double x = total_x(set, c);
        const CoverageMark m = coverage_mark(all_states[c], m_texts);
        header_part(page, tags, header_cell(1 + set.count + c), [&] {
          upward_lines(page, x, total_width, names_bottom, bold(),
                       {text("total") + " " + std::string(m.label)}, colours.heading);
          page.text_centred(x + total_width / 2, y + header_height - 4, bold(), 7.5, m.symbol,
                            colours.heading);
        });
      }
    });
    flow.advance(header_height);
  }

  // A row of the matrix's table, one cell across every column.
  void library_heading(PageFlow& flow, StructureElement table, std::size_t columns,
                       const LibraryInfo& library, std::size_t statements) {
    const double height = 15;
    std::string text = (library.title.empty() ? library.id : library.title) + "  ·  " + library.id;
    if (!library.version.empty())
      text += ", " + m_texts.text("library-version") + " " + library.version;
    text += "  ·  " + counted(statements, "statement");
    text = shortened(bold(), text, body_size, content_width() - 2 * cell_pad);
    const StructureElement cell = tree().add(tree().add(table, Role::tr), Role::td, {.column_span = columns});
    flow.draw([=, this, y = flow.y()](Page& page) {
      page.artifact([&] {
        page.fill_rect(margins.side, y, content_width(), height, tint(m_style.colours.heading, 0.8));
      });
      page.tagged(cell, [&] {
        page.text(margins.side + cell_pad, y + 10.5, bold(), body_size, text, m_style.colours.heading);
      });
    });
    flow.advance(height);
  }

  struct StatementLines {
    std::vector<std::string> ref;
    std::vector<std::string> wording;
    double height() const { return count(ref.size()) * 8.5 + count(wording.size()) * leading + 2 * cell_pad; }
  };

  StatementLines statement_lines(const CoverageRow& row, double width) const {
    const double inner = width - 2 * cell_pad;
    return {wrap_lines(bold(), row.ref, small_size, inner),
            wrapped_at_most(regular(), wording(row).text, body_size, inner, wording_lines)};
  }

  // A row of the table: the statement, a mark per service, the totals, each a TD.
  void matrix_row(PageFlow& flow, StructureElement table, const ServiceColumns& set, const CoverageRow& row,
                  const StatementLines& lines) {
    const double height = lines.height();
    const StructureElement tr = tree().add(table, Role::tr);
    std::vector<StructureElement> cells;
    cells.push_back(tree().add(tr, Role::td, {.lang = other_lang(wording(row).language)}));
    for (std::size_t c = 1; c < 1 + set.count + std::size(all_states); ++c)
      cells.push_back(tree().add(tr, Role::td));
    flow.draw([=, this, &row, y = flow.y()](Page& page) {
      const Palette& colours = m_style.colours;
      page.tagged(cells[0], [&] {
        double baseline = y + cell_pad + small_size;
        for (const auto& line : lines.ref) {
          page.text_in_column(margins.side + cell_pad, statement_width(set) - 2 * cell_pad, baseline, bold(),
                              small_size, line, colours.muted_ink);
          baseline += 8.5;
        }
        baseline += leading - 8.5 + 0.5;
        for (const auto& line : lines.wording) {
          page.text_in_column(margins.side + cell_pad, statement_width(set) - 2 * cell_pad, baseline,
                              regular(), body_size, line, colours.ink);
          baseline += leading;
        }
      });
      for (std::size_t c = 0; c < set.count; ++c)
        mark(page, service_x(set, c), y, service_width(set), height, row.cells[set.first + c].state,
             cells[1 + c]);
      for (std::size_t c = 0; c < std::size(all_states); ++c) {
        const std::size_t n = row.count(all_states[c]);
        page.tagged(cells[1 + set.count + c], [&] {
          page.text_centred(total_x(set, c) + total_width / 2, y + height / 2 + body_size * 0.36,
                            n == 0 ? regular() : bold(), body_size, std::to_string(n),
                            n == 0 ? colours.muted_ink : colours.ink);
        });
      }
      page.artifact([&] {
        page.line(margins.side, y + height, margins.side + content_width(), y + height, colours.rule, 0.4);
      });
    });
    flow.advance(height);
  }

  // Each service's totals under its column.
  // Rows of the table: a row header (TH, scope Row) in the statement column, a TD per service, and one
  // empty TD across the totals columns.
  void matrix_totals(PageFlow& flow, StructureElement table, const ServiceColumns& set) {
    const double row_height = 12;
    const std::size_t rows = std::size(all_states) + 1;
    flow.keep_together(count(rows) * row_height + 2);
    std::vector<std::vector<StructureElement>> cells;
    for (std::size_t r = 0; r < rows; ++r) {
      const StructureElement tr = tree().add(table, Role::tr);
      cells.push_back({tree().add(tr, Role::th, {.scope = HeaderScope::row})});
      for (std::size_t c = 0; c < set.count; ++c)
        cells.back().push_back(tree().add(tr, Role::td));
      tree().add(tr, Role::td, {.column_span = std::size(all_states)});
    }
    flow.draw([=, this, y = flow.y()](Page& page) {
      const Palette& colours = m_style.colours;
      page.artifact([&] {
        page.line(margins.side, y, margins.side + content_width(), y, colours.heading, 1);
        for (std::size_t r = 0; r < rows; r += 2)
          page.fill_rect(margins.side, y + count(r) * row_height + 0.5, content_width(), row_height,
                         colours.stripe);
      });
      for (std::size_t r = 0; r < rows; ++r) {
        const double top = y + count(r) * row_height;
        const double baseline = top + 8.5;
        const bool added = r == std::size(all_states);
        const std::string label = added ? text("coverage-added-row") : total_label(all_states[r]);
        page.tagged(cells[r][0], [&] {
          page.text_right(service_x(set, 0) - cell_pad, baseline, bold(), small_size + 0.5, label,
                          colours.ink);
        });
        for (std::size_t c = 0; c < set.count; ++c) {
          const std::size_t service = set.first + c;
          const std::size_t n =
              added ? m_matrix.services()[service].added : m_matrix.count(service, all_states[r]);
          page.tagged(cells[r][1 + c], [&] {
            page.text_centred(service_x(set, c) + service_width(set) / 2, baseline,
                              n == 0 ? regular() : bold(), small_size + 0.5, std::to_string(n),
                              n == 0 ? colours.muted_ink : colours.ink);
          });
        }
      }
    });
    flow.advance(count(rows) * row_height + 2);
  }

  void matrix_pages(PageFlow& flow, const ServiceColumns& set, std::size_t set_index, std::size_t sets) {
    if (set_index == 0)
      flow.keep_together(header_height + 60);
    else
      flow.new_page();  // each page set starts its own pages, to lay side by side
    const MatrixTags tags = matrix_tags(set);
    matrix_header(flow, set, set_index, sets, tags);
    flow.on_new_page(
        [this, set, set_index, sets](PageFlow& f) { matrix_header(f, set, set_index, sets, std::nullopt); });
    const std::size_t columns = 1 + set.count + std::size(all_states);
    const double width = statement_width(set);
    std::string library;
    for (std::size_t r = 0; r < m_rows.size(); ++r) {
      const CoverageRow& row = *m_rows[r];
      const StatementLines lines = statement_lines(row, width);
      if (library_of(row.ref) != library) {
        library = library_of(row.ref);
        const auto info = std::find_if(m_matrix.libraries().begin(), m_matrix.libraries().end(),
                                       [&](const LibraryInfo& l) { return l.id == library; });
        flow.keep_together(15 + lines.height());
        library_heading(flow, tags.table, columns,
                        info == m_matrix.libraries().end() ? LibraryInfo{library, "", "", ""} : *info,
                        statements_of(library));
      }
      flow.keep_together(lines.height());
      matrix_row(flow, tags.table, set, row, lines);
    }
    matrix_totals(flow, tags.table, set);
    flow.on_new_page(nullptr);
    flow.advance(14);
  }

  // --- Exclusions ---

  void exclusions(PageFlow& flow) {
    const auto excluded = coverage_exclusions(m_matrix);
    flow.keep_together(80);
    heading(flow, text("why-excluded"));
    if (excluded.empty()) {
      paragraph(flow, text("none-excluded"), regular(), 9, 12, m_style.colours.muted_ink);
      return;
    }
    paragraph(flow, text("coverage-excluded-note"), regular(), 9, 12, m_style.colours.muted_ink);
    flow.advance(4);
    const std::vector<TableColumn> columns = {{text("statement"), 250},
                                              {text("service-column"), 190},
                                              {text("reason"), content_width() - 250 - 190}};
    std::vector<TableRow> rows;
    std::string previous;
    bool striped = true;  // a statement's rows share a background, so that its reasons read as one group
    for (const auto& e : excluded) {
      TableCell statement = wrapped(e.ref, columns[0].width, true, true);
      if (e.ref != previous) {
        striped = !striped;
        const auto row =
            std::find_if(m_rows.begin(), m_rows.end(), [&](const CoverageRow* r) { return r->ref == e.ref; });
        const LanguageText words = wording(**row);
        for (auto& line : wrapped_at_most(regular(), words.text, body_size, columns[0].width - 2 * cell_pad,
                                          wording_lines))
          statement.push_back({.text = std::move(line), .lang = other_lang(words.language)});
      }
      previous = e.ref;
      rows.push_back({{std::move(statement),
                       wrapped(std::to_string(e.service + 1) + ". " + m_matrix.services()[e.service].name,
                               columns[1].width),
                       wrapped(e.reason, columns[2].width)},
                      striped});
    }
    flow_table(flow, m_document, tree().document(), table_style(), columns, std::move(rows));
  }

  const CoverageMatrix& m_matrix;
  std::vector<const CoverageRow*> m_rows;
  PdfDocument& m_document;
  const RenderOptions& m_options;
  const FixedTexts& m_texts;  // of the report's language (RenderOptions::report_language)
  IdentityStyle m_style;      // the services' shared identity, or the house style
};

}  // namespace

std::size_t coverage_columns_per_page() {
  return static_cast<std::size_t>(std::floor(services_room() / narrowest_service));
}

std::vector<ServiceColumns> coverage_page_sets(std::size_t services) {
  std::vector<ServiceColumns> sets;
  if (services == 0)
    return sets;
  const std::size_t per_page = coverage_columns_per_page();
  const std::size_t set_count = (services + per_page - 1) / per_page;
  std::size_t first = 0;
  for (std::size_t s = 0; s < set_count; ++s) {
    // The first sets take one more when the services do not divide evenly.
    const std::size_t n = services / set_count + (s < services % set_count ? 1 : 0);
    sets.push_back({first, n});
    first += n;
  }
  return sets;
}

CoverageMark coverage_mark(CoverageState state, const FixedTexts& texts) {
  const Palette& colours = palette();
  switch (state) {
    case CoverageState::kept: {
      const Colour green = colour_from_hex("#006747");
      return {texts.text("mark-kept"), texts.text("kept"), green, tint(green, 0.82)};
    }
    case CoverageState::reworded:
      return {texts.text("mark-reworded"), texts.text("reworded"), colours.heading,
              tint(colour_from_hex("#005EB8"), 0.82)};
    case CoverageState::excluded: {
      const Colour red = colour_from_hex("#8A1538");
      return {texts.text("mark-excluded"), texts.text("excluded"), red, tint(red, 0.82)};
    }
    case CoverageState::not_selected:
      break;
  }
  return {"–", texts.text("not-selected"), colours.muted_ink, colours.paper};  // a dash in every language
}

std::vector<CoverageExclusion> coverage_exclusions(const CoverageMatrix& matrix) {
  std::vector<CoverageExclusion> out;
  for (const CoverageRow* row : matrix.rows()) {
    for (std::size_t s = 0; s < row->cells.size(); ++s) {
      if (row->cells[s].state == CoverageState::excluded)
        out.push_back({row->ref, s, row->cells[s].reason});
    }
  }
  return out;
}

std::string render_coverage(const CoverageMatrix& matrix, const RenderOptions& options) {
  const FixedTexts& texts = report_texts(options);
  const std::string subject =
      filled(texts.text("coverage-of"), "{services}", counted(matrix.services().size(), "service", texts));
  return render_pdf("coverage report", {texts.text("statement-coverage"), subject, texts.language()}, options,
                    [&](PdfDocument& document) { CoverageLayout(matrix, document, options, texts).draw(); });
}

}  // namespace pledge::render
