#pragma once

#include "base/error.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace pledge::render {

class FontSubsets;

// The TrueType files text is set in: a regular face for body text, a bold one for headings.
struct FontFiles {
  std::filesystem::path regular;
  std::filesystem::path bold;
};

// Liberation Sans (Debian fonts-liberation2): metric-compatible with Arial, with Welsh ŵ ŷ and curly quotes.
FontFiles default_font_files();

// The fonts for `--font FILE.ttf`: FILE for body text and, for headings, its bold sibling if there is one
// (Foo-Regular.ttf -> Foo-Bold.ttf), else FILE again. Throws Error if FILE is missing or not TrueType.
FontFiles font_files_for(const std::filesystem::path& regular);

// Throws Error naming the file if either font is missing, unreadable or not a TrueType font.
void check_font_files(const FontFiles& fonts);

// What every document is rendered with.
struct RenderOptions {
  FontFiles fonts = default_font_files();
  // Seconds since 1970 (SOURCE_DATE_EPOCH) for the PDF dates and the printed date; none: no date is written,
  // so that output stays byte-identical across builds.
  std::optional<std::int64_t> source_date_epoch;
  // Font subsets shared by the documents rendered with these options (copies share them too); none: the
  // documents embed the whole fonts (see render_pdf).
  std::shared_ptr<FontSubsets> font_subsets = make_font_subsets();

 private:
  static std::shared_ptr<FontSubsets> make_font_subsets();
};

// Reads a SOURCE_DATE_EPOCH value; throws Error if it is not a whole number of seconds.
std::int64_t parse_source_date_epoch(std::string_view text);

// "29 January 2013" for printing.
std::string format_date(std::int64_t seconds_since_epoch);

}  // namespace pledge::render
