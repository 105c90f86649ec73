#include "render/font_program.hpp"

#include <hb-ot.h>
#include <hb.h>

#include <array>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <utility>
#include <vector>

#include "base/error.hpp"
#include "base/output_file.hpp"

namespace pledge::render {

namespace {

// Larger than any font a pledge needs (Droid Sans Fallback, for Chinese, is 4 MB); a bigger file is more
// likely a mistake than a font.
constexpr std::size_t largest_font_file = 64 * 1024 * 1024;

std::uint16_t u16(std::string_view bytes, std::size_t at) {
  return static_cast<std::uint16_t>((static_cast<unsigned char>(bytes[at]) << 8) |
                                    static_cast<unsigned char>(bytes[at + 1]));
}

std::int16_t s16(std::string_view bytes, std::size_t at) {
  return static_cast<std::int16_t>(u16(bytes, at));
}

std::uint32_t u32(std::string_view bytes, std::size_t at) {
  return (static_cast<std::uint32_t>(u16(bytes, at)) << 16) | u16(bytes, at + 2);
}

// The checks of the table directory and of the tables read before HarfBuzz is trusted with the file: what
// they find wrong is thrown as the reason the font is refused.
class TableDirectory {
 public:
  explicit TableDirectory(std::string_view bytes) {
    if (bytes.size() < 12)
      fail("the file is too short to be a font (" + std::to_string(bytes.size()) + " bytes)");
    const std::uint32_t version = u32(bytes, 0);
    if (version == 0x4F54544F)  // 'OTTO'
      fail("it is an OpenType font with CFF outlines (.otf); give a TrueType font (.ttf, glyf outlines)");
    if (version == 0x74746366)  // 'ttcf'
      fail("it is a font collection (.ttc); give a single TrueType font (.ttf)");
    if (version != 0x00010000 && version != 0x74727565)  // 'true'
      fail("it does not start like a TrueType font");
    const std::size_t count = u16(bytes, 4);
    if (count == 0 || 12 + 16 * count > bytes.size())
      fail("its table directory lists " + std::to_string(count) + " tables, more than the file holds");
    for (std::size_t i = 0; i < count; ++i) {
      const std::size_t record = 12 + 16 * i;
      const std::string tag(bytes.substr(record, 4));
      const std::uint64_t offset = u32(bytes, record + 8);
      const std::uint64_t length = u32(bytes, record + 12);
      if (offset + length > bytes.size())
        fail("table '" + tag + "' runs past the end of the file (offset " + std::to_string(offset) +
             ", length " + std::to_string(length) + ", file " + std::to_string(bytes.size()) + " bytes)");
      if (!m_tables.emplace(tag, bytes.substr(offset, length)).second)
        fail("table '" + tag + "' is listed twice");
    }
  }

  std::optional<std::string_view> find(const std::string& tag) const {
    const auto found = m_tables.find(tag);
    if (found == m_tables.end())
      return std::nullopt;
    return found->second;
  }

  std::string_view require(const std::string& tag, std::size_t least) const {
    const auto table = find(tag);
    if (!table)
      fail("it has no '" + tag + "' table");
    if (table->size() < least)
      fail("table '" + tag + "' is too short (" + std::to_string(table->size()) + " bytes)");
    return *table;
  }

  [[noreturn]] static void fail(const std::string& why) { throw std::invalid_argument(why); }

 private:
  std::map<std::string, std::string_view> m_tables;
};

struct CheckedTables {
  FontMetrics metrics;
  unsigned glyph_count = 0;
  std::size_t long_metrics = 0;
};

// The glyphs each composite glyph of table 'glyf' is made of (`offsets` from table 'loca', checked), all in
// one list: glyph g's parts are parts[first[g]] to parts[first[g + 1]]. One list, not one per glyph, because
// every font is checked in every process before its first document (Liberation Sans: 2 fonts of 2,600
// glyphs).
struct CompositeParts {
  std::vector<std::size_t> first;
  std::vector<unsigned> parts;

