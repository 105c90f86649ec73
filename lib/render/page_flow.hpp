#pragma once

#include <functional>
#include <vector>

#include "render/pdf_document.hpp"

namespace pledge::render {

// Lays content down a run of pages, top to bottom, and keeps what to draw on each page until the page count
// is known, so that footers can say "Page X of Y" (two passes: plan, then draw).
class PageFlow {
 public:
  using Draw = std::function<void(Page&)>;

  // Content goes between `top` and `bottom` (from the top of the page) on every page.
  PageFlow(double top, double bottom) : m_top(top), m_bottom(bottom), m_y(top), m_page_content_top(top) {
    m_pages.emplace_back();
  }

  double y() const { return m_y; }
  double space_left() const { return m_bottom - m_y; }
  double page_height_available() const { return m_bottom - m_top; }
  bool page_is_empty() const { return m_y == m_page_content_top; }

  // What every new page starts with (a repeated table header); nothing to clear it.
  void on_new_page(std::function<void(PageFlow&)> start) { m_start = std::move(start); }

  void new_page();
  // Starts a new page unless `height` fits in what is left of this one (or this one is still empty).
  void keep_together(double height);
  void draw(Draw draw) { m_pages.back().push_back(std::move(draw)); }
  void advance(double height) { m_y += height; }

  // Adds the pages to `document` and draws them; `frame` draws what every page has (footer, page number).
  void render(PdfDocument& document, PageSize size, Orientation orientation,
              const std::function<void(Page&, std::size_t page, std::size_t pages)>& frame) const;

 private:
  double m_top;
  double m_bottom;
  double m_y;
  double m_page_content_top;
  std::function<void(PageFlow&)> m_start;
  std::vector<std::vector<Draw>> m_pages;
};

// Lays out the rows of a table whose header (`header_height` tall) its caller repeats on each new page: row r
// has `lines[r]` lines `leading` apart, with `pad` above and below. A row that fits a page moves whole to the
// next one; only a row taller than a page is split between lines. `draw_part(r, from, to)` draws lines
// [from, to) of row r at the flow's position and advances past them.
void flow_table_rows(PageFlow& flow, const std::vector<std::size_t>& lines, double leading, double pad,
                     double header_height,
                     const std::function<void(std::size_t row, std::size_t from, std::size_t to)>& draw_part);

}  // namespace pledge::render
