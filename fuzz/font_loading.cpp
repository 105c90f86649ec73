// libFuzzer target: any bytes given as a --font file are refused with a pledge::Error naming what is wrong,
// or are a font that shapes a sentence in several scripts and is embedded in a PDF libharu saves; nothing
// crashes (issue 19: damaged fonts crashed libharu inside HPDF_TTFontDef_Load). Seeded with real fonts by
// fuzz/run.
#include <hpdf.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "base/error.hpp"
#include "render/embedded_font.hpp"
#include "render/font_chain.hpp"
#include "render/font_program.hpp"
#include "render/glyph_text.hpp"
#include "render/shaped_text.hpp"

using namespace pledge::render;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::shared_ptr<const FontProgram> font;
  try {
    font = FontProgram::from_bytes(std::string(reinterpret_cast<const char*>(data), size), "fuzz.ttf");
  } catch (const pledge::Error&) {
    return 0;
  }
  // The font alone, so that every character is set in it (or is .notdef, reported as missing).
  const FontChain chain({font}, FontWeight::regular, std::make_shared<FontLibrary>(),
                        FallbackFolders{"/nonexistent", "/nonexistent", "/nonexistent"});
  const TextShaper shaper(chain, "en-GB");
  const ShapedParagraph paragraph =
      shaper.shape("Our pledge: we listen, ŵŷ – “always”. ہم آپ আমরা o\u0323\u0300");
  HPDF_Doc doc = HPDF_New(nullptr, nullptr);
  HPDF_SetCompressionMode(doc, HPDF_COMP_ALL);
  HPDF_Page page = HPDF_AddPage(doc);
  {
    DocumentFonts fonts(doc);
    std::string operators;
    if (const auto lines = break_lines(paragraph, 12, 200, LongWords::break_inside)) {
      double y = 800;
      for (const ShapedLine& line : *lines) {
        append_line_operators(operators, paragraph, line, 10, y, 12, fonts,
                              [&](const EmbeddedFont& embedded) {
                                return std::string(HPDF_Page_GetLocalFontName(page, embedded.dict()));
                              });
        y -= 14;
      }
    }
    try {
      fonts.finish();
      HPDF_Stream_Write(static_cast<HPDF_PageAttr>(page->attr)->stream,
                        reinterpret_cast<const HPDF_BYTE*>(operators.data()),
                        static_cast<HPDF_UINT>(operators.size()));
      HPDF_SaveToStream(doc);
    } catch (const pledge::Error&) {
    }
  }
  HPDF_Free(doc);
  return 0;
}
