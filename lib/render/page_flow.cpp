#include "render/page_flow.hpp"

namespace pledge::render {

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

void PageFlow::render(PdfDocument& document, PageSize size, Orientation orientation,
                      const std::function<void(Page&, std::size_t page, std::size_t pages)>& frame) const {
  for (std::size_t i = 0; i < m_pages.size(); ++i) {
    Page page = document.add_page(size, orientation);
    for (const auto& draw : m_pages[i])
      draw(page);
    frame(page, i + 1, m_pages.size());
  }
}

}  // namespace pledge::render
