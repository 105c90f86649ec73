#include "render/font_chain.hpp"

#include <algorithm>

#include "base/error.hpp"

namespace pledge::render {

namespace {

// A script's Noto family in fonts-noto-core: NotoSans<Family>-Regular.ttf and -Bold.ttf (a family without
// a bold face has bold = false, and its regular face serves both).
struct ScriptFamily {
  hb_script_t script;
  const char* family;
  bool bold;
};

// Scripts of languages NHS and care services are asked for, and their neighbours. Arabic: Naskh, the
// book style readers of Arabic and Persian expect (Urdu is handled before this table).
constexpr ScriptFamily script_families[] = {
    {HB_SCRIPT_LATIN, "NotoSans", true},
    {HB_SCRIPT_GREEK, "NotoSans", true},
    {HB_SCRIPT_CYRILLIC, "NotoSans", true},
    {HB_SCRIPT_ARABIC, "NotoNaskhArabic", true},
    {HB_SCRIPT_HEBREW, "NotoSansHebrew", true},
    {HB_SCRIPT_BENGALI, "NotoSansBengali", true},
    {HB_SCRIPT_DEVANAGARI, "NotoSansDevanagari", true},
    {HB_SCRIPT_GURMUKHI, "NotoSansGurmukhi", true},
    {HB_SCRIPT_GUJARATI, "NotoSansGujarati", true},
    {HB_SCRIPT_ORIYA, "NotoSansOriya", true},
    {HB_SCRIPT_TAMIL, "NotoSansTamil", true},
    {HB_SCRIPT_TELUGU, "NotoSansTelugu", true},
    {HB_SCRIPT_KANNADA, "NotoSansKannada", true},
    {HB_SCRIPT_MALAYALAM, "NotoSansMalayalam", true},
    {HB_SCRIPT_SINHALA, "NotoSansSinhala", true},
    {HB_SCRIPT_THAI, "NotoSansThai", true},
    {HB_SCRIPT_LAO, "NotoSansLao", true},
    {HB_SCRIPT_KHMER, "NotoSansKhmer", true},
    {HB_SCRIPT_MYANMAR, "NotoSansMyanmar", true},
    {HB_SCRIPT_TIBETAN, "NotoSerifTibetan", true},
    {HB_SCRIPT_ETHIOPIC, "NotoSansEthiopic", true},
    {HB_SCRIPT_GEORGIAN, "NotoSansGeorgian", true},
    {HB_SCRIPT_ARMENIAN, "NotoSansArmenian", true},
    {HB_SCRIPT_THAANA, "NotoSansThaana", true},
    {HB_SCRIPT_SYRIAC, "NotoSansSyriac", false},
    {HB_SCRIPT_MONGOLIAN, "NotoSansMongolian", false},
    {HB_SCRIPT_CHEROKEE, "NotoSansCherokee", true},
    {HB_SCRIPT_TIFINAGH, "NotoSansTifinagh", false},
};

bool is_cjk(hb_script_t script) {
  return script == HB_SCRIPT_HAN || script == HB_SCRIPT_HIRAGANA || script == HB_SCRIPT_KATAKANA ||
         script == HB_SCRIPT_HANGUL || script == HB_SCRIPT_BOPOMOFO;
}

// "ur", "ur-PK", "UR-IN": the language subtag.
std::string primary_language(std::string_view tag) {
  std::string out;
  for (const char c : tag) {
    if (c == '-' || c == '_')
      break;
    out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  return out;
}

std::filesystem::path noto_file(const FallbackFolders& folders, const char* family, bool bold) {
  return folders.noto / (std::string(family) + (bold ? "-Bold.ttf" : "-Regular.ttf"));
}

}  // namespace

std::shared_ptr<const FontProgram> FontLibrary::load(const std::filesystem::path& file) {
  const std::lock_guard lock(m_mutex);
  auto& slot = m_fonts[file];
  if (!slot)
    slot = FontProgram::load(file);
  return slot;
}

std::shared_ptr<const FontProgram> FontLibrary::load_if_present(const std::filesystem::path& file) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(file, error))
    return nullptr;
  return load(file);
}

