#include "render/large_print.hpp"

#include "model/fixed_text_lines.hpp"
#include "render/fixed_text_files.hpp"
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
    in_each(flow, title, fixed("our-pledge"), m_document.bold(), sizes.title, m_style.colours.heading);
    lines(flow, part(title, ""), m_pledge.service, m_document.bold(), sizes.service, m_style.colours.heading);
    if (!m_pledge.audience.empty()) {  // written once, in the service file's language
      flow.advance(6);
      std::vector<LanguageText> audience;
      for (const FixedTexts* texts : m_texts)
        audience.push_back(
            {texts->language(),
             filled(texts->text("for-audience"), "{audience}", lowered_first(m_pledge.audience)),
             {}});
      in_each(flow, m_tree.add(m_tree.document(), Role::p), audience, m_document.regular(), sizes.body,
              m_style.colours.ink);
    }
    for (const auto& group : m_pledge.groups) {
      std::vector<const ResolvedStatement*> statements;
      for (const auto& statement : m_pledge.statements)
        if (statement.group == group.id)
          statements.push_back(&statement);
      if (statements.empty())
        continue;
      const std::vector<LanguageText> titles = texts_or(group.titles, group.title);
      // A heading is never left alone at the foot of a page: it goes with its first statement.
      flow.advance(sizes.body);
      flow.keep_together(height(titles, m_document.bold(), sizes.heading, width()) + sizes.body * 0.5 +
                         height(texts_or(statements.front()->texts, statements.front()->text),
                                m_document.regular(), sizes.body, width() - bullet_indent));
      in_each(flow, m_tree.add(m_tree.document(), Role::h2), titles, m_document.bold(), sizes.heading,
              m_style.colours.heading);
      flow.advance(sizes.body * 0.5);
      const StructureElement list = m_tree.add(m_tree.document(), Role::l);
      for (const ResolvedStatement* statement : statements)
        item(flow, list, texts_or(statement->texts, statement->text));
    }
    if (!m_pledge.contact.empty()) {
      const std::vector<LanguageText> heading = fixed("who-to-contact");
      flow.advance(sizes.body);
      flow.keep_together(height(heading, m_document.bold(), sizes.heading, width()) +
                         height(m_pledge.contact, m_document.regular(), sizes.body, width()));
      in_each(flow, m_tree.add(m_tree.document(), Role::h2), heading, m_document.bold(), sizes.heading,
              m_style.colours.heading);
      lines(flow, m_tree.add(m_tree.document(), Role::p), m_pledge.contact, m_document.regular(), sizes.body,
            m_style.colours.ink);
    }
    flow.advance(sizes.body);
    std::vector<LanguageText> about;
    for (const FixedTexts* texts : m_texts)
      about.push_back({texts->language(), sources_line(m_pledge, *texts), {}});
    for (const FixedTexts* texts : m_texts)
      about.push_back({texts->language(), edition_line(m_pledge, *texts, m_options.source_date_epoch), {}});
    for (const LanguageText& line : about) {
      if (line.text.empty())
        continue;
      flow.keep_together(height(line.text, m_document.regular(), sizes.small, width()));
      lines(flow, m_tree.add(m_tree.document(), Role::p, {.lang = other_lang(line.language)}), line.text,
            m_document.regular(), sizes.small, m_style.colours.ink);
      flow.advance(sizes.small * 0.5);
    }
    std::string footer;
    for (const FixedTexts* texts : m_texts)
      footer += (footer.empty() ? "" : " / ") + texts->text("our-pledge");
    flow.render(
        m_document, 34, running_title(m_style, footer + ": " + m_pledge.service),
        [this](std::size_t page, std::size_t pages) {
          std::string line;
          for (const FixedTexts* texts : m_texts)
            line +=
                (line.empty() ? "" : " / ") + texts->page_of(static_cast<int>(page), static_cast<int>(pages));
          return line;
        },
        sizes.small);
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
  double height(const std::vector<LanguageText>& texts, const Face& face, double size, double room) const {
    double total = 0;
    for (const LanguageText& text : texts)
      total += height(text.text, face, size, room);
    return total;
  }

  // The element a text in `language` is tagged to inside `element`: `element` itself in a one-language
  // document, else a P of its own carrying its /Lang (none for the first language).
  StructureElement part(StructureElement element, const std::string& language) {
    if (m_texts.size() == 1)
      return element;
    return m_tree.add(element, Role::p, {.lang = other_lang(language)});
  }

  // Each of `texts` in turn, the first language first, at the same size, into `element`.
  void in_each(PageFlow& flow, StructureElement element, const std::vector<LanguageText>& texts,
               const Face& face, double size, Colour colour, double indent = 0) {
    for (const LanguageText& text : texts)
      lines(flow, texts.size() == 1 ? element : part(element, text.language), text.text, face, size, colour,
            indent);
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

  // A statement as a list item, with its bullet, in each language: kept on one page.
  void item(PageFlow& flow, StructureElement list, const std::vector<LanguageText>& texts) {
    flow.keep_together(height(texts, m_document.regular(), sizes.body, width() - bullet_indent));
    const StructureElement entry = m_tree.add(list, Role::li);
    const StructureElement label = m_tree.add(entry, Role::lbl);
    flow.draw([y = flow.y(), this, label](Page& page) {
      page.tagged(label, [&] {
        page.text(margins.side + 2, y + sizes.body, m_document.bold(), sizes.body, "•", m_style.colours.ink);
      });
    });
    in_each(flow, m_tree.add(entry, Role::lbody), texts, m_document.regular(), sizes.body,
            m_style.colours.ink, bullet_indent);
    flow.advance(sizes.body * 0.45);
  }

  StructureTree& m_tree;
};

}  // namespace

std::string render_large_print(const ResolvedPledge& pledge, const RenderOptions& options) {
  return render_pdf("large print", pledge_document_info(pledge, options, "our-pledge-large-print"), options,
                    [&](PdfDocument& document) { LargePrintLayout(pledge, document, options).draw(); });
}

}  // namespace pledge::render
