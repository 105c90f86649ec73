#pragma once

#include <functional>
#include <string>
#include <vector>

#include "render/pdf_document.hpp"

namespace pledge::render {

// Where content goes on a page, in points from its edges.
struct PageMargins {
  double side = 0;  // left and right
  double top = 0;
  double bottom = 0;  // the running footer goes below it
};

// Lays content down a run of pages, top to bottom, and keeps what to draw on each page until the page count
// is known, so that footers can say "Page X of Y" (two passes: plan, then draw).
class PageFlow {
 public:
  using Draw = std::function<void(Page&)>;

  // Pages of `size`, content inside `margins` on every page.
  PageFlow(PageSize size, Orientation orientation, PageMargins margins);

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

  // Adds the pages to `document` and draws them, each with a running footer (see running_footer): `footer`
  // and "Page X of Y" between the side margins, set at `footer_size`, on a baseline `footer_drop` below the
  // bottom margin.
  void render(PdfDocument& document, double footer_drop, const std::string& footer,
              double footer_size = 7.5) const;
  // The same with the page numbers `pages_line` gives ("Tudalen 1 o 2 / Page 1 of 2"), for a document in
  // other languages than English.
  void render(PdfDocument& document, double footer_drop, const std::string& footer,
              const std::function<std::string(std::size_t page, std::size_t pages)>& pages_line,
              double footer_size = 7.5) const;

 private:
  PageSize m_size;
  Orientation m_orientation;
  double m_side;
  double m_top;
  double m_bottom;
  double m_y;
  double m_page_content_top;
  std::function<void(PageFlow&)> m_start;
  std::vector<std::vector<Draw>> m_pages;
};

}  // namespace pledge::render
