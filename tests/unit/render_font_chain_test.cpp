#include <doctest/doctest.h>

#include "base/error.hpp"
#include "render/font_chain.hpp"
#include "render/render_options.hpp"

using namespace pledge;
using namespace pledge::render;

namespace {

const FallbackFolders folders{"/noto", "/droid", "/symbola"};

std::vector<std::string> names(const std::vector<std::filesystem::path>& files) {
  std::vector<std::string> out;
  for (const auto& file : files)
    out.push_back(file.string());
  return out;
}

using Names = std::vector<std::string>;

std::vector<std::string> postscript_names(const std::vector<const FontProgram*>& fonts) {
  std::vector<std::string> out;
  for (const FontProgram* font : fonts)
    out.push_back(font->postscript_name());
  return out;
}

}  // namespace

TEST_CASE("each script has its Noto fallback font, bold where the family has one") {
  CHECK(names(fallback_font_files(HB_SCRIPT_BENGALI, "bn", FontWeight::regular, folders)) ==
        Names{"/noto/NotoSansBengali-Regular.ttf"});
  CHECK(names(fallback_font_files(HB_SCRIPT_DEVANAGARI, "hi", FontWeight::bold, folders)) ==
        Names{"/noto/NotoSansDevanagari-Bold.ttf"});
  CHECK(names(fallback_font_files(HB_SCRIPT_SYRIAC, "syr", FontWeight::bold, folders)) ==
        Names{"/noto/NotoSansSyriac-Regular.ttf"});
}

TEST_CASE("Urdu is set in Nastaliq before Naskh, other Arabic-script languages in Naskh") {
  CHECK(names(fallback_font_files(HB_SCRIPT_ARABIC, "ur-PK", FontWeight::regular, folders)) ==
        Names{"/noto/NotoNastaliqUrdu-Regular.ttf", "/noto/NotoNaskhArabic-Regular.ttf"});
  CHECK(names(fallback_font_files(HB_SCRIPT_ARABIC, "ar", FontWeight::regular, folders)) ==
        Names{"/noto/NotoNaskhArabic-Regular.ttf"});
}

TEST_CASE("Chinese, Japanese and Korean fall back to Droid Sans Fallback, TrueType") {
  CHECK(names(fallback_font_files(HB_SCRIPT_HAN, "zh", FontWeight::bold, folders)) ==
        Names{"/droid/DroidSansFallbackFull.ttf"});
  CHECK(names(fallback_font_files(HB_SCRIPT_HANGUL, "ko", FontWeight::regular, folders)) ==
        Names{"/droid/DroidSansFallbackFull.ttf"});
}

TEST_CASE("symbols a document font lacks fall back to Noto Sans, the symbol fonts and Symbola's emoji") {
  CHECK(names(fallback_font_files(HB_SCRIPT_COMMON, "en-GB", FontWeight::regular, folders)) ==
        Names{"/noto/NotoSans-Regular.ttf", "/noto/NotoSansSymbols-Regular.ttf",
              "/noto/NotoSansSymbols2-Regular.ttf", "/noto/NotoSansMath-Regular.ttf",
              "/symbola/Symbola_hint.ttf"});
}

TEST_CASE("a chain tries the document's fonts first, then the installed fallback fonts of the script") {
  const FontChain chain({default_font_files().regular.front()}, FontWeight::regular,
                        std::make_shared<FontLibrary>());
  CHECK(postscript_names(chain.candidates(HB_SCRIPT_BENGALI, "bn")) ==
        Names{"LiberationSans", "NotoSansBengali-Regular"});
  CHECK(postscript_names(chain.candidates(HB_SCRIPT_LATIN, "cy")) ==
        Names{"LiberationSans", "NotoSans-Regular"});
}

TEST_CASE("fallback fonts that are not installed are left out of a chain") {
  const FontChain chain({default_font_files().regular.front()}, FontWeight::regular,
                        std::make_shared<FontLibrary>(),
                        FallbackFolders{"/nonexistent", "/nonexistent", "/nonexistent"});
  CHECK(postscript_names(chain.candidates(HB_SCRIPT_BENGALI, "bn")) == Names{"LiberationSans"});
}

TEST_CASE("a chain whose document font cannot be used throws when first used, naming the font") {
  const FontChain chain({"/nonexistent/Font.ttf"}, FontWeight::regular, std::make_shared<FontLibrary>());
  CHECK_THROWS_WITH(chain.primary(),
                    "cannot read font '/nonexistent/Font.ttf': no such file, or it cannot be opened; give a "
                    "TrueType font with --font FILE.ttf");
}

TEST_CASE("a font library loads a file once for every chain that uses it") {
  const auto library = std::make_shared<FontLibrary>();
  const FontChain regular({default_font_files().regular.front()}, FontWeight::regular, library);
  const FontChain again({default_font_files().regular.front()}, FontWeight::bold, library);
  CHECK(&regular.primary() == &again.primary());
  CHECK(library->load_if_present("/nonexistent/Font.ttf") == nullptr);
}
