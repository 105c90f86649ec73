#include "render/worksheet.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>

#include "model/fixed_text_lines.hpp"
#include "render/fixed_text_files.hpp"
#include "render/identity_style.hpp"
#include "render/layout.hpp"
#include "render/page_flow.hpp"
#include "render/pdf_document.hpp"
#include "render/pledge_layout.hpp"

namespace pledge::render {

namespace {

constexpr PageMargins margins = {40, 40, 44};
constexpr double text_size = 10;
constexpr double text_leading = 13;
constexpr double writing_line = 22;    // room for handwriting between ruled lines
constexpr double boxes_width = 150;    // the tick boxes to the right of each statement
constexpr double label_leading = 8.5;  // between the lines of a tick box's label in each language

// A statement of the template in each of the document's languages it is written in, the first first.
struct TemplateStatement {
  std::string ref;
  std::vector<LanguageText> texts;
  bool added = false;  // the service's own, which no library holds
};

// A group of the template, with the library statements under it in library order, then the service's own.
struct TemplateGroup {
  std::string id;
  std::vector<LanguageText> titles;
  std::vector<TemplateStatement> statements;
};

// A text written in `own` with its `translations`, in each of `languages` it has, in their order; one it has
// in none of them stays in its own language (and is tagged with it).
std::vector<LanguageText> in_languages(const std::string& own, const std::string& text,
                                       const std::vector<LanguageText>& translations,
                                       const std::vector<std::string>& languages) {
  std::vector<LanguageText> out;
  for (const std::string& language : languages) {
    if (language == own)
      out.push_back({language, text, {}});
    else if (const LanguageText* translated = find_language(translations, language))
      out.push_back(*translated);
  }
  if (out.empty())
    out.push_back({own, text, {}});
  return out;
}

// A resolved text in every language of the pledge, or its one text for a pledge resolved without them.
std::vector<LanguageText> resolved_texts(const std::vector<LanguageText>& texts, const std::string& text,
                                         const std::vector<std::string>& languages) {
  if (!texts.empty())
    return texts;
  return {{languages.front(), text, {}}};
}

// Every group of the selected libraries, merged by id in order of first appearance; a group the service
// renamed keeps the service's title. The statements the service added follow the library's in their group
// (a group only they are in comes after the libraries'), so that the team reviews what it added too.
std::vector<TemplateGroup> template_groups(const ResolvedPledge& pledge, LibraryCatalog& catalog,
                                           const std::vector<std::string>& languages) {
  std::vector<TemplateGroup> groups;
  std::map<std::string, std::size_t> index;
  const auto resolved_group = [&](const std::string& id) -> const ResolvedGroup* {
    for (const auto& resolved : pledge.groups)
      if (resolved.id == id)
        return &resolved;
    return nullptr;
  };
  for (const LibraryInfo& info : pledge.libraries) {
    const Library& library = catalog.load(info.id);
    for (const Group& group : library.groups) {
      if (index.count(group.id))
        continue;
      const ResolvedGroup* resolved = resolved_group(group.id);
      index[group.id] = groups.size();
      groups.push_back({group.id,
                        resolved ? resolved_texts(resolved->titles, resolved->title, languages)
                                 : in_languages(library.language, group.title, group.translations, languages),
                        {}});
    }
    for (const Statement& statement : library.statements) {
      const auto found = index.find(statement.group);
      if (found == index.end())
        continue;
      groups[found->second].statements.push_back(
          {library.id + "/" + statement.id,
           in_languages(library.language, statement.text, statement.translations, languages)});
    }
  }
  for (const ResolvedStatement& statement : pledge.statements) {
    if (statement.status != StatementStatus::added)
      continue;
    auto found = index.find(statement.group);
    if (found == index.end()) {
      const ResolvedGroup* resolved = resolved_group(statement.group);
      found = index.emplace(statement.group, groups.size()).first;
      groups.push_back({statement.group,
                        resolved ? resolved_texts(resolved->titles, resolved->title, languages)
                                 : resolved_texts({}, statement.group_title, languages),
                        {}});
    }
    groups[found->second].statements.push_back(
        {statement.ref, resolved_texts(statement.texts, statement.text, languages), true});
  }
  std::erase_if(groups, [](const TemplateGroup& g) { return g.statements.empty(); });
  return groups;
}

// A text set on one line in parts, each tagged to its own element (a language's), parted by " / ".
struct LinePart {
  std::string text;
  StructureElement element;
};

class WorksheetLayout : PledgeLayout {
 public:
  using PledgeLayout::PledgeLayout;

