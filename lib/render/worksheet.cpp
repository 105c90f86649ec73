#include "render/worksheet.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "render/identity_style.hpp"
#include "render/layout.hpp"
#include "render/page_flow.hpp"
#include "render/pdf_document.hpp"

namespace pledge::render {

namespace {

constexpr PageMargins margins = {40, 40, 44};
constexpr double text_size = 10;
constexpr double text_leading = 13;
constexpr double writing_line = 22;  // room for handwriting between ruled lines
constexpr double boxes_width = 150;  // the tick boxes to the right of each statement

// A group of the template, with the library statements under it in library order.
struct TemplateGroup {
  std::string id;
  std::string title;
  std::vector<const Statement*> statements;
  std::vector<std::string> refs;
};

// Every group of the selected libraries, merged by id in order of first appearance; a group the service
// renamed keeps the service's title.
std::vector<TemplateGroup> template_groups(const ResolvedPledge& pledge, LibraryCatalog& catalog) {
  std::vector<TemplateGroup> groups;
  std::map<std::string, std::size_t> index;
  for (const LibraryInfo& info : pledge.libraries) {
    const Library& library = catalog.load(info.id);
    for (const Group& group : library.groups) {
      if (index.count(group.id))
        continue;
      std::string title = group.title;
      for (const auto& resolved : pledge.groups)
        if (resolved.id == group.id)
          title = resolved.title;
      index[group.id] = groups.size();
      groups.push_back({group.id, title, {}, {}});
    }
    for (const Statement& statement : library.statements) {
      const auto found = index.find(statement.group);
      if (found == index.end())
        continue;
      groups[found->second].statements.push_back(&statement);
      groups[found->second].refs.push_back(library.id + "/" + statement.id);
    }
  }
  std::erase_if(groups, [](const TemplateGroup& g) { return g.statements.empty(); });
  return groups;
}

class WorksheetLayout {
 public:
  WorksheetLayout(const ResolvedPledge& pledge, PdfDocument& document, const RenderOptions& options)
      : m_pledge(pledge),
        m_document(document),
        m_options(options),
        m_style(identity_style(pledge.identity)) {}

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
      const auto first = statement_block_height(group.statements.front()->text);
      flow.keep_together(34 + first);
      group_heading(flow, group.title, group_colour(g));
      const StructureElement list = tree.add(tree.document(), Role::l);
      for (std::size_t s = 0; s < group.statements.size(); ++s) {
        const std::string& ref = group.refs[s];
        const auto number = numbers.find(ref);
        statement(flow, tree.add(list, Role::li),
                  number == numbers.end() ? std::nullopt : std::optional<std::size_t>(number->second),
                  group.statements[s]->text,
                  crossed_off.count(ref) ? ref + " · crossed off in the service file" : ref);
      }
      own_statements(flow);
    }
    new_statements_page(flow);
    flow.render(m_document, 24,
                running_title(m_style,
                              "Pledge worksheet: " + m_pledge.service + "  ·  " + made_with_line(m_options)));
  }

 private:
  static double content_width() { return page_width(PageSize::a4) - 2 * margins.side; }
  double text_width() const { return content_width() - boxes_width - 16; }

  // `text` wrapped, as content of `element`.
  void paragraph(PageFlow& flow, StructureElement element, const std::string& text, double size, bool bold,
                 Colour colour, double indent = 0) {
    const Face& face = bold ? m_document.bold() : m_document.regular();
    for (const auto& line : wrap_lines(face, text, size, content_width() - indent)) {
      flow.draw([y = flow.y(), line, &face, size, colour, indent, element](Page& page) {
        page.tagged(element, [&] {
          page.text_in_column(margins.side + indent, content_width() - indent, y + size, face, size, line,
                              colour);
        });
      });
      flow.advance(size * 1.3);
    }
  }