std::vector<std::filesystem::path> fallback_font_files(hb_script_t script, std::string_view language,
                                                       FontWeight weight, const FallbackFolders& folders) {
  const bool bold = weight == FontWeight::bold;
  std::vector<std::filesystem::path> files;
  if (script == HB_SCRIPT_ARABIC && primary_language(language) == "ur")
    files.push_back(noto_file(folders, "NotoNastaliqUrdu", bold));
  if (is_cjk(script))
    files.push_back(folders.droid / "DroidSansFallbackFull.ttf");
  for (const ScriptFamily& family : script_families)
    if (family.script == script)
      files.push_back(noto_file(folders, family.family, bold && family.bold));
  // Punctuation, digits and symbols (script Common) that a document font lacks.
  if (script == HB_SCRIPT_COMMON || script == HB_SCRIPT_INHERITED || script == HB_SCRIPT_UNKNOWN) {
    files.push_back(noto_file(folders, "NotoSans", bold));
    files.push_back(noto_file(folders, "NotoSansSymbols", bold));
    files.push_back(noto_file(folders, "NotoSansSymbols2", false));
    files.push_back(noto_file(folders, "NotoSansMath", false));
    files.push_back(folders.symbola / "Symbola_hint.ttf");
  }
  return files;
}

FontChain::FontChain(std::vector<std::filesystem::path> document_fonts, FontWeight weight,
                     std::shared_ptr<FontLibrary> library, FallbackFolders folders)
    : m_document_fonts(std::move(document_fonts)),
      m_weight(weight),
      m_library(std::move(library)),
      m_folders(std::move(folders)) {
  if (m_document_fonts.empty())
    throw Error("internal error: a font chain needs at least one font; please report this");
  for (const auto& file : m_document_fonts)
    m_key += file.string() + '\n';
  m_key += (m_weight == FontWeight::bold ? "bold\n" : "regular\n") + m_folders.noto.string() + '\n' +
           m_folders.droid.string() + '\n' + m_folders.symbola.string();
}

FontChain::FontChain(std::vector<std::shared_ptr<const FontProgram>> document_fonts, FontWeight weight,
                     std::shared_ptr<FontLibrary> library, FallbackFolders folders)
    : m_weight(weight), m_library(std::move(library)), m_folders(std::move(folders)) {
  if (document_fonts.empty())
    throw Error("internal error: a font chain needs at least one font; please report this");
  for (auto& font : document_fonts) {
    m_own.push_back(font.get());
    m_loaded.push_back(std::move(font));
  }
}

const FontProgram& FontChain::primary() const {
  if (m_own.empty()) {
    for (const auto& file : m_document_fonts) {
      m_loaded.push_back(m_library->load(file));
      m_own.push_back(m_loaded.back().get());
    }
  }
  return *m_own.front();
}

const std::vector<const FontProgram*>& FontChain::document_fonts() const {
  primary();
  return m_own;
}

const std::vector<const FontProgram*>& FontChain::candidates(hb_script_t script,
                                                             std::string_view language) const {
  primary();
  auto key = std::make_pair(script, primary_language(language));
  const auto found = m_candidates.find(key);
  if (found != m_candidates.end())
    return found->second;
  std::vector<const FontProgram*> fonts = m_own;
  for (const auto& file : fallback_font_files(script, language, m_weight, m_folders)) {
    const auto font = m_library->load_if_present(file);
    if (font && std::find(fonts.begin(), fonts.end(), font.get()) == fonts.end()) {
      m_loaded.push_back(font);
      fonts.push_back(font.get());
    }
  }
  return m_candidates.emplace(std::move(key), std::move(fonts)).first->second;
}

}  // namespace pledge::render