  std::size_t glyph_count() const { return first.size() - 1; }
};

CompositeParts composite_parts(std::string_view glyf, const std::vector<std::size_t>& offsets) {
  const std::size_t glyph_count = offsets.size() - 1;
  CompositeParts out;
  out.first.reserve(glyph_count + 1);
  for (std::size_t glyph = 0; glyph < glyph_count; ++glyph) {
    out.first.push_back(out.parts.size());
    const std::size_t end = offsets[glyph + 1];
    if (end == offsets[glyph] || s16(glyf, offsets[glyph]) >= 0)
      continue;  // empty, or a simple glyph of contours
    const auto name = [glyph] { return "composite glyph " + std::to_string(glyph) + " in table 'glyf'"; };
    for (std::size_t at = offsets[glyph] + 10;;) {
      if (at + 4 > end)
        TableDirectory::fail(name() + " is cut short");
      const unsigned flags = u16(glyf, at);
      const unsigned part = u16(glyf, at + 2);
      if (part >= glyph_count)
        TableDirectory::fail(name() + " is made of glyph " + std::to_string(part) +
                             ", which the font does not have");
      out.parts.push_back(part);
      at += 4 + ((flags & 0x1) ? 4 : 2);                                      // the two offsets
      at += (flags & 0x8) ? 2 : (flags & 0x40) ? 4 : (flags & 0x80) ? 8 : 0;  // the scale
      if (!(flags & 0x20))                                                    // no more components
        break;
    }
  }
  out.first.push_back(out.parts.size());
  return out;
}

// A composite glyph made of itself, directly or through others, sends whatever draws or measures it round
// for ever (HarfBuzz and the subsetter stop and leave the letter out unseen: a poster with blanks for Á);
// nesting deeper than any real font's (a few levels) is refused with it.
void check_composites(std::string_view glyf, const std::vector<std::size_t>& offsets) {
  constexpr std::size_t deepest = 16;
  const CompositeParts composites = composite_parts(glyf, offsets);
  enum class State : unsigned char { unseen, open, done };
  std::vector<State> state(composites.glyph_count(), State::unseen);
  std::vector<std::pair<unsigned, std::size_t>> path;  // glyph, index in composites.parts of the next part
  path.reserve(deepest);
  for (unsigned root = 0; root < composites.glyph_count(); ++root) {
    if (state[root] != State::unseen)
      continue;
    if (composites.first[root] == composites.first[root + 1]) {
      state[root] = State::done;  // no parts: nothing to follow
      continue;
    }
    path.assign(1, {root, composites.first[root]});
    state[root] = State::open;
    while (!path.empty()) {
      auto& [glyph, next] = path.back();
      if (next == composites.first[glyph + 1]) {
        state[glyph] = State::done;
        path.pop_back();
        continue;
      }
      const unsigned part = composites.parts[next++];
      if (state[part] == State::open)
        TableDirectory::fail(
            "composite glyph " + std::to_string(part) + " in table 'glyf' is made of itself" +
            (part == glyph ? "" : " (through glyph " + std::to_string(glyph) + ")") + ": the table loops");
      if (state[part] == State::done)
        continue;
      if (path.size() == deepest)
        TableDirectory::fail("composite glyph " + std::to_string(root) + " in table 'glyf' nests more than " +
                             std::to_string(deepest) + " levels of components");
      state[part] = State::open;
      path.emplace_back(part, composites.first[part]);
    }
  }
}

// The tables whose fields index the others (head, maxp, hhea, hmtx, loca, glyf): each read is inside its
// table, and the counts and offsets they give fit the tables they point into; composite glyphs do not loop.
CheckedTables check_tables(const TableDirectory& tables) {
  CheckedTables out;
  const std::string_view head = tables.require("head", 54);
  if (u32(head, 12) != 0x5F0F3CF5)
    TableDirectory::fail("table 'head' has the wrong magic number");
  const unsigned units_per_em = u16(head, 18);
  if (units_per_em < 16 || units_per_em > 16384)
    TableDirectory::fail("table 'head' gives " + std::to_string(units_per_em) +
                         " units per em (16 to 16384 are allowed)");
  const int loca_format = s16(head, 50);
  if (loca_format != 0 && loca_format != 1)
    TableDirectory::fail("table 'head' gives an unknown loca format " + std::to_string(loca_format));
  const std::string_view maxp = tables.require("maxp", 6);
  out.glyph_count = u16(maxp, 4);
  if (out.glyph_count == 0)
    TableDirectory::fail("table 'maxp' says the font has no glyphs");
  const std::string_view hhea = tables.require("hhea", 36);
  out.long_metrics = u16(hhea, 34);
  if (out.long_metrics == 0 || out.long_metrics > out.glyph_count)
    TableDirectory::fail("table 'hhea' gives " + std::to_string(out.long_metrics) +
                         " horizontal metrics for " + std::to_string(out.glyph_count) + " glyphs");
  const std::string_view hmtx = tables.require("hmtx", 0);
  if (hmtx.size() < 4 * out.long_metrics + 2 * (out.glyph_count - out.long_metrics))
    TableDirectory::fail("table 'hmtx' is too short for " + std::to_string(out.glyph_count) + " glyphs");
  const std::size_t entry = loca_format == 0 ? 2 : 4;
  const std::string_view loca = tables.require("loca", 0);
  const std::string_view glyf = tables.require("glyf", 0);
  if (loca.size() < entry * (out.glyph_count + 1u))
    TableDirectory::fail("table 'loca' is too short for " + std::to_string(out.glyph_count) + " glyphs");
  std::uint64_t previous = 0;
  std::vector<std::size_t> offsets;
  offsets.reserve(out.glyph_count + 1u);
  for (std::size_t glyph = 0; glyph <= out.glyph_count; ++glyph) {
    const std::uint64_t offset =
        entry == 2 ? 2ull * u16(loca, 2 * glyph) : static_cast<std::uint64_t>(u32(loca, 4 * glyph));
    if (offset < previous || offset > glyf.size())
      TableDirectory::fail("table 'loca' points outside table 'glyf' at glyph " + std::to_string(glyph));
    if (glyph > 0 && offset > previous && offset - previous < 10)
      TableDirectory::fail("glyph " + std::to_string(glyph - 1) + " in table 'glyf' is too short");
    previous = offset;
    offsets.push_back(static_cast<std::size_t>(offset));
  }
  check_composites(glyf, offsets);
  tables.require("cmap", 4);

  FontMetrics& m = out.metrics;
  m.units_per_em = units_per_em;
  m.x_min = s16(head, 36);
  m.y_min = s16(head, 38);
  m.x_max = s16(head, 40);
  m.y_max = s16(head, 42);
  m.ascent = s16(hhea, 4);
  m.descent = s16(hhea, 6);
  if (const auto os2 = tables.find("OS/2"); os2 && os2->size() >= 78) {
    m.weight = u16(*os2, 4);
    // sFamilyClass 8 to 10 are the script families; 1 to 7 and 10 the serif ones.
    const int family = static_cast<unsigned char>((*os2)[30]);
    m.serif = family >= 1 && family <= 7;
    if (u16(*os2, 0) >= 2 && os2->size() >= 90)
      m.cap_height = s16(*os2, 88);
  }
  if (const auto post = tables.find("post"); post && post->size() >= 16) {
    m.italic_angle = static_cast<double>(static_cast<std::int32_t>(u32(*post, 4))) / 65536.0;
    m.fixed_pitch = u32(*post, 12) != 0;
  }
  return out;
}

// The PostScript name, as a PDF name may hold it (printable ASCII without delimiters).
std::string postscript_name_of(hb_face_t* face, const std::string& fallback) {
  std::array<char, 128> buffer{};
  unsigned size = buffer.size();
  hb_ot_name_get_utf8(face, HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID, &size, buffer.data());
  std::string name;
  for (const char* c = buffer.data(); *c; ++c)
    if (*c > ' ' && *c < 127 && std::string_view("()<>[]{}/%#").find(*c) == std::string_view::npos)
      name += *c;
  if (!name.empty())
    return name;
  for (const char c : fallback)
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')
      name += c;
  return name.empty() ? "Font" : name;
}

void free_string(void* bytes) {
  delete static_cast<std::string*>(bytes);
}

}  // namespace

std::shared_ptr<const FontProgram> FontProgram::load(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in)
    throw Error("cannot read font '" + file.string() +
                "': no such file, or it cannot be opened; give a TrueType font with --font FILE.ttf");
  std::string bytes;
  in.seekg(0, std::ios::end);
  const auto size = in.tellg();
  if (size < 0 || static_cast<std::size_t>(size) > largest_font_file)
    throw Error("cannot use font '" + file.string() + "': it is larger than " +
                std::to_string(largest_font_file / (1024 * 1024)) + " MB");
  in.seekg(0);
  bytes.resize(static_cast<std::size_t>(size));
  in.read(bytes.data(), size);
  if (!in)
    throw Error("cannot read font '" + file.string() + "'");
  note_file_read(file);
  return from_bytes(std::move(bytes), file.string());
}

