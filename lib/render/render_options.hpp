#pragma once

#include "base/error.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pledge::render {

class FixedTextFiles;
class FontLibrary;
class ShapedWordCache;

// The TrueType files text is set in, in the order they are tried for each character (the fallback fonts of
// each script come after them: see FontChain): regular faces for body text, bold ones for headings.
struct FontFiles {
  std::vector<std::filesystem::path> regular;
  std::vector<std::filesystem::path> bold;

  friend bool operator==(const FontFiles&, const FontFiles&) = default;
};

// Liberation Sans (Debian fonts-liberation2): metric-compatible with Arial, with Welsh ŵ ŷ and curly quotes.
FontFiles default_font_files();

// The fonts for `--font FILE.ttf` given once or more: each FILE for body text and, for headings, its bold
// sibling if there is one (Foo-Regular.ttf -> Foo-Bold.ttf), else FILE again; then Liberation Sans, for the
// characters none of them has.
FontFiles font_files_for(const std::vector<std::filesystem::path>& given);

// Loads and checks every font of `fonts` into `library` (see FontProgram), so that a missing or damaged font
// is refused before anything is rendered. Throws Error naming the font and what is wrong with it.
void load_font_files(const FontFiles& fonts, FontLibrary& library);

// What every document is rendered with.
struct RenderOptions {
  FontFiles fonts = default_font_files();
  // Seconds since 1970 (SOURCE_DATE_EPOCH) for the PDF dates and the printed date; none: no date is written,
  // so that output stays byte-identical across builds.
  std::optional<std::int64_t> source_date_epoch;
  // A character no font has is drawn as the font's .notdef glyph (an empty box) instead of failing the
  // document (see missing_characters).
  bool allow_missing_glyphs = false;
  // The fonts, each loaded and checked once, and the words shaped, shared by every document rendered with
  // these options and their copies (the documents of a service, the services of a batch, on any thread).
  std::shared_ptr<FontLibrary> font_library = make_font_library();
  std::shared_ptr<ShapedWordCache> shaped_words = make_shaped_word_cache(font_library);
  // The fixed texts of each language ("Our pledge", "Sheet 1 of 2"), from the shipped statements/languages
  // unless replaced by FixedTextFiles of the library folders' languages/ (as the commands do), each file read
  // once and shared like the fonts; texts_of(pledge, options) gives a pledge's (see fixed_text_files.hpp).
  std::shared_ptr<FixedTextFiles> fixed_texts = make_fixed_text_files();
  // The language of a report over many services (`pledge coverage`, `pledge evidence --language`), which no
  // one pledge's `languages:` gives: whose fixed texts it prints, and its /Lang.
  std::string report_language = "en-GB";

 private:
  static std::shared_ptr<FontLibrary> make_font_library();
  static std::shared_ptr<ShapedWordCache> make_shaped_word_cache(std::shared_ptr<FontLibrary> library);
  static std::shared_ptr<FixedTextFiles> make_fixed_text_files();
};

// Reads a SOURCE_DATE_EPOCH value; throws Error if it is not a whole number of seconds.
std::int64_t parse_source_date_epoch(std::string_view text);

// "29 January 2013" for printing.
std::string format_date(std::int64_t seconds_since_epoch);

}  // namespace pledge::render