  void draw(const std::vector<TemplateGroup>& groups) {
    PageFlow flow(PageSize::a4, Orientation::portrait, margins);
    logo_on_first_page(m_document, flow, m_pledge.identity, page_width(PageSize::a4) - margins.side,
                       margins.top);
    title_block(flow);
    StructureTree& tree = m_document.structure();
    // Numbered as the poster, leaflet and checklist number the pledge's statements; a library statement
    // the service crossed off is in none of them, so it has no number here.
    std::map<std::string, std::size_t> numbers;
    for (std::size_t i = 0; i < m_pledge.statements.size(); ++i)
      numbers.emplace(m_pledge.statements[i].ref, i + 1);
    std::set<std::string> crossed_off;
    for (const ExcludedStatement& excluded : m_pledge.excluded)
      crossed_off.insert(excluded.ref);
    for (std::size_t g = 0; g < groups.size(); ++g) {
      const TemplateGroup& group = groups[g];
      // A group heading never ends a page alone: it needs its first statement below it.
      const auto first = statement_block_height(group.statements.front().texts);
      flow.keep_together(18 + 16 * count(heading_line_count(group.titles)) + first);
      group_heading(flow, group.titles, group_colour(g));
      const StructureElement list = tree.add(tree.document(), Role::l);
      for (const TemplateStatement& entry : group.statements) {
        const auto number = numbers.find(entry.ref);
        const std::string_view note = entry.added                    ? "added-in-service-file"
                                      : crossed_off.count(entry.ref) ? "crossed-off-in-service-file"
                                                                     : "";
        statement(flow, tree.add(list, Role::li),
                  number == numbers.end() ? std::nullopt : std::optional<std::size_t>(number->second), entry,
                  note);
      }
      own_statements(flow);
    }
    new_statements_page(flow);
    std::string footer;
    for (const FixedTexts* texts : m_texts)
      footer += (footer.empty() ? "" : " / ") + texts->text("pledge-worksheet");
    footer += ": " + m_pledge.service + "  ·  ";
    for (std::size_t i = 0; i < m_texts.size(); ++i)
      footer += (i == 0 ? "" : " / ") + made_with_line(*m_texts[i], m_options.source_date_epoch);
    flow.render(m_document, 24, running_title(m_style, footer), [this](std::size_t page, std::size_t pages) {
      std::string line;
      for (const FixedTexts* texts : m_texts)
        line += (line.empty() ? "" : " / ") + texts->page_of(static_cast<int>(page), static_cast<int>(pages));
      return line;
    });
  }

 private:
  static double content_width() { return page_width(PageSize::a4) - 2 * margins.side; }
  double text_width() const { return content_width() - boxes_width - 16; }
  bool bilingual() const { return m_texts.size() > 1; }
  double extra_languages() const { return static_cast<double>(m_texts.size() - 1); }

  // The element a text in `language` is tagged to inside `element`: `element` itself in a one-language
  // document, else a P of its own carrying its /Lang (none for the first language).
  StructureElement part(StructureElement element, const std::string& language) {
    if (!bilingual())
      return element;
    return m_document.structure().add(element, Role::p, {.lang = other_lang(language)});
  }

  // `text` wrapped to `width`; in several languages its last line ends with a space too, as the others do,
  // so that a text read back runs into the next language's with a space between them.
  std::vector<std::string> wrapped(const Face& face, std::string_view text, double size, double width) const {
    std::vector<std::string> lines = wrap_lines(face, text, size, width);
    if (bilingual() && !lines.empty() && !lines.back().ends_with(' '))
      lines.back() += ' ';
    return lines;
  }

  // A fixed text set on its own, with the space after it in several languages (see wrapped).
  std::string spaced(const std::string& text) const { return bilingual() ? text + " " : text; }