  void title_block(PageFlow& flow) {
    const Palette& colours = m_style.colours;
    StructureTree& tree = m_document.structure();
    const StructureElement document = tree.document();
    const StructureElement title = tree.add(document, Role::h1);
    flow.draw([this, title](Page& page) {
      page.tagged(title, [&] {
        page.text(margins.side, margins.top + 22, m_document.bold(), 24, "Pledge worksheet ",
                  m_style.colours.heading);
      });
    });
    flow.advance(34);
    paragraph(flow, title, m_pledge.service, 13, true, colours.ink);
    if (!m_pledge.audience.empty())
      paragraph(flow, tree.add(document, Role::p), "Our customers: " + m_pledge.audience, 10, false,
                colours.ink);
    flow.advance(8);
    paragraph(flow, tree.add(document, Role::h2), "How to use this sheet", 11, true, colours.heading);
    flow.advance(2);
    const std::vector<std::string> tips = {
        "Work as a team and include every member: everyone should feel engaged.",
        "Go through the statements and cross off any that are not right for your service.",
        "Tick keep, cross off or reword for each statement. Write your own wording on the lines below it.",
        "Keep statements jargon free and in plain English. Add statements of your own at the end of each "
        "section.",
        "In a big group, split into teams, each taking one section, then bring your work together at the "
        "end.",
        "The numbers are those of your poster, leaflet and checklist; a statement your service file crosses "
        "off "
        "has a dash instead.",
    };
    const StructureElement list = tree.add(document, Role::l);
    for (const auto& tip : tips) {
      const StructureElement item = tree.add(list, Role::li);
      flow.draw([y = flow.y(), this, label = tree.add(item, Role::lbl)](Page& page) {
        page.tagged(label, [&] { page.fill_rect(margins.side + 2, y + 4.5, 4, 4, m_style.colours.heading); });
      });
      paragraph(flow, tree.add(item, Role::lbody), tip, 9.5, false, colours.ink, 12);
    }
    flow.advance(12);
  }

  void group_heading(PageFlow& flow, const std::string& title, Colour colour) {
    const auto lines = wrap_lines(m_document.bold(), title, 13, content_width() - 16);
    const double height = static_cast<double>(lines.size()) * 16 + 10;
    const StructureElement heading = m_document.structure().add(m_document.structure().document(), Role::h2);
    flow.draw([y = flow.y(), lines, height, colour, this, heading](Page& page) {
      page.artifact([&] { page.fill_rect(margins.side, y, content_width(), height, colour); });
      page.tagged(heading, [&] {
        double baseline = y + 5 + 12;
        for (const auto& line : lines) {
          page.text_in_column(margins.side + 8, content_width() - 16, baseline, m_document.bold(), 13, line,
                              m_style.colours.on_heading);
          baseline += 16;
        }
      });
    });
    flow.advance(height + 10);
  }

  // Lines to write a new wording on: handwriting takes about half as much room again as print, and a
  // short statement still gets two.
  static std::size_t rewording_lines(std::size_t printed_lines) {
    return std::max<std::size_t>(2, (printed_lines * 3 + 1) / 2);
  }

  // The statement's text and ref, or the tick boxes with the reason line under them, whichever is taller.
  double statement_text_height(std::size_t printed_lines) const {
    return std::max(count(printed_lines) * text_leading + 12, 50.0);  // + the ref line; the reason line
  }

  double statement_block_height(const std::string& text) const {
    const auto lines = wrap_lines(m_document.regular(), text, text_size, text_width() - 22);
    return statement_text_height(lines.size()) + count(rewording_lines(lines.size())) * writing_line + 14;
  }

