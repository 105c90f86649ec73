#include "render/checklist.hpp"

#include <algorithm>
#include <array>
#include <functional>
#include <memory>

#include "base/calendar_date.hpp"
#include "model/fixed_text_lines.hpp"
#include "render/fixed_text_files.hpp"
#include "render/identity_style.hpp"
#include "render/layout.hpp"
#include "render/page_flow.hpp"
#include "render/pdf_document.hpp"
#include "render/pledge_layout.hpp"
#include "render/table.hpp"

namespace pledge::render {

namespace {

constexpr PageMargins margins = {32, 36, 40};
constexpr double body_size = 8;
constexpr double points_per_mm = 72 / 25.4;
// Auditors write in the Owner and notes columns of a printed checklist: at least 30 mm and 45 mm of space
// (issue 14), which with the Change column fits only across an A4 page turned to landscape.
constexpr double owner_width = 88;   // 31 mm
constexpr double notes_width = 132;  // 46.6 mm
static_assert(owner_width >= 30 * points_per_mm && notes_width >= 45 * points_per_mm);

// The fixed-text key of a Change value.
std::string_view change_key(StatementStatus status) {
  switch (status) {
    case StatementStatus::kept:
      return "kept";
    case StatementStatus::reworded:
      return "reworded";
    case StatementStatus::added:
      break;
  }
  return "added";
}

// Appends the lines of `more` to `cell`.
void append(TableCell& cell, TableCell more) {
  for (auto& line : more)
    cell.push_back(std::move(line));
}

class ChecklistLayout : PledgeLayout {
 public:
  using PledgeLayout::PledgeLayout;

  void draw() {
    PageFlow flow(PageSize::a4, Orientation::landscape, margins);
    logo_on_first_page(m_document, flow, m_pledge.identity, page_height(PageSize::a4) - margins.side,
                       margins.top);
    StructureTree& tree = m_document.structure();
    const StructureElement document = tree.document();
    title_block(flow);
    // A status in Welsh is twice as long as in English: a bilingual checklist takes the room from the
    // statement and change columns, so that each status stays on a line or two beside its tick box.
    const bool bilingual = m_texts.size() > 1;
    const std::vector<TableColumn> columns = {{"#", 18},
                                              column("statement", bilingual ? 163 : 175),
                                              column("change", bilingual ? 90 : 112),
                                              column("source", 76),
                                              column("evidence-prompts", 126),
                                              column("evidence-and-notes", notes_width),
                                              column("status", bilingual ? 84 : 50),
                                              column("owner", owner_width)};
    flow_table(flow, m_document, document, table_style(), columns, statement_rows(columns));
    if (!m_pledge.excluded.empty()) {
      flow.keep_together(60);
      // Each language's heading, then each language's note, the first language first, all at one size.
      for (const FixedTexts* texts : m_texts) {
        const StructureElement heading = tree.add(document, Role::h2, {.lang = other_lang(*texts)});
        flow.draw(
            [y = flow.y(), this, heading, text = texts->text("statements-not-in-this-pledge")](Page& page) {
              page.tagged(heading, [&] {
                page.text(margins.side, y + 14, m_document.bold(), 13, text, m_style.colours.heading);
              });
            });
        flow.advance(20);
      }
      for (const FixedTexts* texts : m_texts) {
        const StructureElement paragraph = tree.add(document, Role::p, {.lang = other_lang(*texts)});
        for (const auto& line : wrap_lines(m_document.regular(), texts->text("checklist-excluded-note"),
                                           body_size, content_width())) {
          flow.draw([y = flow.y(), line, this, paragraph](Page& page) {
            page.tagged(paragraph, [&] {
              page.text_in_column(margins.side, content_width(), y + 9, m_document.regular(), body_size, line,
                                  m_style.colours.muted_ink);
            });
          });
          flow.advance(11);
        }
      }
      flow.advance(5);
      const std::vector<TableColumn> excluded_columns = {column("ref", 170), column("library-wording", 340),
                                                         column("reason", content_width() - 510)};
      flow_table(flow, m_document, document, table_style(), excluded_columns,
                 excluded_rows(excluded_columns));
    }
    flow.render(m_document, 22, running_title(m_style, footer_title()),
                [this](std::size_t page, std::size_t pages) { return pages_line(page, pages); });
  }

 private:
  // The text of `key` in each language, the first first, parted by " / ".
  std::string in_each(std::string_view key) const {
    std::string out;
    for (const FixedTexts* texts : m_texts)
      out += (out.empty() ? "" : " / ") + texts->text(key);
    return out;
  }

  // The /Lang of an element in `texts`' language: none in the document's own.
  std::string other_lang(const FixedTexts& texts) const {
    return texts.language() == m_texts.front()->language() ? std::string() : texts.language();
  }

  // A column headed by `key`'s text in the first language, then in each other one on its own line.
  TableColumn column(std::string_view key, double width) const {
    TableColumn out{m_texts.front()->text(key), width};
    for (std::size_t i = 1; i < m_texts.size(); ++i)
      out.translations.push_back({m_texts[i]->language(), m_texts[i]->text(key)});
    return out;
  }

