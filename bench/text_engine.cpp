// The text engine (lib/render/shaped_text, glyph_text, embedded_font), which every document draws its text
// with. Prints: the cost of shaping a word (first time, and from a shaper's word cache), of breaking the
// statements into lines as a poster's fit search does, the width kerning takes off English text; a
// document's fonts embedded (HarfBuzz subsets of the glyphs shown, through the object API, glyphs renumbered
// or kept); the text work of a poster next to the whole poster (render_poster, alone and with the word cache
// its options share with a service's other documents); the subsets of a page of every script.
//
//   bench_text_engine [PAGE.pdf]       the figures (and the page of every script, to look at)
//   bench_text_engine --run WORK N     WORK N times and nothing else, for callgrind: engine-fonts,
//                                      engine-poster-text, engine-poster-text-shared-words, poster,
//                                      poster-shared-words
#include <hpdf.h>
#include <hpdf_doc.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include <fmt/core.h>

#include "base/allocator_settings.hpp"
#include "model/library_catalog.hpp"
#include "model/resolved_pledge.hpp"
#include "render/font_chain.hpp"
#include "render/glyph_text.hpp"
#include "render/pdf_document.hpp"
#include "render/poster.hpp"
#include "render/render_options.hpp"
#include "render/shaped_text.hpp"

using namespace pledge;
using namespace pledge::render;

