#include "render/shaped_text.hpp"

#include <fribidi.h>

#include <algorithm>
#include <array>

namespace pledge::render {

namespace {

struct Decoded {
  std::vector<char32_t> code_points;
  std::vector<std::uint32_t> offsets;  // of each code point, then the text's length
};

// The code point at `at` (not past the end), and its length in bytes. UTF-8 decoding that never fails: an
// invalid byte stands for U+FFFD (which no font should claim to have, so it is reported as missing rather
// than dropped), one byte long.
char32_t decode_at(std::string_view text, std::size_t at, std::size_t& length) {
  const auto lead = static_cast<unsigned char>(text[at]);
  length = lead < 0x80             ? 1
           : (lead & 0xE0) == 0xC0 ? 2
           : (lead & 0xF0) == 0xE0 ? 3
           : (lead & 0xF8) == 0xF0 ? 4
                                   : 0;
  if (length == 1)
    return lead;
  if (length > 1 && at + length <= text.size()) {
    char32_t decoded = lead & (0xFF >> (length + 1));
    bool valid = true;
    for (std::size_t i = 1; i < length; ++i) {
      const auto byte = static_cast<unsigned char>(text[at + i]);
      valid = valid && (byte & 0xC0) == 0x80;
      decoded = (decoded << 6) | (byte & 0x3F);
    }
    static constexpr std::array<char32_t, 5> smallest = {0, 0, 0x80, 0x800, 0x10000};
    if (valid && decoded >= smallest[length] && decoded <= 0x10FFFF && (decoded < 0xD800 || decoded > 0xDFFF))
      return decoded;
  }
  length = 1;
  return 0xFFFD;
}

// Decodes `text` into `out`, whose vectors keep their capacity from one text to the next.
const Decoded& decode(std::string_view text, Decoded& out) {
  // Sized for the most code points the text can hold and cut to those it has: no check for room per one.
  out.code_points.resize(text.size());
  out.offsets.resize(text.size() + 1);
  std::size_t count = 0;
  for (std::size_t at = 0; at < text.size(); ++count) {
    std::size_t length = 0;
    out.code_points[count] = decode_at(text, at, length);
    out.offsets[count] = static_cast<std::uint32_t>(at);
    at += length;
  }
  out.offsets[count] = static_cast<std::uint32_t>(text.size());
  out.code_points.resize(count);
  out.offsets.resize(count + 1);
  return out;
}

// What shaping a paragraph or a word works in, one of each per thread: their vectors' memory is reused, as
// allocating it again for each of the thousands of words of a document costs more than decoding them. A
// paragraph's is held while its words are shaped, so words have their own.
struct ParagraphScratch {
  Decoded decoded;
  std::vector<std::uint8_t> levels;
};
struct WordScratch {
  Decoded decoded;
  std::vector<hb_script_t> scripts;
  std::string key;
};
thread_local ParagraphScratch paragraph_scratch;
thread_local WordScratch word_scratch;

bool is_space(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\r';
}

// Characters HarfBuzz removes (HB_BUFFER_FLAG_REMOVE_DEFAULT_IGNORABLES) after they have done their work
// (joiners, bidi controls, variation selectors): a font need not have them.
bool is_default_ignorable(char32_t c) {
  return c == 0x00AD || c == 0x034F || c == 0x061C || (c >= 0x115F && c <= 0x1160) ||
         (c >= 0x17B4 && c <= 0x17B5) || (c >= 0x180B && c <= 0x180F) || (c >= 0x200B && c <= 0x200F) ||
         (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x206F) || c == 0x3164 ||
         (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF || c == 0xFFA0 || (c >= 0x1BCA0 && c <= 0x1BCA3) ||
         (c >= 0x1D173 && c <= 0x1D17A) || (c >= 0xE0000 && c <= 0xE0FFF);
}

bool has(const FontProgram& font, char32_t c) {
  return font.covers(c) || is_default_ignorable(c);
}

// A character that belongs to the cluster of the one before it: combining marks, joiners and variation
// selectors, and whatever follows a zero width joiner.
bool continues_cluster(char32_t c, char32_t previous) {
  if (previous == 0x200D)
    return true;
  if (c == 0x200C || c == 0x200D || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF))
    return true;
  const hb_unicode_general_category_t category =
      hb_unicode_general_category(hb_unicode_funcs_get_default(), c);
  return category == HB_UNICODE_GENERAL_CATEGORY_NON_SPACING_MARK ||
         category == HB_UNICODE_GENERAL_CATEGORY_SPACING_MARK ||
         category == HB_UNICODE_GENERAL_CATEGORY_ENCLOSING_MARK;
}

bool is_weak_script(hb_script_t script) {
  return script == HB_SCRIPT_COMMON || script == HB_SCRIPT_INHERITED || script == HB_SCRIPT_UNKNOWN;
}

// Scripts whose ligatures only change the look (see ShapingOptions).
bool is_latin_like(hb_script_t script) {
  return script == HB_SCRIPT_LATIN || script == HB_SCRIPT_GREEK || script == HB_SCRIPT_CYRILLIC ||
         is_weak_script(script);
}

// Each character's script, with Common and Inherited characters (punctuation, digits, combining marks)
// taking the script of the text before them, or after them at the start (as UAX #24 suggests).
const std::vector<hb_script_t>& scripts_of(const std::vector<char32_t>& code_points,
                                           std::vector<hb_script_t>& scripts) {
  hb_unicode_funcs_t* unicode = hb_unicode_funcs_get_default();
  scripts.resize(code_points.size());
  hb_script_t current = HB_SCRIPT_COMMON;
  for (std::size_t i = 0; i < code_points.size(); ++i) {
    const hb_script_t script = hb_unicode_script(unicode, code_points[i]);
    if (!is_weak_script(script))
      current = script;
    scripts[i] = is_weak_script(script) ? current : script;
  }
  // Leading weak characters take the first real script.
  std::size_t first = 0;
  while (first < scripts.size() && is_weak_script(scripts[first]))
    ++first;
  for (std::size_t i = 0; i < first && first < scripts.size(); ++i)
    scripts[i] = scripts[first];
  return scripts;
}

void shape_run(const FontProgram& font, std::string_view word, std::uint32_t begin, std::uint32_t end,
               hb_script_t script, std::uint8_t level, hb_language_t language, const ShapingOptions& options,
               GlyphRun& run) {
  // One buffer per thread, emptied for each run: creating one costs more than shaping a short word.
  thread_local struct BufferHolder {
    hb_buffer_t* buffer = hb_buffer_create();
    ~BufferHolder() { hb_buffer_destroy(buffer); }
  } holder;
  hb_buffer_t* buffer = holder.buffer;
  hb_buffer_clear_contents(buffer);
  hb_buffer_add_utf8(buffer, word.data(), static_cast<int>(word.size()), begin,
                     static_cast<int>(end - begin));
  hb_buffer_set_direction(buffer, (level & 1) ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
  hb_buffer_set_script(buffer, script);
  hb_buffer_set_language(buffer, language);
  hb_buffer_set_flags(buffer, static_cast<hb_buffer_flags_t>(HB_BUFFER_FLAG_REMOVE_DEFAULT_IGNORABLES |
                                                             (begin == 0 ? HB_BUFFER_FLAG_BOT : 0) |
                                                             (end == word.size() ? HB_BUFFER_FLAG_EOT : 0)));
  std::array<hb_feature_t, 3> features{};
  unsigned feature_count = 0;
  const auto turn_off = [&](hb_tag_t tag) {
    features[feature_count++] = {tag, 0, HB_FEATURE_GLOBAL_START, HB_FEATURE_GLOBAL_END};
  };
  if (!options.kerning)
    turn_off(HB_TAG('k', 'e', 'r', 'n'));
  if (!options.latin_ligatures && is_latin_like(script)) {
    turn_off(HB_TAG('l', 'i', 'g', 'a'));
    turn_off(HB_TAG('c', 'l', 'i', 'g'));
  }
  hb_shape(font.font(), buffer, features.data(), feature_count);
  unsigned count = 0;
  const hb_glyph_info_t* infos = hb_buffer_get_glyph_infos(buffer, &count);
  const hb_glyph_position_t* positions = hb_buffer_get_glyph_positions(buffer, &count);
  const double scale = 1.0 / font.metrics().units_per_em;
  run.font = &font;
  run.begin = begin;
  run.end = end;
  run.level = level;
  run.glyphs.resize(count);
  run.advance = 0;
  for (unsigned i = 0; i < count; ++i) {
    PositionedGlyph& glyph = run.glyphs[i];
    glyph.glyph = infos[i].codepoint;
    glyph.cluster = infos[i].cluster;
    glyph.advance = static_cast<float>(positions[i].x_advance * scale);
    glyph.x_offset = static_cast<float>(positions[i].x_offset * scale);
    glyph.y_offset = static_cast<float>(positions[i].y_offset * scale);
    run.advance += positions[i].x_advance * scale;
  }
}

}  // namespace

double ShapedParagraph::advance() const {
  double total = 0;
  for (const GlyphRun& run : runs)
    total += run.advance;
  return total;
}

std::shared_ptr<const ShapedWord> ShapedWordCache::find(std::string_view key) const {
  const std::lock_guard lock(m_mutex);
  const auto found = m_words.find(key);
  return found == m_words.end() ? nullptr : found->second;
}

void ShapedWordCache::add(std::string key, std::shared_ptr<const ShapedWord> word) {
  const std::lock_guard lock(m_mutex);
  if (m_words.size() >= most_words)
    m_words.clear();
  m_words.emplace(std::move(key), std::move(word));
}

std::string ShapedWordCache::key_prefix(const std::string& description) {
  const std::lock_guard lock(m_mutex);
  auto [found, added] = m_prefixes.try_emplace(description);
  if (added) {
    // The prefix's number in bytes, then a byte no number byte can be (0xFF), so prefixes never overlap.
    for (std::size_t n = m_prefixes.size(); n > 0; n /= 255)
      found->second += static_cast<char>(n % 255);
    found->second += '\xFF';
  }
  return found->second;
}

std::size_t ShapedWordCache::size() const {
  const std::lock_guard lock(m_mutex);
  return m_words.size();
}

TextShaper::TextShaper(const FontChain& chain, std::string language, ShapingOptions options,
                       std::shared_ptr<ShapedWordCache> shared)
    : m_chain(chain),
      m_language(std::move(language)),
      m_options(options),
      m_hb_language(hb_language_from_string(m_language.c_str(), -1)) {
  if (shared && chain.library() == shared->library().get()) {
    m_shared = std::move(shared);
    m_shared_prefix =
        m_shared->key_prefix(chain.key() + '\0' + m_language + '\0' + (options.kerning ? 'k' : '-') +
                             (options.latin_ligatures ? 'l' : '-'));
  }
}

const ShapedWord& TextShaper::shape_word(std::string_view word, std::uint8_t level) const {
  // The shared cache's key is the local one after the shaper's prefix: built once, looked up as views.
  std::string& shared_key = word_scratch.key;
  shared_key.assign(m_shared_prefix);
  shared_key += static_cast<char>(level);
  shared_key += word;
  const std::string_view key = std::string_view(shared_key).substr(m_shared_prefix.size());
  auto found = m_words.find(key);
  if (found != m_words.end())
    return *found->second;
  std::shared_ptr<const ShapedWord> shaped;
  if (m_shared)
    shaped = m_shared->find(shared_key);
  if (!shaped) {
    shaped = std::make_shared<const ShapedWord>(shape_word_uncached(word, level));
    if (m_shared)
      m_shared->add(shared_key, shaped);  // shaping the word leaves the key as it was
  }
  return *m_words.emplace(std::string(key), std::move(shaped)).first->second;
}

ShapedWord TextShaper::shape_word_uncached(std::string_view word, std::uint8_t level) const {
  ShapedWord out;
  const Decoded& decoded = decode(word, word_scratch.decoded);
  const std::vector<char32_t>& code_points = decoded.code_points;
  const std::vector<hb_script_t>& scripts = scripts_of(code_points, word_scratch.scripts);
  const auto add_run = [&](const FontProgram& font, std::size_t from, std::size_t to, hb_script_t script) {
    GlyphRun run;
    shape_run(font, word, decoded.offsets[from], decoded.offsets[to], script, level, m_hb_language, m_options,
              run);
    out.runs.push_back(std::move(run));
  };
  for (std::size_t start = 0; start < code_points.size();) {
    std::size_t stop = start;
    while (stop < code_points.size() && scripts[stop] == scripts[start])
      ++stop;
    const hb_script_t script = scripts[start];
    const auto covers = [&](const FontProgram* font, std::size_t from, std::size_t to) {
      for (std::size_t i = from; i < to; ++i)
        if (!has(*font, code_points[i]))
          return false;
      return true;
    };
    const auto covers_run = [&](const FontProgram* font) { return covers(font, start, stop); };
    // The document's fonts come first among every script's: the fallback fonts are only loaded (and
    // checked) for a run none of them has.
    const std::vector<const FontProgram*>& own = m_chain.document_fonts();
    if (const auto found = std::find_if(own.begin(), own.end(), covers_run); found != own.end()) {
      add_run(**found, start, stop, script);
      start = stop;
      continue;
    }
    const std::vector<const FontProgram*>& fonts = m_chain.candidates(script, m_language);
    if (const auto whole = std::find_if(fonts.begin(), fonts.end(), covers_run); whole != fonts.end()) {
      add_run(**whole, start, stop, script);
      start = stop;
      continue;
    }
    // No font has the whole run: each cluster in the first font that has all of it, then in the fonts of
    // symbols and punctuation (an emoji or an arrow takes the script of the word it is in, whose fonts seldom
    // have it); the characters of a cluster none has reported (and set in the first font, whose .notdef glyph
    // stands in for them).
    const std::vector<const FontProgram*>& symbol_fonts = m_chain.candidates(HB_SCRIPT_COMMON, m_language);
    const FontProgram* run_font = nullptr;
    std::size_t run_start = start;
    for (std::size_t cluster = start; cluster < stop;) {
      std::size_t next = cluster + 1;
      while (next < stop && continues_cluster(code_points[next], code_points[next - 1]))
        ++next;
      const auto covers_cluster = [&](const FontProgram* font) { return covers(font, cluster, next); };
      const FontProgram* font = nullptr;
      if (const auto found = std::find_if(fonts.begin(), fonts.end(), covers_cluster); found != fonts.end())
        font = *found;
      else if (const auto symbol = std::find_if(symbol_fonts.begin(), symbol_fonts.end(), covers_cluster);
               symbol != symbol_fonts.end())
        font = *symbol;
      if (!font) {
        font = fonts.front();
        for (std::size_t i = cluster; i < next; ++i) {
          const auto has_it = [&](const FontProgram* f) { return has(*f, code_points[i]); };
          if (std::none_of(fonts.begin(), fonts.end(), has_it) &&
              std::none_of(symbol_fonts.begin(), symbol_fonts.end(), has_it))
            out.missing.push_back({code_points[i], decoded.offsets[i]});
        }
      }
      if (run_font && font != run_font) {
        add_run(*run_font, run_start, cluster, script);
        run_start = cluster;
      }
      run_font = font;
      cluster = next;
    }
    add_run(*run_font, run_start, stop, script);
    start = stop;
  }
  return out;
}

ShapedParagraph TextShaper::shape(std::string_view text) const {
  ShapedParagraph out;
  std::optional<bool> marked_right_to_left;
  if (text.starts_with(right_to_left_mark) || text.starts_with(left_to_right_mark)) {
    marked_right_to_left = text.starts_with(right_to_left_mark);
    text.remove_prefix(right_to_left_mark.size());
  }
  out.text = std::string(text);
  const Decoded& decoded = decode(text, paragraph_scratch.decoded);
  const std::vector<char32_t>& code_points = decoded.code_points;
  const std::size_t count = code_points.size();
  std::vector<std::uint8_t>& levels = paragraph_scratch.levels;
  levels.assign(count, 0);
  // FriBidi only for text with right-to-left characters or bidi controls: English never needs it.
  const bool needs_bidi = marked_right_to_left.value_or(false) ||
                          std::any_of(code_points.begin(), code_points.end(), [](char32_t c) {
                            // Below U+0590 (Latin, Greek, Cyrillic, Armenian): no right-to-left letters,
                            // Arabic digits or bidi controls.
                            if (c < 0x0590)
                              return false;
                            const FriBidiCharType type = fribidi_get_bidi_type(c);
                            return FRIBIDI_IS_RTL(type) || type == FRIBIDI_TYPE_AN ||
                                   FRIBIDI_IS_EXPLICIT(type) || FRIBIDI_IS_ISOLATE(type);
                          });
  out.right_to_left = marked_right_to_left.value_or(false);
  if (needs_bidi) {
    std::vector<FriBidiChar> characters(code_points.begin(), code_points.end());
    std::vector<FriBidiCharType> types(count);
    std::vector<FriBidiBracketType> brackets(count);
    std::vector<FriBidiLevel> resolved(count);
    const auto length = static_cast<FriBidiStrIndex>(count);
    fribidi_get_bidi_types(characters.data(), length, types.data());
    fribidi_get_bracket_types(characters.data(), length, types.data(), brackets.data());
    FriBidiParType direction = !marked_right_to_left   ? FRIBIDI_PAR_ON
                               : *marked_right_to_left ? FRIBIDI_PAR_RTL
                                                       : FRIBIDI_PAR_LTR;
    if (fribidi_get_par_embedding_levels_ex(types.data(), brackets.data(), length, &direction,
                                            resolved.data()) != 0) {
      for (std::size_t i = 0; i < count; ++i)
        levels[i] = static_cast<std::uint8_t>(resolved[i]);
      out.right_to_left = direction == FRIBIDI_PAR_RTL;
    }
  }
  const std::uint8_t paragraph_level = out.right_to_left ? 1 : 0;
  out.runs.reserve(count / 3 + 2);
  for (std::size_t start = 0; start < count;) {
    std::size_t stop = start + 1;
    if (is_space(code_points[start])) {
      while (stop < count && is_space(code_points[stop]))
        ++stop;
      // Spaces at the ends of the paragraph take its level (UAX #9 rule L1).
      const std::uint8_t level = start == 0 || stop == count ? paragraph_level : levels[start];
      const FontProgram* font =
          !out.runs.empty() && out.runs.back().font->covers(U' ') ? out.runs.back().font : &m_chain.primary();
      GlyphRun run;
      run.font = font;
      run.begin = decoded.offsets[start];
      run.end = decoded.offsets[stop];
      run.level = level;
      run.space = true;
      const GlyphId glyph = font->space_glyph();
      const auto advance =
          static_cast<float>(static_cast<double>(font->space_advance()) / font->metrics().units_per_em);
      run.glyphs.push_back({glyph, run.begin, advance, 0, 0});
      run.advance = advance;
      out.runs.push_back(std::move(run));
      start = stop;
      continue;
    }
    while (stop < count && !is_space(code_points[stop]) && levels[stop] == levels[start])
      ++stop;
    const std::uint32_t offset = decoded.offsets[start];
    const ShapedWord& word = shape_word(text.substr(offset, decoded.offsets[stop] - offset), levels[start]);
    for (const GlyphRun& shaped : word.runs) {
      GlyphRun run = shaped;
      run.begin += offset;
      run.end += offset;
      for (PositionedGlyph& glyph : run.glyphs)
        glyph.cluster += offset;
      out.runs.push_back(std::move(run));
    }
    for (const MissingCharacter& missing : word.missing)
      out.missing.push_back({missing.code_point, missing.offset + offset});
    start = stop;
  }
  return out;
}

double TextShaper::width(std::string_view text) const {
  return shape(text).advance();
}

bool TextShaper::document_fonts_cover(std::string_view text) const {
  const std::vector<const FontProgram*>& own = m_chain.document_fonts();
  const auto covered = [&own](char32_t c) {
    return c == U'\n' || is_space(c) ||
           std::any_of(own.begin(), own.end(), [c](const FontProgram* font) { return has(*font, c); });
  };
  // Nearly every character checked is ASCII: those are looked up in one table for all the document fonts.
  if (!m_ascii_covered) {
    std::array<std::uint64_t, 2> table{};
    for (char32_t c = 0; c < 0x80; ++c)
      if (covered(c))
        table[c >> 6] |= std::uint64_t{1} << (c & 63);
    m_ascii_covered = table;
  }
  const std::array<std::uint64_t, 2>& ascii = *m_ascii_covered;
  for (std::size_t at = 0; at < text.size();) {
    const auto byte = static_cast<unsigned char>(text[at]);
    if (byte < 0x80) {
      if (((ascii[byte >> 6] >> (byte & 63)) & 1) == 0)
        return false;
      ++at;
      continue;
    }
    std::size_t length = 0;
    if (!covered(decode_at(text, at, length)))
      return false;
    at += length;
  }
  return true;
}

double slice_advance(const ShapedParagraph& paragraph, const LineSlice& slice) {
  const GlyphRun& run = paragraph.runs[slice.run];
  if (slice.begin == run.begin && slice.end == run.end)
    return run.advance;
  double total = 0;
  for (const PositionedGlyph& glyph : run.glyphs)
    if (glyph.cluster >= slice.begin && glyph.cluster < slice.end)
      total += glyph.advance;
  return total;
}

namespace {

// The clusters of a word (runs [first, last) of `paragraph`) in logical order: their byte ranges and widths
// at 1 pt.
struct Cluster {
  std::uint32_t begin;
  std::uint32_t end;
  double advance;
};

std::vector<Cluster> clusters_of(const ShapedParagraph& paragraph, std::size_t first, std::size_t last) {
  std::vector<Cluster> out;
  for (std::size_t r = first; r < last; ++r) {
    const GlyphRun& run = paragraph.runs[r];
    std::vector<std::pair<std::uint32_t, double>> starts;
    for (const PositionedGlyph& glyph : run.glyphs) {
      auto at =
          std::find_if(starts.begin(), starts.end(), [&](const auto& s) { return s.first == glyph.cluster; });
      if (at == starts.end())
        starts.emplace_back(glyph.cluster, glyph.advance);
      else
        at->second += glyph.advance;
    }
    std::sort(starts.begin(), starts.end());
    for (std::size_t i = 0; i < starts.size(); ++i) {
      const std::uint32_t begin = i == 0 ? run.begin : starts[i].first;
      const std::uint32_t end = i + 1 < starts.size() ? starts[i + 1].first : run.end;
      out.push_back({begin, end, starts[i].second});
    }
  }
  return out;
}

// Appends to `out` the slices of runs [first, last) covering bytes [begin, end).
void add_slices(std::vector<LineSlice>& out, const ShapedParagraph& paragraph, std::size_t first,
                std::size_t last, std::uint32_t begin, std::uint32_t end) {
  for (std::size_t r = first; r < last; ++r) {
    const GlyphRun& run = paragraph.runs[r];
    const std::uint32_t from = std::max(run.begin, begin);
    const std::uint32_t to = std::min(run.end, end);
    if (from < to)
      out.push_back({r, from, to});
  }
}

// A word of a paragraph: its runs [first, last), which hold no space, its width and the width of the
// spaces before it, both at the size given.
struct Word {
  std::size_t first = 0;
  std::size_t last = 0;
  double width = 0;
  double space_before = 0;
};

// Calls `take` with each word of `paragraph` in order; false as soon as `take` is (a word that cannot fit).
template <typename Take>
bool for_each_word(const ShapedParagraph& paragraph, double size, Take take) {
  const std::vector<GlyphRun>& runs = paragraph.runs;
  double space = 0;
  for (std::size_t r = 0; r < runs.size();) {
    if (runs[r].space) {
      space = runs[r].advance * size;
      ++r;
      continue;
    }
    Word word{r, r, 0, space};
    while (word.last < runs.size() && !runs[word.last].space)
      word.width += runs[word.last++].advance * size;
    if (!take(word))
      return false;
    r = word.last;
  }
  return true;
}

}  // namespace

std::optional<std::vector<ShapedLine>> break_lines(const ShapedParagraph& paragraph, double size,
                                                   double width, LongWords long_words) {
  std::vector<ShapedLine> lines;
  ShapedLine line;
  const auto push_line = [&] {
    line.advance = 0;
    for (const LineSlice& slice : line.slices)
      line.advance += slice_advance(paragraph, slice);
    lines.push_back(std::move(line));
    line = ShapedLine();
  };
  const std::vector<GlyphRun>& runs = paragraph.runs;
  double line_width = 0;
  const bool fits = for_each_word(paragraph, size, [&](const Word& word) {
    const std::size_t r = word.first;
    const std::size_t last = word.last;
    const std::uint32_t word_begin = runs[r].begin;
    const std::uint32_t word_end = runs[last - 1].end;
    if (!line.slices.empty() && line_width + word.space_before + word.width <= width) {
      // The spaces between the words belong to the line.
      line.slices.push_back({r - 1, runs[r - 1].begin, runs[r - 1].end});
      add_slices(line.slices, paragraph, r, last, word_begin, word_end);
      line.end = word_end;
      line_width += word.space_before + word.width;
      return true;
    }
    if (!line.slices.empty())
      push_line();
    line_width = 0;
    if (word.width <= width) {
      add_slices(line.slices, paragraph, r, last, word_begin, word_end);
      line.begin = word_begin;
      line.end = word_end;
      line_width = word.width;
      return true;
    }
    if (long_words == LongWords::fail)
      return false;
    // Pieces that fit, each at least one cluster, cut after '/' or '-' where one fits.
    const std::vector<Cluster> clusters = clusters_of(paragraph, r, last);
    for (std::size_t c = 0; c < clusters.size();) {
      double fit_width = 0;
      std::size_t fit = c;
      std::size_t preferred = c;
      for (std::size_t k = c; k < clusters.size(); ++k) {
        if (fit_width + clusters[k].advance * size > width && fit > c)
          break;
        fit_width += clusters[k].advance * size;
        fit = k + 1;
        const char last_byte = paragraph.text[clusters[k].end - 1];
        if (last_byte == '/' || last_byte == '-')
          preferred = k + 1;
      }
      const std::size_t cut = preferred > c && fit < clusters.size() ? preferred : fit;
      line.slices.clear();
      add_slices(line.slices, paragraph, r, last, clusters[c].begin, clusters[cut - 1].end);
      line.begin = clusters[c].begin;
      line.end = clusters[cut - 1].end;
      line_width = 0;
      for (std::size_t k = c; k < cut; ++k)
        line_width += clusters[k].advance * size;
      c = cut;
      if (c < clusters.size())
        push_line();
    }
    return true;
  });
  if (!fits)
    return std::nullopt;
  if (!line.slices.empty() || lines.empty())
    push_line();
  return lines;
}

std::optional<std::vector<LineExtent>> break_line_extents(const ShapedParagraph& paragraph, double size,
                                                          double width, LongWords long_words) {
  // break_lines' loop, keeping only where each line starts and ends; a word wider than the line, which
  // break_inside breaks between clusters, is left to break_lines itself.
  std::vector<LineExtent> lines;
  const std::vector<GlyphRun>& runs = paragraph.runs;
  LineExtent line;
  bool open = false;
  bool broken_inside = false;  // a word wider than the line, left to break_lines
  double line_width = 0;
  const bool fits = for_each_word(paragraph, size, [&](const Word& word) {
    const std::uint32_t word_end = runs[word.last - 1].end;
    if (open && line_width + word.space_before + word.width <= width) {
      line.end = word_end;
      line_width += word.space_before + word.width;
    } else if (word.width <= width) {
      if (open)
        lines.push_back(line);
      line = {runs[word.first].begin, word_end};
      line_width = word.width;
      open = true;
    } else if (long_words == LongWords::fail) {
      return false;
    } else {
      broken_inside = true;
      return false;
    }
    return true;
  });
  if (broken_inside) {
    std::vector<LineExtent> out;
    const auto broken = break_lines(paragraph, size, width, long_words);  // kept: the loop reads into it
    for (const ShapedLine& shaped : *broken)
      out.push_back({shaped.begin, shaped.end});
    return out;
  }
  if (!fits)
    return std::nullopt;
  if (open || lines.empty())
    lines.push_back(line);
  return lines;
}

std::vector<LineSlice> visual_order(const ShapedParagraph& paragraph, const ShapedLine& line) {
  std::vector<LineSlice> slices = line.slices;
  if (slices.empty())
    return slices;
  std::uint8_t highest = 0;
  std::uint8_t lowest_odd = 255;
  for (const LineSlice& slice : slices) {
    const std::uint8_t level = paragraph.runs[slice.run].level;
    highest = std::max(highest, level);
    if (level & 1)
      lowest_odd = std::min(lowest_odd, level);
  }
  // From the highest level down to the lowest odd one, each sequence of slices at that level or above is
  // reversed.
  for (int level = highest; level >= lowest_odd && level > 0; --level) {
    for (std::size_t i = 0; i < slices.size();) {
      if (paragraph.runs[slices[i].run].level < level) {
        ++i;
        continue;
      }
      std::size_t j = i;
      while (j < slices.size() && paragraph.runs[slices[j].run].level >= level)
        ++j;
      std::reverse(slices.begin() + static_cast<std::ptrdiff_t>(i),
                   slices.begin() + static_cast<std::ptrdiff_t>(j));
      i = j;
    }
  }
  return slices;
}

}  // namespace pledge::render