std::shared_ptr<const FontProgram> FontProgram::from_bytes(std::string bytes, std::string name) {
  CheckedTables checked;
  try {
    const TableDirectory tables(bytes);
    checked = check_tables(tables);
  } catch (const std::invalid_argument& why) {
    throw Error("cannot use font '" + name + "': " + why.what());
  }
  std::shared_ptr<FontProgram> font(new FontProgram());
  font->m_name = std::move(name);
  auto* held = new std::string(std::move(bytes));
  font->m_blob = hb_blob_create(held->data(), static_cast<unsigned>(held->size()), HB_MEMORY_MODE_READONLY,
                                held, free_string);
  font->m_face = hb_face_create(font->m_blob, 0);
  hb_face_make_immutable(font->m_face);
  font->m_font = hb_font_create(font->m_face);
  hb_font_make_immutable(font->m_font);
  font->m_metrics = checked.metrics;
  font->m_glyph_count = checked.glyph_count;
  const auto refuse = [&font](const std::string& why) {
    throw Error("cannot use font '" + font->m_name + "': " + why);
  };
  // HarfBuzz sanitizes each table when it is first used and drops one that fails: a table the directory
  // lists that HarfBuzz then finds empty is damaged.
  if (hb_face_get_glyph_count(font->m_face) != checked.glyph_count)
    refuse("HarfBuzz cannot read its glyph count (table 'maxp' is damaged)");
  hb_set_t* unicodes = hb_set_create();
  hb_face_collect_unicodes(font->m_face, unicodes);
  const bool any_unicode = hb_set_get_population(unicodes) > 0;
  // HarfBuzz leaves out code points the cmap maps to glyph 0, so the set is what glyph_for finds. Taken a
  // range at a time: a font's characters mostly come in blocks, and each call into the set costs more than
  // setting a bit.
  hb_codepoint_t first = HB_SET_VALUE_INVALID;
  hb_codepoint_t last = HB_SET_VALUE_INVALID;
  while (hb_set_next_range(unicodes, &first, &last) && first < 0x10000)
    for (hb_codepoint_t c = first; c <= std::min<hb_codepoint_t>(last, 0xFFFF); ++c)
      font->m_basic_plane[c >> 6] |= std::uint64_t{1} << (c & 63);
  hb_set_destroy(unicodes);
  if (!any_unicode)
    refuse("its 'cmap' table maps no Unicode characters (it is damaged, or a symbol font)");
  const auto has = [&font](const char* tag) {
    hb_blob_t* table = hb_face_reference_table(font->m_face, hb_tag_from_string(tag, 4));
    const bool found = hb_blob_get_length(table) > 0;
    hb_blob_destroy(table);
    return found;
  };
  if (has("GSUB") && !hb_ot_layout_has_substitution(font->m_face))
    refuse("table 'GSUB' is damaged");
  if (has("GPOS") && !hb_ot_layout_has_positioning(font->m_face))
    refuse("table 'GPOS' is damaged");
  font->m_space_glyph = font->glyph_for(U' ');
  font->m_space_advance = font->advance(font->m_space_glyph);
  font->m_postscript_name = postscript_name_of(font->m_face, std::filesystem::path(font->m_name).stem());
  if (font->m_metrics.cap_height == 0) {
    hb_glyph_extents_t extents{};
    if (hb_font_get_glyph_extents(font->m_font, font->glyph_for(U'H'), &extents))
      font->m_metrics.cap_height = extents.y_bearing;
    else
      font->m_metrics.cap_height = font->m_metrics.ascent;
  }
  return font;
}

FontProgram::~FontProgram() {
  hb_font_destroy(m_font);
  hb_face_destroy(m_face);
  hb_blob_destroy(m_blob);
}

GlyphId FontProgram::glyph_for(char32_t c) const {
  hb_codepoint_t glyph = 0;
  if (!hb_font_get_nominal_glyph(m_font, c, &glyph))
    return 0;
  return glyph;
}

int FontProgram::advance(GlyphId glyph) const {
  return hb_font_get_glyph_h_advance(m_font, glyph);
}

}  // namespace pledge::render
