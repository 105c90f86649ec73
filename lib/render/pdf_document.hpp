#pragma once

#include <hpdf.h>

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "render/colour.hpp"
#include "render/font_subset.hpp"
#include "render/render_options.hpp"
#include "render/text.hpp"

namespace pledge::render {

// A loaded font face, with the widths of the words already measured (fit searches measure them many times).
class Face {
 public:
  Face(HPDF_Font font, const CharacterSet* characters) : m_font(font), m_characters(characters) {}

  HPDF_Font handle() const { return m_font; }
  // Width of `text` set at `size` pt, in points.
  double width(std::string_view text, double size) const;
  // The width function word wrapping takes.
  MeasureText measure() const;
  // Height above the baseline at 1 pt, from the font's metrics.
  double ascent() const;
  // Throws Error if a character of `text` (its code points: `characters`) is one the document was not
  // prepared for (see PdfDocument): a layout printing text that characters_of does not know about, which must
  // be fixed there. Otherwise makes sure the glyphs are embedded: Page::text does not go through libharu's
  // text output, which would.
  void prepare_to_show(std::string_view text, std::u32string_view characters) const;

 private:
  HPDF_Font m_font;
  const CharacterSet* m_characters;
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  mutable std::unordered_map<std::string, double, Hash, std::equal_to<>> m_widths;  // at 1 pt
  mutable std::vector<bool> m_shown = std::vector<bool>(0x10000);
};

enum class PageSize { a4, a3, a2 };  // in the order of paper_sizes in pdf_document.cpp
enum class Orientation { portrait, landscape };

// Parses "A4", "A3" or "A2".
PageSize page_size_from_name(std::string_view name);
// Width and height in points, portrait.
double page_width(PageSize size);
double page_height(PageSize size);

class PdfDocument;

// One page, drawn on with the origin at the top left and y growing downwards, as layouts are reasoned about.
class Page {
 public:
  Page(HPDF_Page page, double width, double height) : m_page(page), m_width(width), m_height(height) {}

  double width() const { return m_width; }
  double height() const { return m_height; }

  void fill_rect(double x, double top, double w, double h, Colour colour);
  void stroke_rect(double x, double top, double w, double h, Colour colour, double line_width);
  void line(double x1, double y1, double x2, double y2, Colour colour, double line_width);
  // Text with its baseline at `baseline`, starting at x; `text` must be printable_text.
  void text(double x, double baseline, const Face& face, double size, std::string_view text, Colour colour);
  void text_centred(double centre_x, double baseline, const Face& face, double size, std::string_view text,
                    Colour colour);
  void text_right(double right_x, double baseline, const Face& face, double size, std::string_view text,
                  Colour colour);
  // Text turned a quarter turn anticlockwise, reading upwards from (baseline_x, start_y), its letters to the
  // left of the baseline: for the headers of narrow table columns.
  void text_upwards(double baseline_x, double start_y, const Face& face, double size, std::string_view text,
                    Colour colour);

 private:
  HPDF_Page m_page;
  double m_width;
  double m_height;
};

// What a PDF says about itself in its document information dictionary.
struct DocumentInfo {
  std::string title;
  std::string subject;  // the service
};

// libharu could not save a document it had drawn (HPDF_SaveToStream failed). Told apart from every other
// failure because, for a document made with subset fonts, it is the one render_pdf retries.
class PdfSaveError : public Error {
 public:
  PdfSaveError(std::string message, bool subset_fonts)
      : Error(std::move(message)), m_subset_fonts(subset_fonts) {}

  // Whether the document had loaded a subset of either font (see FontSubsets).
  bool subset_fonts() const { return m_subset_fonts; }

 private:
  bool m_subset_fonts;
};

// A libharu document: created with UTF-8 text and the two faces loaded, cut down to `characters` (the
// characters it may show, from characters_of), freed on destruction. libharu reports
// errors through a handler; ours records the first and the document throws it as Error at the next check,
// never unwinding through libharu's C frames.
class PdfDocument {
 public:
  PdfDocument(const DocumentInfo& info, const RenderOptions& options, CharacterSet characters);
  ~PdfDocument();
  PdfDocument(const PdfDocument&) = delete;
  PdfDocument& operator=(const PdfDocument&) = delete;

  Page add_page(PageSize size, Orientation orientation);
  const Face& regular() const { return m_regular; }
  const Face& bold() const { return m_bold; }

  // True if a face was loaded from a subset rather than from its whole font file.
  bool uses_font_subsets() const { return m_uses_font_subsets; }

  // The whole file; the document cannot be drawn on afterwards. Throws PdfSaveError if libharu cannot save
  // it.
  std::string bytes();

  // Throws Error if libharu reported an error since the last check; `doing` says what was being done.
  void check(std::string_view doing);

  // Called by libharu's error handler.
  void record_error(HPDF_STATUS error, HPDF_STATUS detail);

 private:
  HPDF_Font load_font(const std::filesystem::path& file, FontSubsets* subsets);
  // What libharu reported since the last check, as a message, and clears it.
  std::string take_error(std::string_view doing);

  HPDF_Doc m_doc = nullptr;
  HPDF_STATUS m_error = 0;
  HPDF_STATUS m_error_detail = 0;
  bool m_uses_font_subsets = false;
  CharacterSet m_characters;
  std::vector<char32_t> m_code_points;  // of m_characters, in order, from U+0020
  Face m_regular{nullptr, &m_characters};
  Face m_bold{nullptr, &m_characters};
};

// Makes a PDF: a PdfDocument of `info`, with the fonts of `options` cut down to `characters`, given to `draw`
// to draw every page on, then checked and saved. Every document is made through here, for one reason: libharu
// 2.3 cannot save some documents made with subset fonts (HPDF_INVALID_OBJECT, 0x1033, raised when
// HPDF_TTFontDef_SaveFontData seeks in the memory stream it writes the embedded font to: 12 of the batch
// benchmark's 1,000 services), which it saves with the whole fonts. So such a save failure, and only that,
// makes and draws the document once more with the whole fonts. Any other error, such as a poster whose
// statements cannot fit, comes from the first drawing unchanged. `what` names the document in messages
// ("poster").
std::string render_pdf(std::string_view what, const DocumentInfo& info, const RenderOptions& options,
                       const CharacterSet& characters, const std::function<void(PdfDocument&)>& draw);

}  // namespace pledge::render
