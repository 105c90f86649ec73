#include "render/page_flow.hpp"

#include <algorithm>

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

void flow_table_rows(
    PageFlow& flow, const std::vector<std::size_t>& lines, double leading, double pad, double header_height,
    const std::function<void(std::size_t row, std::size_t from, std::size_t to)>& draw_part) {
  for (std::size_t r = 0; r < lines.size(); ++r) {
    const double full = static_cast<double>(lines[r]) * leading + 2 * pad;
    if (full <= flow.page_height_available() - header_height)
      flow.keep_together(full);
    std::size_t from = 0;
    while (from < lines[r]) {
      const auto fit = static_cast<std::size_t>(std::max(0.0, (flow.space_left() - 2 * pad) / leading));
      if (fit == 0) {
        flow.new_page();
        continue;
      }
      const std::size_t to = std::min(lines[r], from + fit);
      draw_part(r, from, to);
      from = to;
      if (from < lines[r])
        flow.new_page();
    }
  }
}

}  // namespace pledge::render
