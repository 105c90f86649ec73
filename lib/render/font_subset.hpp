#pragma once

#include <bitset>
#include <filesystem>
#include <initializer_list>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "model/resolved_pledge.hpp"

namespace pledge::render {

// The characters a document may show, within the Basic Multilingual Plane (libharu's UTF-8 path shows no
// others).
class CharacterSet {
 public:
  // Adds every character of the UTF-8 `text`.
  void add(std::string_view text);
  // Adds every character of each text.
  void add(std::initializer_list<std::string_view> texts) {
    for (const std::string_view text : texts)
      add(text);
  }
  bool contains(char32_t c) const { return c < m_set.size() && m_set[c]; }
  // The set as text, to key caches by.
  std::string key() const;

 private:
  std::bitset<0x10000> m_set;
};

// What every layout may print besides its input's text: ASCII (numbers, dates, version, labels) and the
// typographic marks set between parts ("·", "•", "…").
CharacterSet layout_characters();

// What the documents of a pledge can show: the characters the layouts print themselves (ASCII and a few
// typographic marks), the whole service file, and every text the pledge took from its libraries.
CharacterSet characters_of(const ResolvedPledge& pledge);

// A TrueType face cut down with HarfBuzz's subsetter to the glyphs of a set of characters, without hinting
// or layout tables (libharu embeds neither), held in an anonymous in-memory file that libharu can open by
// name. libharu 2.3 copies the loca, hmtx, post, cmap and name tables of the face it loads whole, and builds
// a 65,536-entry code map per face per document by searching the face's cmap: a face of a hundred glyphs
// makes both an order of magnitude cheaper than the full 2,600-glyph face. The subset keeps the full face's
// advance widths, so layouts are unchanged.
class FontSubset {
 public:
  // Nothing if the face cannot be subset or no in-memory file can be made: callers then load the file itself.
  static std::unique_ptr<FontSubset> make(const std::filesystem::path& file, const CharacterSet& characters);
  ~FontSubset();
  FontSubset(const FontSubset&) = delete;
  FontSubset& operator=(const FontSubset&) = delete;

  // A name fopen can open while this object lives (/proc/self/fd/N); never written into any output.
  const std::string& path() const { return m_path; }
  std::size_t size() const { return m_size; }

 private:
  FontSubset(int fd, std::size_t size);
  int m_fd;
  std::size_t m_size;
  std::string m_path;
};

// Subsets made once and shared by every document that shows the same characters in the same face (the
// poster, leaflet and checklist of one service). Safe to use from several threads.
class FontSubsets {
 public:
  // The subset for `file` and `characters`, or null if it cannot be made (see FontSubset::make). libharu
  // opens the subset when a document loads it and keeps its own handle, so the subset need only outlive that.
  std::shared_ptr<const FontSubset> find_or_make(const std::filesystem::path& file,
                                                 const CharacterSet& characters);

 private:
  std::mutex m_mutex;
  std::map<std::pair<std::string, std::string>, std::shared_ptr<const FontSubset>> m_subsets;
};

}  // namespace pledge::render
