#include "render/page_flow.hpp"

#include "render/layout.hpp"

namespace pledge::render {

PageFlow::PageFlow(PageSize size, Orientation orientation, PageMargins margins)
    : m_size(size),
      m_orientation(orientation),
      m_side(margins.side),
      m_top(margins.top),
      m_bottom((orientation == Orientation::portrait ? page_height(size) : page_width(size)) -
               margins.bottom),
      m_y(m_top),
      m_page_content_top(m_top) {
  m_pages.emplace_back();
}

void PageFlow::new_page() {
  m_pages.emplace_back();
  m_y = m_top;
  m_page_content_top = m_y;
  if (m_start)
    m_start(*this);
  m_page_content_top = m_y;
}

void PageFlow::keep_together(double height) {
  if (height > space_left() && !page_is_empty())
    new_page();
}

void PageFlow::render(PdfDocument& document, double footer_drop, const std::string& footer,
                      double footer_size) const {
  render(document, footer_drop, footer, page_of, footer_size);
}

void PageFlow::render(PdfDocument& document, double footer_drop, const std::string& footer,
                      const std::function<std::string(std::size_t page, std::size_t pages)>& pages_line,
                      double footer_size) const {
  for (std::size_t i = 0; i < m_pages.size(); ++i) {
    Page page = document.add_page(m_size, m_orientation);
    for (const auto& draw : m_pages[i])
      draw(page);
    running_footer(page, document.regular(), m_side, m_bottom + footer_drop, footer,
                   pages_line(i + 1, m_pages.size()), footer_size);
  }
}

}  // namespace pledge::render