  // The text of `key` in each language, as parts of one line inside `element`.
  std::vector<LinePart> line_parts(StructureElement element, std::string_view key) {
    std::vector<LinePart> parts;
    for (const FixedTexts* texts : m_texts)
      parts.push_back({spaced(texts->text(key)), part(element, texts->language())});
    return parts;
  }

  // `parts` on one line from `x`, a slash between them (an artifact, so that each reads back in its
  // language); in a one-language document, inside the marked content the caller opened.
  void line_of(Page& page, double x, double baseline, double size, const std::vector<LinePart>& parts,
               Colour colour) const {
    const Face& face = m_document.regular();
    for (std::size_t i = 0; i < parts.size(); ++i) {
      if (i > 0) {
        page.artifact(
            [&] { page.text(x, baseline, face, size, "/ ", colour); });  // each part ends with a space
        x += face.width("/ ", size);
      }
      const auto draw = [&] { page.text(x, baseline, face, size, parts[i].text, colour); };
      if (bilingual())
        page.tagged(parts[i].element, draw);
      else
        draw();
      x += face.width(parts[i].text, size);
    }
  }

  // `text` wrapped, as content of `element`.
  void paragraph(PageFlow& flow, StructureElement element, const std::string& text, double size, bool bold,
                 Colour colour, double indent = 0) {
    const Face& face = bold ? m_document.bold() : m_document.regular();
    for (const auto& line : wrapped(face, text, size, content_width() - indent)) {
      flow.draw([y = flow.y(), line, &face, size, colour, indent, element](Page& page) {
        page.tagged(element, [&] {
          page.text_in_column(margins.side + indent, content_width() - indent, y + size, face, size, line,
                              colour);
        });
      });
      flow.advance(size * 1.3);
    }
  }

  // Each of `texts` in turn, the first language first, at the same size, into `element`.
  void paragraphs(PageFlow& flow, StructureElement element, const std::vector<LanguageText>& texts,
                  double size, bool bold, Colour colour, double indent = 0) {
    for (const LanguageText& text : texts)
      paragraph(flow, texts.size() == 1 ? element : part(element, text.language), text.text, size, bold,
                colour, indent);
  }

  void title_block(PageFlow& flow) {
    const Palette& colours = m_style.colours;
    StructureTree& tree = m_document.structure();
    const StructureElement document = tree.document();
    // The document's one H1: its title in each language, each on its own line at one size, and the service.
    const StructureElement title = tree.add(document, Role::h1);
    for (std::size_t i = 0; i < m_texts.size(); ++i) {
      flow.draw([this, element = part(title, m_texts[i]->language()),
                 baseline = margins.top + 22 + 30 * count(i),
                 text = m_texts[i]->text("pledge-worksheet") + " "](Page& page) {
        page.tagged(element, [&] {
          page.text(margins.side, baseline, m_document.bold(), 24, text, m_style.colours.heading);
        });
      });
      flow.advance(i + 1 == m_texts.size() ? 34 : 30);
    }
    paragraph(flow, bilingual() ? tree.add(title, Role::p) : title, m_pledge.service, 13, true, colours.ink);
    if (!m_pledge.audience.empty()) {  // written once, in the service file's language
      std::vector<LanguageText> audience;
      for (const FixedTexts* texts : m_texts)
        audience.push_back(
            {texts->language(), texts->text("worksheet-our-customers") + " " + m_pledge.audience, {}});
      paragraphs(flow, tree.add(document, Role::p), audience, 10, false, colours.ink);
    }
    flow.advance(8);
    paragraphs(flow, tree.add(document, Role::h2), fixed("how-to-use-this-sheet"), 11, true, colours.heading);
    flow.advance(2);
    const StructureElement list = tree.add(document, Role::l);
    for (const std::string_view tip :
         {"worksheet-tip-team", "worksheet-tip-cross-off", "worksheet-tip-tick", "worksheet-tip-plain",
          "worksheet-tip-big-group", "worksheet-tip-numbers"}) {
      const StructureElement item = tree.add(list, Role::li);
      flow.draw([y = flow.y(), this, label = tree.add(item, Role::lbl)](Page& page) {
        page.tagged(label, [&] { page.fill_rect(margins.side + 2, y + 4.5, 4, 4, m_style.colours.heading); });
      });
      paragraphs(flow, tree.add(item, Role::lbody), fixed(tip), 9.5, false, colours.ink, 12);
    }
    flow.advance(12);
  }

