#include "render/worksheet.hpp"

#include <algorithm>
#include <map>

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
    std::size_t number = 0;
    for (std::size_t g = 0; g < groups.size(); ++g) {
      const TemplateGroup& group = groups[g];
      // A group heading never ends a page alone: it needs its first statement below it.
      const auto first = statement_block_height(group.statements.front()->text);
      flow.keep_together(34 + first);
      group_heading(flow, group.title, group_colour(g));
      const StructureElement list = tree.add(tree.document(), Role::l);
      for (std::size_t s = 0; s < group.statements.size(); ++s)
        statement(flow, tree.add(list, Role::li), ++number, group.statements[s]->text, group.refs[s]);
      own_statements(flow);
    }
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
    const Palette& colours = palette();
    StructureTree& tree = m_document.structure();
    const StructureElement document = tree.document();
    const StructureElement title = tree.add(document, Role::h1);
    flow.draw([this, title](Page& page) {
      page.tagged(title, [&] {
        page.text(margins.side, margins.top + 22, m_document.bold(), 24, "Pledge worksheet ",
                  palette().heading);
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
    };
    const StructureElement list = tree.add(document, Role::l);
    for (const auto& tip : tips) {
      const StructureElement item = tree.add(list, Role::li);
      flow.draw([y = flow.y(), this, label = tree.add(item, Role::lbl)](Page& page) {
        page.tagged(label, [&] { page.fill_rect(margins.side + 2, y + 4.5, 4, 4, palette().heading); });
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
                              palette().on_heading);
          baseline += 16;
        }
      });
    });
    flow.advance(height + 10);
  }

  double statement_block_height(const std::string& text) const {
    const auto lines = wrap_lines(m_document.regular(), text, text_size, text_width() - 22);
    const double text_height = std::max(count(lines.size()) * text_leading + 12, 32.0);  // + the ref line
    return text_height + 2 * writing_line + 14;
  }

  // A list item: its number (Lbl), then the statement, its ref, the labels of its tick boxes and of the
  // lines for new wording (LBody); the boxes and lines are artifacts.
  void statement(PageFlow& flow, StructureElement item, std::size_t number, const std::string& text,
                 const std::string& ref) {
    const auto lines = wrap_lines(m_document.regular(), text, text_size, text_width() - 22);
    const double block = statement_block_height(text);
    flow.keep_together(block);
    const double text_height = block - 2 * writing_line - 14;
    StructureTree& tree = m_document.structure();
    const StructureElement label = tree.add(item, Role::lbl);
    const StructureElement body = tree.add(item, Role::lbody);
    flow.draw([=, this, y = flow.y()](Page& page) {
      const Palette& colours = palette();
      page.tagged(label, [&] {
        page.text(margins.side, y + text_size, m_document.bold(), text_size, std::to_string(number),
                  colours.heading);
      });
      const double box = 11;
      const double boxes_x = margins.side + content_width() - boxes_width;
      const double first_rule = y + text_height + writing_line;
      page.artifact([&] {
        for (std::size_t i = 0; i < 3; ++i)
          page.stroke_rect(boxes_x + static_cast<double>(i) * 50, y, box, box, colours.ink, 0.8);
        for (int i = 0; i < 2; ++i) {
          const double rule_y = first_rule + i * writing_line;
          page.line(margins.side + 22, rule_y, margins.side + content_width(), rule_y, colours.rule, 0.5);
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
        page.text(margins.side + 22, first_rule - writing_line + 9, m_document.regular(), 6.5, "New wording",
                  colours.muted_ink);
      });
    });
    flow.advance(block);
  }

  void own_statements(PageFlow& flow) {
    const double height = 14 + 3 * writing_line + 16;
    flow.keep_together(height);
    const StructureElement heading = m_document.structure().add(m_document.structure().document(), Role::h3);
    flow.draw([this, y = flow.y(), heading](Page& page) {
      const Palette& colours = palette();
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
