#include "render/layout.hpp"

#include <cmath>

#include "base/version.hpp"

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

// Every line that ends where `text` has a space (not inside a word broken to fit) gets that space back at
// its end: text taken from the page in reading order, as a screen reader or pdfinfo -struct-text takes it,
// then does not run the last word of a line into the first of the next. The space is not seen.
void keep_break_spaces(std::string_view text, std::vector<std::string>& lines) {
  std::size_t at = 0;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    while (at < text.size() && is_break_space(text[at]))
      ++at;
    for (const char c : lines[i]) {
      if (c == ' ') {
        while (at < text.size() && is_break_space(text[at]))
          ++at;
      } else if (at < text.size()) {
        ++at;
      }
    }
    if (at < text.size() && is_break_space(text[at]))
      lines[i] += ' ';
  }
}

}  // namespace

std::vector<std::string> wrap_lines(const Face& face, std::string_view text, double size, double width) {
  const std::string printable = printable_text(text);
  std::vector<std::string> lines =
      *wrap_text(printable, size, width, face.measure(), LongWords::break_inside);
  keep_break_spaces(printable, lines);
  return lines;
}

std::optional<std::vector<std::string>> wrap_whole_words(const Face& face, std::string_view text, double size,
                                                         double width) {
  const std::string printable = printable_text(text);
  auto lines = wrap_text(printable, size, width, face.measure(), LongWords::fail);
  if (lines)
    keep_break_spaces(printable, *lines);
  return lines;
}

std::string sources_line(const ResolvedPledge& pledge) {
  std::string line;
  for (const LibraryInfo& library : pledge.libraries) {
    if (!line.empty())
      line += "; ";
    line += library.title.empty() ? library.id : library.title;
    if (!library.version.empty())
      line += " (" + library.version + ")";
  }
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
  const std::string page_number = page_of(number, pages);
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