  std::vector<std::vector<std::string>> heading_lines(const std::vector<LanguageText>& titles) const {
    std::vector<std::vector<std::string>> out;
    for (const LanguageText& title : titles)
      out.push_back(wrapped(m_document.bold(), title.text, 13, content_width() - 16));
    return out;
  }

  std::size_t heading_line_count(const std::vector<LanguageText>& titles) const {
    return line_count(heading_lines(titles));
  }

  double group_heading_height(const std::vector<LanguageText>& titles) const {
    return count(heading_line_count(titles)) * 16 + 10;
  }

  void group_heading(PageFlow& flow, const std::vector<LanguageText>& titles, Colour colour) {
    const double height = group_heading_height(titles);
    const StructureElement heading = m_document.structure().add(m_document.structure().document(), Role::h2);
    std::vector<std::pair<StructureElement, std::vector<std::string>>> parts;
    const auto lines = heading_lines(titles);
    for (std::size_t i = 0; i < titles.size(); ++i)
      parts.emplace_back(titles.size() == 1 ? heading : part(heading, titles[i].language), lines[i]);
    flow.draw([y = flow.y(), parts, height, colour, this](Page& page) {
      page.artifact([&] { page.fill_rect(margins.side, y, content_width(), height, colour); });
      double baseline = y + 5 + 12;
      for (const auto& heading_part : parts) {
        page.tagged(heading_part.first, [&] {
          for (const auto& line : heading_part.second) {
            page.text_in_column(margins.side + 8, content_width() - 16, baseline, m_document.bold(), 13, line,
                                m_style.colours.on_heading);
            baseline += 16;
          }
        });
      }
    });
    flow.advance(height + 10);
  }

  // Lines to write a new wording on: handwriting takes about half as much room again as print, and a
  // short statement still gets two.
  static std::size_t rewording_lines(std::size_t printed_lines) {
    return std::max<std::size_t>(2, (printed_lines * 3 + 1) / 2);
  }

  // The statement's text and ref, or the tick boxes with the reason line under them, whichever is taller
  // (the boxes' labels and the reason's take a line more for each language after the first).
  double statement_text_height(std::size_t printed_lines) const {
    return std::max(count(printed_lines) * text_leading + 12,
                    50.0 + 8 * extra_languages());  // + the ref line; the reason line
  }

  std::vector<std::vector<std::string>> statement_lines(const std::vector<LanguageText>& texts) const {
    std::vector<std::vector<std::string>> out;
    for (const LanguageText& text : texts)
      out.push_back(wrapped(m_document.regular(), text.text, text_size, text_width() - 22));
    return out;
  }

  static std::size_t line_count(const std::vector<std::vector<std::string>>& lines) {
    std::size_t total = 0;
    for (const auto& wrapped : lines)
      total += wrapped.size();
    return total;
  }

  double statement_block_height(const std::vector<LanguageText>& texts) const {
    const std::size_t lines = line_count(statement_lines(texts));
    return statement_text_height(lines) + count(rewording_lines(lines)) * writing_line + 14;
  }