namespace {

using Clock = std::chrono::steady_clock;

double milliseconds_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

template <typename Work>
double median_ms(int runs, Work&& work) {
  std::vector<double> times;
  for (int i = 0; i < runs; ++i) {
    const auto start = Clock::now();
    work();
    times.push_back(milliseconds_since(start));
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

std::string saved(HPDF_Doc doc) {
  HPDF_SaveToStream(doc);
  const HPDF_UINT32 size = HPDF_GetStreamSize(doc);
  std::string pdf(size, '\0');
  HPDF_UINT32 read = size;
  HPDF_ReadFromStream(doc, reinterpret_cast<HPDF_BYTE*>(pdf.data()), &read);
  pdf.resize(read);
  return pdf;
}

// The texts a poster prints: the service, audience and contact, the statements, the group titles, the staff.
std::vector<std::string> poster_texts(const ResolvedPledge& pledge) {
  std::vector<std::string> texts = {pledge.service, pledge.audience, pledge.contact, "Our pledge to you"};
  for (const auto& statement : pledge.statements)
    texts.push_back(statement.text);
  for (const auto& name : pledge.staff)
    texts.push_back(name);
  return texts;
}

std::vector<std::string> heading_texts(const ResolvedPledge& pledge) {
  std::vector<std::string> texts = {pledge.service};
  for (const auto& group : pledge.groups)
    texts.push_back(group.title);
  return texts;
}

struct Sample {
  const char* language;
  const char* text;
};

// A sentence in each script the fallback fonts cover (the unit test reads the same back).
const std::vector<Sample> samples = {
    {"en-GB", "We listen to you. Adébáyọ̀ is welcome here."},
    {"cy", "Rydym yn gwrando arnoch chi: ŵyr a ŷd."},
    {"el", "Σας ακούμε με προσοχή."},
    {"uk", "Ми уважно вас слухаємо."},
    {"ur", "ہم آپ کی بات سنتے ہیں۔"},
    {"ar", "نحن نستمع إليك دائما"},
    {"he", "אנחנו מקשיבים לך"},
    {"bn", "আমরা আপনার কথা শুনি।"},
    {"hi", "हम आपकी बात सुनते हैं।"},
    {"pa", "ਅਸੀਂ ਤੁਹਾਡੀ ਗੱਲ ਸੁਣਦੇ ਹਾਂ।"},
    {"gu", "અમે તમારી વાત સાંભળીએ છીએ."},
    {"ta", "நாங்கள் உங்கள் பேச்சைக் கேட்கிறோம்."},
    {"zh", "我们倾听您的意见。"},
};

struct Setup {
  std::shared_ptr<FontLibrary> library = std::make_shared<FontLibrary>();
  FontFiles files = default_font_files();
  FontChain regular{files.regular, FontWeight::regular, library};
  FontChain bold{files.bold, FontWeight::bold, library};
  LibraryCatalog catalog{{std::string(PLEDGE_SOURCE_DIR) + "/statements"}};
  ResolvedPledge pledge =
      resolve_file(std::string(PLEDGE_SOURCE_DIR) + "/examples/district-nursing.pledge.yaml", catalog);
  RenderOptions options;
};

// The engine: the glyphs of the same texts, shaped (once, outside), embedded and saved.
struct ShapedTexts {
  std::vector<ShapedParagraph> paragraphs;
};

ShapedTexts shape_poster_texts(const Setup& setup) {
  ShapedTexts out;
  const TextShaper regular(setup.regular, "en-GB");
  const TextShaper bold(setup.bold, "en-GB");
  for (const std::string& text : poster_texts(setup.pledge))
    out.paragraphs.push_back(regular.shape(text));
  for (const std::string& text : heading_texts(setup.pledge))
    out.paragraphs.push_back(bold.shape(text));
  return out;
}

std::pair<std::size_t, std::size_t> engine_fonts(const Setup& setup, const ShapedTexts& texts,
                                                 GlyphNumbering numbering) {
  HPDF_Doc doc = HPDF_New(nullptr, nullptr);
  HPDF_SetCompressionMode(doc, HPDF_COMP_ALL);
  HPDF_Page page = HPDF_AddPage(doc);
  DocumentFonts fonts(doc, numbering);
  for (const ShapedParagraph& paragraph : texts.paragraphs)
    for (const GlyphRun& run : paragraph.runs)
      for (const PositionedGlyph& glyph : run.glyphs)
        fonts.font(*run.font).show(glyph.glyph, "x");
  HPDF_Page_GetLocalFontName(page, fonts.font(setup.regular.primary()).dict());
  const std::size_t programs = fonts.finish();
  const std::size_t size = saved(doc).size();
  HPDF_Free(doc);
  return {size, programs};
}

// The text work of a poster with the engine: shape the texts (fresh shapers, as each document has; with a
// word cache shared by the run's documents, only words no document shaped before), a fit search over 9
// sizes, draw them at the last, embed and save.
std::size_t engine_poster_text(const Setup& setup, std::shared_ptr<ShapedWordCache> words = nullptr) {
  const TextShaper shaper(setup.regular, "en-GB", {}, words);
  const TextShaper headings(setup.bold, "en-GB", {}, words);
  HPDF_Doc doc = HPDF_New(nullptr, nullptr);
  HPDF_SetCompressionMode(doc, HPDF_COMP_ALL);
  HPDF_Page page = HPDF_AddPage(doc);
  HPDF_Page_SetWidth(page, 841.89f);
  HPDF_Page_SetHeight(page, 1190.55f);
  DocumentFonts fonts(doc);
  std::vector<ShapedParagraph> paragraphs;
  for (const std::string& text : poster_texts(setup.pledge))
    paragraphs.push_back(shaper.shape(text));
  for (const std::string& text : heading_texts(setup.pledge))
    paragraphs.push_back(headings.shape(text));
  for (double points = 16; points >= 12; points -= 0.5)
    for (const ShapedParagraph& paragraph : paragraphs)
      break_lines(paragraph, points, 360);
  std::string operators;
  double y = 1150;
  for (const ShapedParagraph& paragraph : paragraphs) {
    const auto lines = break_lines(paragraph, 12, 360, LongWords::break_inside);
    for (const ShapedLine& line : *lines) {
      append_line_operators(operators, paragraph, line, 40, y, 12, fonts, [&](const EmbeddedFont& font) {
        return std::string(HPDF_Page_GetLocalFontName(page, font.dict()));
      });
      y -= 14;
    }
  }
  fonts.finish();
  HPDF_Stream_Write(static_cast<HPDF_PageAttr>(page->attr)->stream,
                    reinterpret_cast<const HPDF_BYTE*>(operators.data()),
                    static_cast<HPDF_UINT>(operators.size()));
  const std::size_t size = saved(doc).size();
  HPDF_Free(doc);
  return size;
}

// The whole poster; with fresh options, a word cache of its own, as the first document of a build has.
std::size_t poster(const Setup& setup, bool shared_words) {
  return render_poster(setup.pledge, shared_words ? setup.options : RenderOptions{}).pdf.size();
}

int run_only(const std::string& work, int count) {
  const Setup setup;
  const ShapedTexts texts = shape_poster_texts(setup);
  const auto words = std::make_shared<ShapedWordCache>(setup.library);
  const std::map<std::string, std::function<void()>> works = {
      {"engine-fonts", [&] { engine_fonts(setup, texts, GlyphNumbering::renumbered); }},
      {"engine-poster-text", [&] { engine_poster_text(setup); }},
      {"engine-poster-text-shared-words", [&] { engine_poster_text(setup, words); }},
      {"poster", [&] { poster(setup, false); }},
      {"poster-shared-words", [&] { poster(setup, true); }},
  };
  const auto found = works.find(work);
  if (found == works.end()) {
    fmt::print(stderr, "unknown work '{}'\n", work);
    return 2;
  }
  // Once outside the count: subsets and fallback fonts are made on first use, as in a build.
  found->second();
  for (int i = 0; i < count; ++i)
    found->second();
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  use_batch_allocator_settings();  // as the CLI and bench_render do
  if (argc == 4 && std::string(argv[1]) == "--run")
    return run_only(argv[2], std::atoi(argv[3]));
  const Setup setup;
  const int rounds = 21;
  std::vector<std::string> statements;
  std::size_t words = 0;
  for (const auto& statement : setup.pledge.statements) {
    statements.push_back(statement.text);
    words += static_cast<std::size_t>(std::count(statement.text.begin(), statement.text.end(), ' ')) + 1;
  }

  // Shaping, cold (a fresh shaper: every word shaped) and warm (from the word cache).
  setup.regular.primary();
  std::vector<double> cold, warm;
  for (int round = 0; round < rounds; ++round) {
    const TextShaper shaper(setup.regular, "en-GB");
    auto start = Clock::now();
    for (const std::string& statement : statements)
      shaper.shape(statement);
    cold.push_back(milliseconds_since(start));
    start = Clock::now();
    for (const std::string& statement : statements)
      shaper.shape(statement);
    warm.push_back(milliseconds_since(start));
  }
  std::sort(cold.begin(), cold.end());
  std::sort(warm.begin(), warm.end());
  const auto per_word = [&](double ms) { return ms * 1000 / static_cast<double>(words); };
  fmt::print("shaping the {} statements of district-nursing ({} words), median of {}:\n", statements.size(),
             words, rounds);
  fmt::print("  first time    {:7.3f} ms = {:5.2f} us per word\n", cold[rounds / 2],
             per_word(cold[rounds / 2]));
  fmt::print("  word cache    {:7.3f} ms = {:5.2f} us per word\n", warm[rounds / 2],
             per_word(warm[rounds / 2]));
  {
    const TextShaper shaper(setup.regular, "en-GB");
    std::vector<ShapedParagraph> shaped;
    for (const std::string& statement : statements)
      shaped.push_back(shaper.shape(statement));
    std::size_t lines = 0;
    const double ms = median_ms(rounds, [&] {
      lines = 0;
      for (double size = 8; size <= 16; size += 0.25)
        for (const ShapedParagraph& paragraph : shaped)
          lines += break_lines(paragraph, size, 240)->size();
    });
    fmt::print("  line breaking, every statement at 33 sizes: {:.3f} ms ({} lines)\n", ms, lines);
  }
  {
    const TextShaper kerned(setup.regular, "en-GB");
    const TextShaper plain(setup.regular, "en-GB", ShapingOptions{.kerning = false});
    double with = 0, without = 0;
    for (const std::string& statement : statements) {
      with += kerned.width(statement);
      without += plain.width(statement);
    }
    fmt::print(
        "kerning (Liberation Sans): the statements are {:.2f}% narrower kerned ({:.1f} pt against {:.1f} "
        "pt)\n",
        100 * (without - with) / without, with, without);
  }

  const ShapedTexts texts = shape_poster_texts(setup);
  std::size_t size = 0;
  fmt::print("a document's two fonts, the poster's texts shown, median of {}:\n", rounds);
  for (const GlyphNumbering numbering : {GlyphNumbering::renumbered, GlyphNumbering::kept}) {
    std::size_t programs = 0;
    const double engine =
        median_ms(rounds, [&] { std::tie(size, programs) = engine_fonts(setup, texts, numbering); });
    fmt::print(
        "  engine, {:<36} {:6.3f} ms, {:5.1f} KB ({:.1f} KB of font programs)\n",
        numbering == GlyphNumbering::kept ? "glyph ids kept (/Identity)" : "renumbered (CIDToGIDMap stream)",
        engine, static_cast<double>(size) / 1024, static_cast<double>(programs) / 1024);
  }
  const double engine_text = median_ms(rounds, [&] { size = engine_poster_text(setup); });
  fmt::print(
      "a poster's text with the engine (shape, fit search at 9 sizes, draw, embed, save): {:.3f} ms, {:.1f} "
      "KB\n",
      engine_text, static_cast<double>(size) / 1024);
  const double alone = median_ms(rounds, [&] { size = poster(setup, false); });
  const double shared = median_ms(rounds, [&] { size = poster(setup, true); });
  fmt::print(
      "the whole poster (render_poster): {:.3f} ms alone, {:.3f} ms with a word cache warm from other "
      "documents, {:.1f} KB\n",
      alone, shared, static_cast<double>(size) / 1024);

  // A page of every script, its fonts' subsets measured.
  HPDF_Doc doc = HPDF_New(nullptr, nullptr);
  HPDF_SetCompressionMode(doc, HPDF_COMP_ALL);
  HPDF_Page page = HPDF_AddPage(doc);
  DocumentFonts fonts(doc);
  std::string operators;
  double y = 800;
  const auto start = Clock::now();
  for (const Sample& sample : samples) {
    const TextShaper shaper(setup.regular, sample.language);
    const ShapedParagraph paragraph = shaper.shape(sample.text);
    for (const MissingCharacter& missing : paragraph.missing)
      fmt::print("  {}: U+{:04X} is in no font\n", sample.language,
                 static_cast<unsigned>(missing.code_point));
    const ShapedLine line = break_lines(paragraph, 16, 500)->front();
    const double x = paragraph.right_to_left ? 555 - line.advance * 16 : 40;
    append_line_operators(operators, paragraph, line, x, y, 16, fonts, [&](const EmbeddedFont& font) {
      return std::string(HPDF_Page_GetLocalFontName(page, font.dict()));
    });
    y -= 40;
  }
  const std::size_t program_bytes = fonts.finish();
  const double page_ms = milliseconds_since(start);
  HPDF_Stream_Write(static_cast<HPDF_PageAttr>(page->attr)->stream,
                    reinterpret_cast<const HPDF_BYTE*>(operators.data()),
                    static_cast<HPDF_UINT>(operators.size()));
  const std::string pdf = saved(doc);
  HPDF_Free(doc);
  fmt::print(
      "a page of {} scripts: {} fonts, {:.1f} KB of font programs, PDF {:.1f} KB, {:.1f} ms to shape and "
      "embed (fallback fonts loaded and checked: first use)\n",
      samples.size(), fonts.count(), static_cast<double>(program_bytes) / 1024,
      static_cast<double>(pdf.size()) / 1024, page_ms);
  for (const auto& font : fonts.fonts())
    fmt::print("  {:<28} {:3} glyphs, subset {:5.1f} KB before compression\n",
               font->program().postscript_name(), font->glyph_count(),
               static_cast<double>(font->program_size()) / 1024);
  if (argc > 1) {
    std::ofstream(argv[1], std::ios::binary) << pdf;
    fmt::print("  written to {}\n", argv[1]);
  }
  return 0;
}
