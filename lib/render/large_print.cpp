#include "render/large_print.hpp"

#include "render/identity_style.hpp"
#include "render/layout.hpp"
#include "render/page_flow.hpp"
#include "render/pdf_document.hpp"
#include "render/pledge_layout.hpp"

namespace pledge::render {

namespace {

constexpr PageMargins margins = {56, 56, 80};
// The type sizes, in points: RNIB's Clear Print asks for 16 pt at the least, and headings larger still.
struct TypeSizes {
  double title = 36;
  double service = 26;
  double heading = 24;
  double body = 18;
  double small = large_print_smallest_size;  // the footer and the sources
};
constexpr TypeSizes sizes;
constexpr double line_spacing = 1.45;  // of the font size: RNIB asks for generous spacing
constexpr double bullet_indent = 26;

class LargePrintLayout : PledgeLayout {
 public:
  LargePrintLayout(const ResolvedPledge& pledge, PdfDocument& document, const RenderOptions& options)
      : PledgeLayout(pledge, document, options), m_tree(document.structure()) {}

  void draw() {
    PageFlow flow(PageSize::a4, Orientation::portrait, margins);
    logo_on_first_page(m_document, flow, m_pledge.identity, page_width(PageSize::a4) - margins.side,
                       margins.top);
    const StructureElement title = m_tree.add(m_tree.document(), Role::h1);
    lines(flow, title, "Our pledge", m_document.bold(), sizes.title, m_style.colours.heading);
    lines(flow, title, m_pledge.service, m_document.bold(), sizes.service, m_style.colours.heading);
    if (!m_pledge.audience.empty()) {
      flow.advance(6);
      lines(flow, m_tree.add(m_tree.document(), Role::p), "For " + lowered_first(m_pledge.audience),
            m_document.regular(), sizes.body, m_style.colours.ink);
    }
    for (const auto& group : m_pledge.groups) {
      std::vector<const std::string*> texts;
      for (const auto& statement : m_pledge.statements)
        if (statement.group == group.id)
          texts.push_back(&statement.text);
      if (texts.empty())
        continue;
      // A heading is never left alone at the foot of a page: it goes with its first statement.
      flow.advance(sizes.body);
      flow.keep_together(height(group.title, m_document.bold(), sizes.heading, width()) + sizes.body * 0.5 +
                         height(*texts.front(), m_document.regular(), sizes.body, width() - bullet_indent));
      lines(flow, m_tree.add(m_tree.document(), Role::h2), group.title, m_document.bold(), sizes.heading,
            m_style.colours.heading);
      flow.advance(sizes.body * 0.5);
      const StructureElement list = m_tree.add(m_tree.document(), Role::l);
      for (const std::string* text : texts)
        item(flow, list, *text);
    }
    if (!m_pledge.contact.empty()) {
      flow.advance(sizes.body);
      flow.keep_together(height("Who to contact", m_document.bold(), sizes.heading, width()) +
                         height(m_pledge.contact, m_document.regular(), sizes.body, width()));
      lines(flow, m_tree.add(m_tree.document(), Role::h2), "Who to contact", m_document.bold(), sizes.heading,
            m_style.colours.heading);
      lines(flow, m_tree.add(m_tree.document(), Role::p), m_pledge.contact, m_document.regular(), sizes.body,
            m_style.colours.ink);
    }
    flow.advance(sizes.body);
    for (const std::string& about : {sources_line(m_pledge), edition_line(m_pledge, m_options)}) {
      if (about.empty())
        continue;
      flow.keep_together(height(about, m_document.regular(), sizes.small, width()));
      lines(flow, m_tree.add(m_tree.document(), Role::p), about, m_document.regular(), sizes.small,
            m_style.colours.ink);
      flow.advance(sizes.small * 0.5);
    }
    flow.render(m_document, 34, running_title(m_style, "Our pledge: " + m_pledge.service), sizes.small);
  }

 private:
  static double width() { return page_width(PageSize::a4) - 2 * margins.side; }
  static double leading(double size) { return size * line_spacing; }

  // "Patients and carers" reads on from "For": "For patients and carers"; an acronym stays as it is.
  static std::string lowered_first(const std::string& text) {
    if (text.size() > 1 && text[0] >= 'A' && text[0] <= 'Z' && !(text[1] >= 'A' && text[1] <= 'Z'))
      return static_cast<char>(text[0] - 'A' + 'a') + text.substr(1);
    return text;
  }

  double height(const std::string& text, const Face& face, double size, double room) const {
    return count(wrap_lines(face, text, size, room).size()) * leading(size);
  }

  // `text` wrapped to the page, each line tagged into `element`, its page chosen line by line. The last line
  // ends with a space too, as the others do, for an element made of several texts ("Our pledge" and the
  // service) read back in order.
  void lines(PageFlow& flow, StructureElement element, const std::string& text, const Face& face, double size,
             Colour colour, double indent = 0) {
    std::vector<std::string> wrapped = wrap_lines(face, text, size, width() - indent);
    if (!wrapped.empty() && !wrapped.back().ends_with(' '))
      wrapped.back() += ' ';
    for (const auto& line : wrapped) {
      flow.keep_together(leading(size));
      flow.draw([y = flow.y(), line, &face, size, colour, indent, element](Page& page) {
        page.tagged(element, [&] { page.text(margins.side + indent, y + size, face, size, line, colour); });
      });
      flow.advance(leading(size));
    }
  }

  // A statement as a list item, with its bullet: kept on one page.
  void item(PageFlow& flow, StructureElement list, const std::string& text) {
    flow.keep_together(height(text, m_document.regular(), sizes.body, width() - bullet_indent));
    const StructureElement entry = m_tree.add(list, Role::li);
    const StructureElement label = m_tree.add(entry, Role::lbl);
    flow.draw([y = flow.y(), this, label](Page& page) {
      page.tagged(label, [&] {
        page.text(margins.side + 2, y + sizes.body, m_document.bold(), sizes.body, "•", m_style.colours.ink);
      });
    });
    lines(flow, m_tree.add(entry, Role::lbody), text, m_document.regular(), sizes.body, m_style.colours.ink,
          bullet_indent);
    flow.advance(sizes.body * 0.45);
  }

  StructureTree& m_tree;
};

}  // namespace

std::string render_large_print(const ResolvedPledge& pledge, const RenderOptions& options) {
  return render_pdf("large print", {"Our pledge (large print): " + pledge.service, pledge.service}, options,
                    [&](PdfDocument& document) { LargePrintLayout(pledge, document, options).draw(); });
}

}  // namespace pledge::render