  // A list item: its number (Lbl), then the statement in each language, its ref (and whether the service
  // file crosses it off or added it), the labels of its tick boxes and of the lines for new wording (LBody);
  // the boxes and lines are artifacts. A statement the pledge does not hold (crossed off) has no number: an
  // en dash in its place.
  void statement(PageFlow& flow, StructureElement item, std::optional<std::size_t> number,
                 const TemplateStatement& entry, std::string_view note) {
    const auto lines = statement_lines(entry.texts);
    const std::size_t printed = line_count(lines);
    const double block = statement_block_height(entry.texts);
    flow.keep_together(block);
    const double text_height = statement_text_height(printed);
    const std::size_t rewording = rewording_lines(printed);
    StructureTree& tree = m_document.structure();
    const StructureElement label = tree.add(item, Role::lbl);
    const StructureElement body = tree.add(item, Role::lbody);
    std::vector<std::pair<StructureElement, std::vector<std::string>>> texts;
    for (std::size_t i = 0; i < entry.texts.size(); ++i)
      texts.emplace_back(bilingual() ? part(body, entry.texts[i].language) : body, lines[i]);
    // The ref, then the note in each language.
    std::vector<LinePart> ref_line = {{spaced(entry.ref), bilingual() ? tree.add(body, Role::p) : body}};
    if (!note.empty()) {
      ref_line = line_parts(body, note);
      ref_line.front().text = entry.ref + " · " + ref_line.front().text;
    }
    constexpr std::array<std::string_view, 3> box_keys = {"keep", "cross-off", "reword"};
    std::vector<std::vector<LinePart>> box_labels;
    for (const std::string_view key : box_keys)
      box_labels.push_back(line_parts(body, key));
    const std::vector<LinePart> reason = line_parts(body, "reason-for-crossing-off");
    const std::vector<LinePart> new_wording = line_parts(body, "new-wording");
    flow.draw([=, this, y = flow.y()](Page& page) {
      const Palette& colours = m_style.colours;
      page.tagged(label, [&] {
        if (number)
          page.text(margins.side, y + text_size, m_document.bold(), text_size, std::to_string(*number),
                    colours.heading);
        else
          page.text(margins.side, y + text_size, m_document.bold(), text_size, "–", colours.muted_ink);
      });
      const double box = 11;
      const double boxes_x = margins.side + content_width() - boxes_width;
      const double first_rule = y + text_height + writing_line;
      const double reason_rule = y + box + 30;
      page.artifact([&] {
        for (std::size_t i = 0; i < 3; ++i)
          page.stroke_rect(boxes_x + static_cast<double>(i) * 50, y, box, box, colours.ink, 0.8);
        // The reason a crossed-off statement needs (the service file asks for one), beside the boxes.
        page.line(boxes_x, reason_rule, margins.side + content_width(), reason_rule, colours.rule, 0.5);
        // The box for a new wording, as many lines deep as the statement needs.
        page.stroke_rect(margins.side + 18, first_rule - writing_line + 1, content_width() - 18,
                         count(rewording) * writing_line + 3, tint(colours.rule, 0.4), 0.5);
        for (std::size_t i = 0; i < rewording; ++i) {
          const double rule_y = first_rule + count(i) * writing_line;
          page.line(margins.side + 22, rule_y, margins.side + content_width() - 4, rule_y, colours.rule, 0.5);
        }
      });
      // In one language, everything of the body is one marked-content sequence; in several, each text is
      // tagged to its language's element.
      const auto in = [&](StructureElement element, auto&& draw) {
        if (bilingual())
          page.tagged(element, draw);
        else
          draw();
      };
      const auto body_texts = [&] {
        double baseline = y + text_size;
        for (const auto& text_part : texts) {  // not a structured binding, which clang 14 cannot capture
          in(text_part.first, [&] {
            for (const auto& line : text_part.second) {
              page.text_in_column(margins.side + 22, text_width() - 22, baseline, m_document.regular(),
                                  text_size, line, colours.ink);
              baseline += text_leading;
            }
          });
        }
        line_of(page, margins.side + 22, baseline - 2, 6.5, ref_line, colours.muted_ink);
        // The tick boxes' labels: keep, cross off, reword; in each language, one under the other.
        for (std::size_t i = 0; i < box_labels.size(); ++i)
          for (std::size_t l = 0; l < box_labels[i].size(); ++l)
            in(box_labels[i][l].element, [&] {
              page.text(boxes_x + static_cast<double>(i) * 50, y + box + 9 + label_leading * count(l),
                        m_document.regular(), 7.5, box_labels[i][l].text, colours.muted_ink);
            });
        for (std::size_t l = 0; l < reason.size(); ++l)
          in(reason[l].element, [&] {
            page.text(boxes_x, reason_rule + 8 + 8 * count(l), m_document.regular(), 6.5, reason[l].text,
                      colours.muted_ink);
          });
        line_of(page, margins.side + 22, first_rule - writing_line + 9, 6.5, new_wording, colours.muted_ink);
      };
      if (bilingual())
        body_texts();
      else
        page.tagged(body, body_texts);
    });
    flow.advance(block);
  }

