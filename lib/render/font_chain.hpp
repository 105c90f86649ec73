#pragma once

#include <hb.h>

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "render/font_program.hpp"

namespace pledge::render {

// Fonts loaded and checked once and shared by every document of a run (as the font subsets are today).
// Safe to use from several threads.
class FontLibrary {
 public:
  // The font at `file`; throws Error naming it if it cannot be used.
  std::shared_ptr<const FontProgram> load(const std::filesystem::path& file);
  // The same, or null if there is no such file: fallback fonts come from packages that may not be installed.
  std::shared_ptr<const FontProgram> load_if_present(const std::filesystem::path& file);

 private:
  std::mutex m_mutex;
  std::map<std::filesystem::path, std::shared_ptr<const FontProgram>> m_fonts;
};

enum class FontWeight { regular, bold };

// Where the fallback fonts are installed (Debian's fonts-noto-core, fonts-droid-fallback and fonts-symbola);
// tests and odd installations may point elsewhere.
struct FallbackFolders {
  std::filesystem::path noto = "/usr/share/fonts/truetype/noto";
  std::filesystem::path droid = "/usr/share/fonts/truetype/droid";
  std::filesystem::path symbola = "/usr/share/fonts/truetype/ancient-scripts";
};

// The fallback font files for text in `script` (and `language`, a BCP 47 tag: Urdu's Arabic script is set
// in Nastaliq), in the order to try them, for `weight` (the regular file where a script has no bold one).
// Latin, Greek and Cyrillic: Noto Sans (a document font such as Liberation Sans comes first in a chain);
// Chinese, Japanese and Korean: Droid Sans Fallback, the packaged CJK font with TrueType outlines (Noto Sans
// CJK is CFF, which FontFile2 cannot hold, and 91 MB installed); it has the ideographs and kana but not the
// Hangul syllables, so Korean needs a font of its own (--font, such as fonts-nanum's NanumGothic.ttf).
// Symbols (script Common): Noto Sans, its symbol and mathematics faces, then Symbola, the packaged emoji font
// with TrueType outlines and no colour (Noto Color Emoji is bitmaps, which FontFile2 cannot hold). Empty for
// a script with no packaged font.
std::vector<std::filesystem::path> fallback_font_files(hb_script_t script, std::string_view language,
                                                       FontWeight weight,
                                                       const FallbackFolders& folders = {});

// The fonts text in one face (body or headings) is set in: the document's own fonts (--font, or Liberation
// Sans), then the fallback fonts of each script. Built per document; fallback fonts are loaded on first use,
// so an English document never opens a Bengali font. Not safe to share between threads (it fills its lists
// as it goes); the FontLibrary under it is.
class FontChain {
 public:
  FontChain(std::vector<std::filesystem::path> document_fonts, FontWeight weight,
            std::shared_ptr<FontLibrary> library, FallbackFolders folders = {});
  // The same with the document's fonts already loaded.
  FontChain(std::vector<std::shared_ptr<const FontProgram>> document_fonts, FontWeight weight,
            std::shared_ptr<FontLibrary> library, FallbackFolders folders = {});

  // The first document font: the face layouts take their metrics from. Throws Error if it cannot be used.
  const FontProgram& primary() const;
  // The document's own fonts, in order (never empty): the first the fonts of every script try. Throws Error
  // if one cannot be used.
  const std::vector<const FontProgram*>& document_fonts() const;
  // The fonts a run of `script` in `language` may be set in, in order (never empty: the document's fonts
  // come first), loading the script's fallback fonts on first use. Throws Error if a document font cannot be
  // used.
  const std::vector<const FontProgram*>& candidates(hb_script_t script, std::string_view language) const;

  // What the chain is made of (its document fonts, weight and fallback folders), to key shared caches by.
  const std::string& key() const { return m_key; }
  // The library every font of the chain comes from; null if its document fonts were given loaded.
  const FontLibrary* library() const { return m_document_fonts.empty() ? nullptr : m_library.get(); }

 private:
  std::vector<std::filesystem::path> m_document_fonts;
  FontWeight m_weight;
  std::shared_ptr<FontLibrary> m_library;
  FallbackFolders m_folders;
  std::string m_key;
  mutable std::vector<std::shared_ptr<const FontProgram>> m_loaded;  // keeps the programs alive
  mutable std::vector<const FontProgram*> m_own;
  mutable std::map<std::pair<hb_script_t, std::string>, std::vector<const FontProgram*>> m_candidates;
};

}  // namespace pledge::render
