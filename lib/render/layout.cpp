#include "render/layout.hpp"

#include <algorithm>
#include <cmath>

#include "base/version.hpp"
#include "model/fixed_text_lines.hpp"

namespace pledge::render {

double scale_from_a3(PageSize size) {
  return page_width(size) / page_width(PageSize::a3);
}

std::optional<double> largest_fitting_size(double smallest, double largest,
                                           const std::function<bool(double)>& fits) {
  const auto low_step = static_cast<long>(std::ceil(smallest * 4));
  long high_step = static_cast<long>(std::floor(largest * 4));
  if (high_step < low_step || !fits(static_cast<double>(low_step) / 4))
    return std::nullopt;
  long good = low_step;
  long low = low_step + 1;
  while (low <= high_step) {
    const long middle = low + (high_step - low) / 2;
    if (fits(static_cast<double>(middle) / 4)) {
      good = middle;
      low = middle + 1;
    } else {
      high_step = middle - 1;
    }
  }
  return static_cast<double>(good) / 4;
}

namespace {

bool is_break_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// Whether any run of bytes [begin, end) of the paragraph reads right to left.
bool has_right_to_left(const ShapedParagraph& paragraph, const LineExtent& line) {
  return std::any_of(paragraph.runs.begin(), paragraph.runs.end(), [&](const GlyphRun& run) {
    return run.right_to_left() && run.begin < line.end && run.end > line.begin;
  });
}

// `text` wrapped paragraph by paragraph (a newline starts one) in `face` by the widths of its words as
// shaped: nothing if a word does not fit and `long_words` is fail. Runs of spaces count as one; an empty
// paragraph between two others is an empty line. A line cut from a right-to-left paragraph (or holding
// right-to-left text in a left-to-right one) starts with the direction mark of its paragraph, so that it is
// drawn as that paragraph sets it (see right_to_left_mark).
std::optional<std::vector<std::string>> wrap(const Face& face, std::string_view text, double size,
                                             double width, LongWords long_words) {
  std::vector<std::string> lines;
  bool spaced = false;  // whether the last line got a space, which the text's last line does not keep
  for (std::size_t at = 0; at <= text.size();) {
    const std::size_t end = std::min(text.find('\n', at), text.size());
    const std::string_view paragraph = text.substr(at, end - at);
    if (paragraph.find_first_not_of(" \t\r") == std::string_view::npos) {
      if (end < text.size()) {
        lines.emplace_back();
        spaced = false;
      }
      at = end + 1;
      continue;
    }
    const ShapedParagraph& shaped = face.shaped(paragraph);
    const auto broken = break_line_extents(shaped, size, width, long_words);
    if (!broken)
      return std::nullopt;
    for (std::size_t l = 0; l < broken->size(); ++l) {
      const LineExtent& line = (*broken)[l];
      std::string out;
      if (shaped.right_to_left)
        out = right_to_left_mark;
      else if (has_right_to_left(shaped, line))
        out = left_to_right_mark;
      out += std::string_view(shaped.text).substr(line.begin, line.end - line.begin);
      // A line that ends at a space, or the paragraph's last line when another follows, keeps a space at its
      // end: text taken from the page in reading order, as a screen reader or pdfinfo -struct-text takes it,
      // then does not run the last word of a line into the first of the next. The space is not seen.
      const bool last = l + 1 == broken->size();
      spaced = (!last && line.end < shaped.text.size() && is_break_space(shaped.text[line.end])) ||
               (last && end < text.size());
      if (spaced)
        out += ' ';
      if (long_words == LongWords::break_inside) {  // lines to draw, not a fit search's trial
        face.record_line(out, shaped, line.begin, line.end);
        // A table cell's last line gets a space (see wrapped_cell), which the paragraph may have after it.
        if (last && !spaced && line.end < shaped.text.size())
          face.record_line(out + ' ', shaped, line.begin, line.end);
      }
      lines.push_back(std::move(out));
    }
    at = end + 1;
  }
  if (spaced)
    lines.back().pop_back();
  return lines;
}

}  // namespace

std::vector<std::string> wrap_lines(const Face& face, std::string_view text, double size, double width) {
  return *wrap(face, text, size, width, LongWords::break_inside);
}

std::optional<std::vector<std::string>> wrap_whole_words(const Face& face, std::string_view text, double size,
                                                         double width) {
  return wrap(face, text, size, width, LongWords::fail);
}

std::string_view without_direction_mark(std::string_view line) {
  if (line.starts_with(right_to_left_mark) || line.starts_with(left_to_right_mark))
    line.remove_prefix(right_to_left_mark.size());
  return line;
}

std::string sources_line(const ResolvedPledge& pledge) {
  const std::string line = library_list(pledge);
  return line.empty() ? line : "Statements from " + line;
}

std::string made_with_line(const RenderOptions& options) {
  std::string line = std::string("Made with pledge ") + version;
  if (options.source_date_epoch)
    line += ", " + format_date(*options.source_date_epoch);
  return line;
}

std::string edition_line(const ResolvedPledge& pledge, const RenderOptions& options) {
  const std::string version = version_line(pledge);
  return version.empty() ? made_with_line(options) : version + " · " + made_with_line(options);
}

std::string page_of(std::size_t page, std::size_t pages) {
  return "Page " + std::to_string(page) + " of " + std::to_string(pages);
}

void running_footer(Page& page, const Face& face, double margin_x, double baseline, const std::string& title,
                    std::size_t number, std::size_t pages, double size) {
  running_footer(page, face, margin_x, baseline, title, page_of(number, pages), size);
}

void running_footer(Page& page, const Face& face, double margin_x, double baseline, const std::string& title,
                    const std::string& page_number, double size) {
  // A long service name must not run into the page number: the title is cut at a word, with an ellipsis.
  const double room = page.width() - 2 * margin_x - face.width(page_number, size) - 18;
  std::string shown = title;
  std::size_t cut = title.size();
  while (face.width(shown, size) > room && cut > 0) {
    cut = title.find_last_of(' ', cut - 1);
    if (cut == std::string::npos || cut == 0)
      break;
    std::string kept = title.substr(0, cut);
    // A separator left with nothing after it goes too.
    while (kept.ends_with(" ") || kept.ends_with("·"))
      kept.resize(kept.size() - (kept.ends_with(" ") ? 1 : std::string_view("·").size()));
    shown = kept + " …";
  }
  // Page furniture, repeated on every page: an artifact, which screen readers skip.
  page.artifact(
      [&] {
        const double rule_y = baseline - size - 4.5;
        page.line(margin_x, rule_y, page.width() - margin_x, rule_y, palette().rule, 0.5);
        page.text(margin_x, baseline, face, size, shown, palette().muted_ink);
        page.text_right(page.width() - margin_x, baseline, face, size, page_number, palette().muted_ink);
      },
      ArtifactKind::pagination);
}

}  // namespace pledge::render