  // A list item: its number (Lbl), then the statement, its ref, the labels of its tick boxes and of the
  // lines for new wording (LBody); the boxes and lines are artifacts.
  // A statement the pledge does not hold (crossed off) has no number: an en dash in its place.
  void statement(PageFlow& flow, StructureElement item, std::optional<std::size_t> number,
                 const std::string& text, const std::string& ref) {
    const auto lines = wrap_lines(m_document.regular(), text, text_size, text_width() - 22);
    const double block = statement_block_height(text);
    flow.keep_together(block);
    const double text_height = statement_text_height(lines.size());
    const std::size_t rewording = rewording_lines(lines.size());
    StructureTree& tree = m_document.structure();
    const StructureElement label = tree.add(item, Role::lbl);
    const StructureElement body = tree.add(item, Role::lbody);
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
      page.tagged(body, [&] {
        double baseline = y + text_size;
        for (const auto& line : lines) {
          page.text_in_column(margins.side + 22, text_width() - 22, baseline, m_document.regular(), text_size,
                              line, colours.ink);
          baseline += text_leading;
        }
        page.text(margins.side + 22, baseline - 2, m_document.regular(), 6.5, ref, colours.muted_ink);
        // The tick boxes' labels: keep, cross off, reword.
        const std::array<std::string_view, 3> labels = {"Keep", "Cross off", "Reword"};
        for (std::size_t i = 0; i < labels.size(); ++i)
          page.text(boxes_x + static_cast<double>(i) * 50, y + box + 9, m_document.regular(), 7.5, labels[i],
                    colours.muted_ink);
        page.text(boxes_x, reason_rule + 8, m_document.regular(), 6.5, "Reason for crossing off",
                  colours.muted_ink);
        page.text(margins.side + 22, first_rule - writing_line + 9, m_document.regular(), 6.5, "New wording",
                  colours.muted_ink);
      });
    });
    flow.advance(block);
  }

  // A page of its own for statements the team writes: each a line for the group it belongs to and lines for
  // its words, as many as fill the page.
  void new_statements_page(PageFlow& flow) {
    flow.new_page();
    const StructureElement heading = m_document.structure().add(m_document.structure().document(), Role::h2);
    const StructureElement note = m_document.structure().add(m_document.structure().document(), Role::p);
    flow.draw([this, y = flow.y(), heading, note](Page& page) {
      page.tagged(heading, [&] {
        page.text(margins.side, y + 14, m_document.bold(), 14, "New statements of our own",
                  m_style.colours.heading);
      });
      page.tagged(note, [&] {
        page.text(
            margins.side, y + 30, m_document.regular(), 8.5,
            "Write each in a sentence or two, as you would say it to a patient, and the value it belongs "
            "under.",
            m_style.colours.muted_ink);
      });
    });
    flow.advance(44);
    const double block = writing_line * 4 + 12;
    while (flow.space_left() >= block) {
      flow.draw([this, y = flow.y()](Page& page) {
        const Palette& colours = m_style.colours;
        page.artifact([&] {
          for (int i = 1; i <= 4; ++i) {
            const double rule_y = y + i * writing_line;
            const double from = margins.side + (i == 1 ? 40 : 0);
            page.line(from, rule_y, margins.side + content_width(), rule_y, colours.rule, 0.5);
          }
          page.text(margins.side, y + writing_line - 2, m_document.regular(), 8, "Value:", colours.muted_ink);
        });
      });
      flow.advance(block);
    }
  }

  void own_statements(PageFlow& flow) {
    const double height = 14 + 3 * writing_line + 16;
    flow.keep_together(height);
    const StructureElement heading = m_document.structure().add(m_document.structure().document(), Role::h3);
    flow.draw([this, y = flow.y(), heading](Page& page) {
      const Palette& colours = m_style.colours;
      page.tagged(heading, [&] {
        page.text(margins.side, y + 10, m_document.bold(), 9.5, "Statements of our own for this section",
                  colours.heading);
      });
      page.artifact([&] {
        for (int i = 1; i <= 3; ++i) {
          const double rule_y = y + 14 + i * writing_line;
          page.line(margins.side, rule_y, margins.side + content_width(), rule_y, colours.rule, 0.5);
        }
      });
    });
    flow.advance(height);
  }

  const ResolvedPledge& m_pledge;
  PdfDocument& m_document;
  const RenderOptions& m_options;
  IdentityStyle m_style;
};

}  // namespace

std::string render_worksheet(const ResolvedPledge& pledge, LibraryCatalog& catalog,
                             const RenderOptions& options) {
  const std::vector<TemplateGroup> groups = template_groups(pledge, catalog);
  return render_pdf("worksheet", {"Pledge worksheet: " + pledge.service, pledge.service}, options,
                    [&](PdfDocument& document) { WorksheetLayout(pledge, document, options).draw(groups); });
}

}  // namespace pledge::render
