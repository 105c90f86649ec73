#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/resolved_pledge.hpp"
#include "render/pdf_document.hpp"

namespace pledge::render {

// A count of lines or items as a length multiplier.
inline double count(std::size_t n) {
  return static_cast<double>(n);
}

// Sizes on the A3 poster were chosen by eye; other sizes scale them by page width.
double scale_from_a3(PageSize size);

// The largest size in [smallest, largest], in quarter points, for which `fits` holds (fits is assumed
// monotonic: what fits at a size fits at every smaller one). Binary search: about eight layouts instead of a
// hundred.
std::optional<double> largest_fitting_size(double smallest, double largest,
                                           const std::function<bool(double)>& fits);

// `text` wrapped to `width` in `face` by the widths of its words as shaped, breaking only at spaces (no
// hyphenation, so that every word comes back whole from the PDF); a newline starts a new line. Words wider
// than the line are broken between characters, after '/' or '-' where possible, rather than clipped (for
// names and refs, whose size is not searched). Draw the lines with Page::text_in_column, which sets those of
// a right-to-left paragraph against the column's right edge. A line broken at a space ends with it, so that
// the text read back in order keeps its words apart.
std::vector<std::string> wrap_lines(const Face& face, std::string_view text, double size, double width);

// The same, but nothing if a word does not fit: for text whose size a fit search chooses.
std::optional<std::vector<std::string>> wrap_whole_words(const Face& face, std::string_view text, double size,
                                                         double width);

// The number of lines wrap_whole_words breaks `text` into, or nothing if a word does not fit: the same break
// (break_line_extents), without making a string of each line, for a fit search's trial sizes.
std::optional<std::size_t> whole_word_line_count(const Face& face, std::string_view text, double size,
                                                 double width);

// A line of wrap_lines without the direction mark it may start with, to join it to another.
std::string_view without_direction_mark(std::string_view line);

// "NICE quality standard … (2013-01-29); CQC … (2023)": where the statements came from, for footers.
std::string sources_line(const ResolvedPledge& pledge);

// "pledge 0.1.0, 1 May 2024" (no date without SOURCE_DATE_EPOCH).
std::string made_with_line(const RenderOptions& options);
// The pledge's version and agreed date (version_line), then made_with_line, as the poster, leaflet and
// checklist footers print them.
std::string edition_line(const ResolvedPledge& pledge, const RenderOptions& options);

// Page numbers for multi-page documents: "Page 2 of 5".
std::string page_of(std::size_t page, std::size_t pages);

// The footer of each page of a multi-page document, as an artifact: a rule, the running title on the left and
// "Page X of Y" on the right, between the side margins, with its text on `baseline`, set at `size` pt.
void running_footer(Page& page, const Face& face, double margin_x, double baseline, const std::string& title,
                    std::size_t number, std::size_t pages, double size = 7.5);
// The same with the page number written already (in the document's languages).
void running_footer(Page& page, const Face& face, double margin_x, double baseline, const std::string& title,
                    const std::string& page_number, double size = 7.5);

}  // namespace pledge::render