  std::string pages_line(std::size_t page, std::size_t pages) const {
    std::string out;
    for (const FixedTexts* texts : m_texts)
      out += (out.empty() ? "" : " / ") + texts->page_of(static_cast<int>(page), static_cast<int>(pages));
    return out;
  }

  // The running footer: the title, the service and the edition, in each language.
  std::string footer_title() const {
    std::string edition;
    for (const FixedTexts* texts : m_texts) {
      edition += (edition.empty() ? "" : " / ") + edition_line(m_pledge, *texts, m_options.source_date_epoch);
    }
    return in_each("evidence-checklist") + ": " + m_pledge.service + "  ·  " + edition;
  }

  // A4 turned to landscape: its portrait height across.
  static double content_width() { return page_height(PageSize::a4) - 2 * margins.side; }

  void title_block(PageFlow& flow) {
    const Palette& colours = m_style.colours;
    const Face& bold = m_document.bold();
    const Face& regular = m_document.regular();
    StructureTree& tree = m_document.structure();
    // The document's one H1: its title and the service it is for.
    // In a bilingual checklist, each language's title on its own line at the same size, the first first.
    const StructureElement title = tree.add(tree.document(), Role::h1);
    for (std::size_t i = 0; i < m_texts.size(); ++i) {
      const StructureElement part =
          m_texts.size() == 1 ? title : tree.add(title, Role::p, {.lang = other_lang(*m_texts[i])});
      flow.draw([this, &bold, part, y = flow.y(),
                 text = m_texts[i]->text("evidence-checklist") + " "](Page& page) {
        page.tagged(part, [&] { page.text(margins.side, y + 20, bold, 22, text, m_style.colours.heading); });
      });
      flow.advance(i + 1 == m_texts.size() ? 32 : 26);
    }
    const StructureElement service = m_texts.size() == 1 ? title : tree.add(title, Role::p);
    for (const auto& line : wrap_lines(bold, m_pledge.service, 13, content_width())) {
      flow.draw([y = flow.y(), line, &bold, colours, service](Page& page) {
        page.tagged(service, [&] {
          page.text_in_column(margins.side, content_width(), y + 12, bold, 13, line, colours.ink);
        });
      });
      flow.advance(17);
    }
    // Each paragraph in each language, the first first: (text, its /Lang).
    std::vector<std::pair<std::string, std::string>> about;
    const auto in_each_language = [&](const std::function<std::string(const FixedTexts&)>& paragraph) {
      for (const FixedTexts* texts : m_texts)
        if (std::string text = paragraph(*texts); !text.empty())
          about.emplace_back(std::move(text), other_lang(*texts));
    };
    if (!m_pledge.audience.empty())  // the audience is written once, in the service file's language
      in_each_language(
          [&](const FixedTexts& t) { return t.text("who-the-service-is-for") + " " + m_pledge.audience; });
    in_each_language([&](const FixedTexts& t) {
      const std::string version = version_line(m_pledge, t);
      return version.empty() ? version : filled(t.text("pledge-edition"), "{version}", version);
    });
    in_each_language([&](const FixedTexts& t) {
      const std::string sources = sources_line(m_pledge, t);
      return sources.empty() ? sources : sources + ".";
    });
    if (!m_pledge.asks.empty()) {  // printed beside the statements, so auditors see them too
      for (std::size_t i = 0; i < m_texts.size(); ++i) {
        std::string asks = m_texts[i]->text("what-the-service-asks");
        for (const auto& ask : m_pledge.asks) {
          const LanguageText* translated = find_language(ask.texts, m_texts[i]->language());
          asks += " " + (translated ? translated->text : ask.text);
        }
        about.emplace_back(std::move(asks), other_lang(*m_texts[i]));
      }
    }
    in_each_language([&](const FixedTexts& t) {
      return t.text("checklist-how-to") +
             (m_pledge.poster.numbers ? " " + t.text("checklist-numbered") : "") + " " +
             t.text("checklist-change-column");
    });
    for (const auto& [paragraph, lang] : about) {
      const StructureElement element = tree.add(tree.document(), Role::p, {.lang = lang});
      for (const auto& line : wrap_lines(regular, paragraph, 9, content_width())) {
        flow.draw([y = flow.y(), line, &regular, colours, element](Page& page) {
          page.tagged(element, [&] {
            page.text_in_column(margins.side, content_width(), y + 9, regular, 9, line, colours.muted_ink);
          });
        });
        flow.advance(12);
      }
    }
    flow.advance(10);
  }

  TableStyle table_style() const { return {margins.side, content_width(), body_size, 10, 4, 1}; }

  TableCell cell(std::string_view text, double column_width, const TableLine& look = {}) const {
    return wrapped_cell(m_document, table_style(), text, column_width, look);
  }