  // A page of its own for statements the team writes: each a line for the group it belongs to and lines for
  // its words, as many as fill the page.
  void new_statements_page(PageFlow& flow) {
    flow.new_page();
    StructureTree& tree = m_document.structure();
    const StructureElement heading = tree.add(tree.document(), Role::h2);
    const StructureElement note = tree.add(tree.document(), Role::p);
    std::vector<LinePart> headings;
    std::vector<LinePart> notes;
    for (const FixedTexts* texts : m_texts)
      headings.push_back(
          {spaced(texts->text("new-statements-of-our-own")), part(heading, texts->language())});
    for (const FixedTexts* texts : m_texts)
      notes.push_back({spaced(texts->text("new-statements-note")), part(note, texts->language())});
    flow.draw([this, y = flow.y(), headings, notes](Page& page) {
      for (std::size_t i = 0; i < headings.size(); ++i)
        page.tagged(headings[i].element, [&] {
          page.text(margins.side, y + 14 + 18 * count(i), m_document.bold(), 14, headings[i].text,
                    m_style.colours.heading);
        });
      const double notes_at = y + 30 + 18 * extra_languages();
      for (std::size_t i = 0; i < notes.size(); ++i)
        page.tagged(notes[i].element, [&] {
          page.text(margins.side, notes_at + 11 * count(i), m_document.regular(), 8.5, notes[i].text,
                    m_style.colours.muted_ink);
        });
    });
    flow.advance(44 + 29 * extra_languages());
    std::string value;
    for (const FixedTexts* texts : m_texts)
      value += (value.empty() ? "" : " / ") + texts->text("worksheet-value");
    const double value_room = m_document.regular().width(value, 8) + 8;
    const double block = writing_line * 4 + 12;
    while (flow.space_left() >= block) {
      flow.draw([this, y = flow.y(), value, value_room](Page& page) {
        const Palette& colours = m_style.colours;
        page.artifact([&] {
          for (int i = 1; i <= 4; ++i) {
            const double rule_y = y + i * writing_line;
            const double from = margins.side + (i == 1 ? std::max(40.0, value_room) : 0);
            page.line(from, rule_y, margins.side + content_width(), rule_y, colours.rule, 0.5);
          }
          page.text(margins.side, y + writing_line - 2, m_document.regular(), 8, value, colours.muted_ink);
        });
      });
      flow.advance(block);
    }
  }

  void own_statements(PageFlow& flow) {
    const double height = 14 + 12 * extra_languages() + 3 * writing_line + 16;
    flow.keep_together(height);
    StructureTree& tree = m_document.structure();
    const StructureElement heading = tree.add(tree.document(), Role::h3);
    std::vector<LinePart> headings;
    for (const FixedTexts* texts : m_texts)
      headings.push_back({spaced(texts->text("statements-of-our-own")), part(heading, texts->language())});
    flow.draw([this, y = flow.y(), headings](Page& page) {
      const Palette& colours = m_style.colours;
      for (std::size_t i = 0; i < headings.size(); ++i)
        page.tagged(headings[i].element, [&] {
          page.text(margins.side, y + 10 + 12 * count(i), m_document.bold(), 9.5, headings[i].text,
                    colours.heading);
        });
      const double rules_from = y + 14 + 12 * extra_languages();
      page.artifact([&] {
        for (int i = 1; i <= 3; ++i) {
          const double rule_y = rules_from + i * writing_line;
          page.line(margins.side, rule_y, margins.side + content_width(), rule_y, colours.rule, 0.5);
        }
      });
    });
    flow.advance(height);
  }
};

}  // namespace

std::string render_worksheet(const ResolvedPledge& pledge, LibraryCatalog& catalog,
                             const RenderOptions& options) {
  std::vector<std::string> languages;
  for (const FixedTexts* texts : texts_of(pledge, options))
    languages.push_back(texts->language());
  const std::vector<TemplateGroup> groups = template_groups(pledge, catalog, languages);
  return render_pdf("worksheet", pledge_document_info(pledge, options, "pledge-worksheet"), options,
                    [&](PdfDocument& document) { WorksheetLayout(pledge, document, options).draw(groups); });
}

}  // namespace pledge::render