  TableRow statement_row(const ChecklistRow& row, const ResolvedStatement& statement,
                         const std::vector<TableColumn>& columns, bool striped) const {
    auto width = [&](std::size_t c) { return columns[c].width; };
    std::vector<TableCell> cells(columns.size());
    cells[0].push_back({row.number, true});
    // The statement in each language, the first first, at the same size and weight.
    cells[1] = cell(row.statement, width(1));
    for (std::size_t i = 1; i < statement.texts.size(); ++i)
      append(cells[1], cell(statement.texts[i].text, width(1), {.lang = statement.texts[i].language}));
    for (const FixedTexts* texts : m_texts)
      append(cells[2], cell(texts->text(change_key(statement.status)), width(2),
                            {.bold = true, .lang = other_lang(*texts)}));
    if (!row.original.empty())
      append(cells[2], cell(in_each("library-wording") + ": " + row.original, width(2), {.muted = true}));
    cells[3] = cell(row.ref, width(3), {.muted = true});
    for (const auto& ref : split_refs(row.refs))
      append(cells[3], cell(ref, width(3)));
    for (const auto& prompt : row.prompts)
      append(cells[4], cell(prompt, width(4), {.indent = 7, .bullet = "•"}));
    cells[5] = cell(row.notes, width(5));
    for (const std::string& line : record_lines(row))
      append(cells[5], cell(line, width(5), {.muted = true}));
    if (row.status.empty()) {
      for (const std::string_view status : {"met", "partly-met", "not-met"})
        for (const FixedTexts* texts : m_texts) {
          if (m_texts.size() == 1) {  // one short line each, as the English checklist has always set them
            cells[6].push_back({.text = texts->text(status), .muted = true, .indent = 9, .tick_box = true});
            continue;
          }
          // One tick box for each status, before its first language's first line.
          TableCell lines =
              cell(texts->text(status), width(6), {.muted = true, .indent = 9, .lang = other_lang(*texts)});
          lines.front().tick_box = texts == m_texts.front();
          append(cells[6], std::move(lines));
        }
    } else {
      cells[6] = cell(status_in_each(row.status), width(6), {.bold = true});
    }
    cells[7] = cell(row.owner, width(7));
    return {std::move(cells), striped};
  }

  // An auditor's status (Met, Partly met, Not met, as the service file records it) in each language.
  std::string status_in_each(const std::string& status) const {
    const std::vector<std::string>& statuses = evidence_statuses();
    constexpr std::array<std::string_view, 3> keys = {"met", "partly-met", "not-met"};
    for (std::size_t i = 0; i < statuses.size() && i < keys.size(); ++i)
      if (statuses[i] == status)
        return in_each(keys[i]);
    return status;
  }

  // When the evidence was checked and by whom, where it is, and when it is due for review, in each language.
  std::vector<std::string> record_lines(const ChecklistRow& row) const {
    std::vector<std::string> lines;
    for (const FixedTexts* texts : m_texts) {
      auto date_text = [&](const std::string& iso) {
        const auto date = parse_calendar_date(iso);
        return date ? long_date(*date, *texts) : iso;
      };
      if (!row.checked.empty() && !row.reviewer.empty())
        lines.push_back(filled(filled(texts->text("checked-on-by"), "{date}", date_text(row.checked)),
                               "{name}", row.reviewer));
      else if (!row.checked.empty())
        lines.push_back(filled(texts->text("checked-on"), "{date}", date_text(row.checked)));
      else if (!row.reviewer.empty())
        lines.push_back(filled(texts->text("checked-by"), "{name}", row.reviewer));
      if (!row.link.empty())
        lines.push_back(filled(texts->text("evidence-at"), "{link}", row.link));
      if (!row.review_by.empty())
        lines.push_back(filled(texts->text("review-by"), "{date}", date_text(row.review_by)));
    }
    return lines;
  }

  static std::vector<std::string> split_refs(const std::string& refs) {
    std::vector<std::string> out;
    std::size_t at = 0;
    while (at < refs.size()) {
      std::size_t end = refs.find("; ", at);
      if (end == std::string::npos)
        end = refs.size();
      out.push_back(refs.substr(at, end - at));
      at = end + 2;
    }
    return out;
  }

  std::vector<TableRow> statement_rows(const std::vector<TableColumn>& columns) const {
    std::vector<TableRow> rows;
    const std::vector<ChecklistRow> checklist = checklist_rows(m_pledge);
    for (std::size_t i = 0; i < checklist.size(); ++i)
      rows.push_back(statement_row(checklist[i], m_pledge.statements[i], columns, rows.size() % 2 == 1));
    return rows;
  }

  std::vector<TableRow> excluded_rows(const std::vector<TableColumn>& columns) const {
    std::vector<TableRow> rows;
    for (const auto& excluded : m_pledge.excluded) {
      rows.push_back({{cell(excluded.ref, columns[0].width, {.muted = true}),
                       cell(excluded.original, columns[1].width), cell(excluded.reason, columns[2].width)},
                      rows.size() % 2 == 1});
    }
    return rows;
  }
};

}  // namespace

std::string render_checklist(const ResolvedPledge& pledge, const RenderOptions& options) {
  return render_pdf("checklist", pledge_document_info(pledge, options, "evidence-checklist"), options,
                    [&](PdfDocument& document) { ChecklistLayout(pledge, document, options).draw(); });
}

}  // namespace pledge::render
