#include "render/embedded_font.hpp"

#include <hb-subset.h>
#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include <algorithm>
#include <cmath>

#include "base/error.hpp"
#include "render/pdf_syntax.hpp"

namespace pledge::render {

namespace {

void append_hex4(std::string& out, unsigned value) {
  static constexpr char digits[] = "0123456789ABCDEF";
  for (int shift = 12; shift >= 0; shift -= 4)
    out += digits[(value >> shift) & 0xF];
}

// A width as written in /W: at most two decimals, no trailing zeros.
std::string width_number(double value) {
  const long long hundredths = std::llround(value * 100);
  std::string out = std::to_string(hundredths / 100);
  const long long fraction = std::llabs(hundredths % 100);
  if (hundredths < 0 && hundredths / 100 == 0)
    out = "-0";
  if (fraction != 0) {
    out += '.';
    out += static_cast<char>('0' + fraction / 10);
    if (fraction % 10 != 0)
      out += static_cast<char>('0' + fraction % 10);
  }
  return out;
}

double rounded_width(double value) {
  return static_cast<double>(std::llround(value * 100)) / 100;
}

// The six capital letters that name a subset ("ABCDEF+LiberationSans"), from the glyphs it holds, so that
// two different subsets of one font in a document (or two documents) do not share a name, and the same
// input always gives the same bytes.
std::string subset_tag(const FontProgram& program, const std::map<GlyphId, std::string>& glyphs) {
  std::uint64_t hash = 1469598103934665603ull;
  const auto mix = [&hash](std::uint64_t value) {
    hash ^= value;
    hash *= 1099511628211ull;
  };
  for (const char c : program.postscript_name())
    mix(static_cast<unsigned char>(c));
  for (const auto& [glyph, text] : glyphs)
    mix(glyph);
  std::string tag;
  for (int i = 0; i < 6; ++i) {
    tag += static_cast<char>('A' + hash % 26);
    hash /= 26;
  }
  return tag;
}

HPDF_STATUS write_widths(HPDF_Dict dict, HPDF_Stream stream) {
  const auto* widths = static_cast<const std::string*>(dict->attr);
  return HPDF_Stream_Write(stream, reinterpret_cast<const HPDF_BYTE*>(widths->data()),
                           static_cast<HPDF_UINT>(widths->size()));
}

template <typename T, void (*destroy)(T*)>
struct HarfBuzzDestroy {
  void operator()(T* object) const { destroy(object); }
};
using BlobPtr = std::unique_ptr<hb_blob_t, HarfBuzzDestroy<hb_blob_t, hb_blob_destroy>>;
using FacePtr = std::unique_ptr<hb_face_t, HarfBuzzDestroy<hb_face_t, hb_face_destroy>>;
using SubsetInputPtr =
    std::unique_ptr<hb_subset_input_t, HarfBuzzDestroy<hb_subset_input_t, hb_subset_input_destroy>>;
using PlanPtr = std::unique_ptr<hb_subset_plan_t, HarfBuzzDestroy<hb_subset_plan_t, hb_subset_plan_destroy>>;

}  // namespace

std::string to_unicode_cmap(const std::map<GlyphId, std::string>& texts) {
  std::string out =
      "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
  std::vector<std::pair<GlyphId, const std::string*>> mapped;
  for (const auto& [glyph, text] : texts)
    if (!text.empty())
      mapped.emplace_back(glyph, &text);
  // At most 100 entries to a section (the CMap format's limit).
  for (std::size_t start = 0; start < mapped.size(); start += 100) {
    const std::size_t end = std::min(mapped.size(), start + 100);
    out += std::to_string(end - start) + " beginbfchar\n";
    for (std::size_t i = start; i < end; ++i) {
      out += '<';
      append_hex4(out, mapped[i].first);
      out += "> <";
      append_utf16_hex(out, *mapped[i].second);
      out += ">\n";
    }
    out += "endbfchar\n";
  }
  out += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
  return out;
}

std::string widths_array(const std::map<GlyphId, double>& widths) {
  std::string out = "[";
  GlyphId next = 0;
  bool open = false;
  for (const auto& [glyph, width] : widths) {
    if (!open || glyph != next) {
      if (open)
        out += "] ";
      out += std::to_string(glyph) + " [";
      open = true;
    } else {
      out += ' ';
    }
    out += width_number(width);
    next = glyph + 1;
  }
  if (open)
    out += ']';
  out += ']';
  return out;
}

FontSubsetProgram subset_font(const FontProgram& program, const std::vector<GlyphId>& glyphs,
                              GlyphNumbering numbering) {
  const SubsetInputPtr input(hb_subset_input_create_or_fail());
  if (!input)
    throw Error("cannot embed font '" + program.name() + "': out of memory");
  hb_set_t* glyph_set = hb_subset_input_glyph_set(input.get());
  for (const GlyphId glyph : glyphs)
    hb_set_add(glyph_set, glyph);
  hb_set_clear(hb_subset_input_unicode_set(input.get()));
  hb_subset_input_set_flags(input.get(), HB_SUBSET_FLAGS_NO_HINTING |
                                             (numbering == GlyphNumbering::kept ? HB_SUBSET_FLAGS_RETAIN_GIDS
                                                                                : HB_SUBSET_FLAGS_DEFAULT));
  hb_set_t* dropped = hb_subset_input_set(input.get(), HB_SUBSET_SETS_DROP_TABLE_TAG);
  for (const char* tag : {"GSUB", "GPOS", "GDEF", "kern", "morx", "DSIG", "gasp", "hdmx", "LTSH", "VDMX",
                          "cmap", "post", "name", "vhea", "vmtx", "BASE", "JSTF", "MATH", "meta"})
    hb_set_add(dropped, hb_tag_from_string(tag, 4));
  const PlanPtr plan(hb_subset_plan_create_or_fail(program.face(), input.get()));
  if (!plan)
    throw Error("cannot embed font '" + program.name() + "': HarfBuzz could not subset it");
  FontSubsetProgram out;
  const hb_map_t* old_to_new = hb_subset_plan_old_to_new_glyph_mapping(plan.get());
  for (const GlyphId glyph : glyphs) {
    const hb_codepoint_t id = hb_map_get(old_to_new, glyph);
    out.new_ids.push_back(id == HB_MAP_VALUE_INVALID ? 0 : id);
  }
  const FacePtr subset(hb_subset_plan_execute_or_fail(plan.get()));
  if (!subset)
    throw Error("cannot embed font '" + program.name() + "': HarfBuzz could not subset it");
  const BlobPtr bytes(hb_face_reference_blob(subset.get()));
  unsigned int size = 0;
  const char* data = hb_blob_get_data(bytes.get(), &size);
  if (!data || size == 0)
    throw Error("cannot embed font '" + program.name() + "': HarfBuzz made an empty subset");
  out.bytes.assign(data, size);
  return out;
}

std::string cid_to_gid_map(const std::vector<GlyphId>& glyphs, const std::vector<GlyphId>& new_ids) {
  const GlyphId highest = glyphs.empty() ? 0 : *std::max_element(glyphs.begin(), glyphs.end());
  std::string map(2 * (static_cast<std::size_t>(highest) + 1), '\0');
  for (std::size_t i = 0; i < glyphs.size() && i < new_ids.size(); ++i) {
    map[2 * glyphs[i]] = static_cast<char>(new_ids[i] >> 8);
    map[2 * glyphs[i] + 1] = static_cast<char>(new_ids[i] & 0xFF);
  }
  return map;
}

EmbeddedFont::EmbeddedFont(HPDF_Doc doc, const FontProgram& program, GlyphNumbering numbering)
    : m_doc(doc), m_program(program), m_numbering(numbering) {
  m_type0 = HPDF_Dict_New(doc->mmgr);
  if (!m_type0 || HPDF_Xref_Add(doc->xref, m_type0) != HPDF_OK)
    throw Error("cannot embed font '" + program.name() + "': out of memory");
}

const EmbeddedFont::Shown* EmbeddedFont::find(GlyphId glyph) const {
  if (glyph >= m_slot.size() || m_slot[glyph] < 0)
    return nullptr;
  return &m_shown[static_cast<std::size_t>(m_slot[glyph])].second;
}

const EmbeddedFont::Shown& EmbeddedFont::show(GlyphId glyph, std::string_view text) {
  if (glyph >= m_slot.size())
    m_slot.resize(std::max<std::size_t>({glyph + 1, m_program.glyph_count(), m_slot.size() * 2}), -1);
  std::int32_t& slot = m_slot[glyph];
  if (slot < 0) {
    slot = static_cast<std::int32_t>(m_shown.size());
    Shown shown;
    shown.width = rounded_width(m_program.advance(glyph) * 1000.0 / m_program.metrics().units_per_em);
    m_shown.emplace_back(glyph, std::move(shown));
  }
  Shown& shown = m_shown[static_cast<std::size_t>(slot)].second;
  if (shown.text.empty())
    shown.text = text;
  return shown;
}

const std::string& EmbeddedFont::text_of(GlyphId glyph) const {
  static const std::string none;
  const Shown* shown = find(glyph);
  return shown ? shown->text : none;
}

double EmbeddedFont::width(GlyphId glyph) const {
  if (const Shown* shown = find(glyph))
    return shown->width;
  return rounded_width(m_program.advance(glyph) * 1000.0 / m_program.metrics().units_per_em);
}

std::size_t EmbeddedFont::finish() {
  if (m_shown.empty())
    return 0;
  const HPDF_MMgr mmgr = m_doc->mmgr;
  const HPDF_Xref xref = m_doc->xref;
  std::vector<GlyphId> glyphs;
  std::map<GlyphId, double> widths;
  std::map<GlyphId, std::string> texts;
  for (const auto& [glyph, shown] : m_shown) {
    glyphs.push_back(glyph);
    widths.emplace(glyph, shown.width);
    texts.emplace(glyph, shown.text);
  }
  std::sort(glyphs.begin(), glyphs.end());
  const FontSubsetProgram subset = subset_font(m_program, glyphs, m_numbering);
  const std::string& program = subset.bytes;
  const std::string name = subset_tag(m_program, texts) + "+" + m_program.postscript_name();
  const FontMetrics& metrics = m_program.metrics();
  const auto per_mille = [&metrics](double value) {
    return static_cast<HPDF_INT32>(std::lround(value * 1000.0 / metrics.units_per_em));
  };
  HPDF_STATUS status = HPDF_OK;

  const HPDF_Dict file = HPDF_DictStream_New(mmgr, xref);
  if (!file)
    throw Error("cannot embed font '" + m_program.name() + "': out of memory");
  file->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
  status |= HPDF_Stream_Write(file->stream, reinterpret_cast<const HPDF_BYTE*>(program.data()),
                              static_cast<HPDF_UINT>(program.size()));
  status |= HPDF_Dict_AddNumber(file, "Length1", static_cast<HPDF_INT32>(program.size()));

  const HPDF_Dict descriptor = HPDF_Dict_New(mmgr);
  status |= HPDF_Xref_Add(xref, descriptor);
  status |= HPDF_Dict_AddName(descriptor, "Type", "FontDescriptor");
  status |= HPDF_Dict_AddName(descriptor, "FontName", name.c_str());
  // Symbolic (4): the glyphs are reached by id, not through a standard encoding.
  HPDF_INT32 flags = 4;
  if (metrics.fixed_pitch)
    flags |= 1;
  if (metrics.serif)
    flags |= 2;
  if (metrics.italic_angle != 0)
    flags |= 64;
  status |= HPDF_Dict_AddNumber(descriptor, "Flags", flags);
  const HPDF_Array box = HPDF_Array_New(mmgr);
  status |= HPDF_Dict_Add(descriptor, "FontBBox", box);
  for (const int value : {metrics.x_min, metrics.y_min, metrics.x_max, metrics.y_max})
    status |= HPDF_Array_AddNumber(box, per_mille(value));
  status |= HPDF_Dict_AddNumber(descriptor, "ItalicAngle",
                                static_cast<HPDF_INT32>(std::lround(metrics.italic_angle)));
  status |= HPDF_Dict_AddNumber(descriptor, "Ascent", per_mille(metrics.ascent));
  status |= HPDF_Dict_AddNumber(descriptor, "Descent", per_mille(metrics.descent));
  status |= HPDF_Dict_AddNumber(descriptor, "CapHeight", per_mille(metrics.cap_height));
  // StemV is required but not in the font: estimated from the weight class, as is common.
  status |= HPDF_Dict_AddNumber(descriptor, "StemV", 10 + 220 * (std::max(metrics.weight, 50) - 50) / 900);
  status |= HPDF_Dict_Add(descriptor, "FontFile2", file);

  const HPDF_Dict cid_font = HPDF_Dict_New(mmgr);
  status |= HPDF_Xref_Add(xref, cid_font);
  status |= HPDF_Dict_AddName(cid_font, "Type", "Font");
  status |= HPDF_Dict_AddName(cid_font, "Subtype", "CIDFontType2");
  status |= HPDF_Dict_AddName(cid_font, "BaseFont", name.c_str());
  const HPDF_Dict system = HPDF_Dict_New(mmgr);
  status |= HPDF_Dict_Add(cid_font, "CIDSystemInfo", system);
  status |= HPDF_Dict_Add(system, "Registry", HPDF_String_New(mmgr, "Adobe", nullptr));
  status |= HPDF_Dict_Add(system, "Ordering", HPDF_String_New(mmgr, "Identity", nullptr));
  status |= HPDF_Dict_AddNumber(system, "Supplement", 0);
  status |= HPDF_Dict_Add(cid_font, "FontDescriptor", descriptor);
  if (m_numbering == GlyphNumbering::kept) {
    status |= HPDF_Dict_AddName(cid_font, "CIDToGIDMap", "Identity");
  } else {
    const HPDF_Dict map = HPDF_DictStream_New(mmgr, xref);
    if (!map)
      throw Error("cannot embed font '" + m_program.name() + "': out of memory");
    map->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
    const std::string bytes = cid_to_gid_map(glyphs, subset.new_ids);
    status |= HPDF_Stream_Write(map->stream, reinterpret_cast<const HPDF_BYTE*>(bytes.data()),
                                static_cast<HPDF_UINT>(bytes.size()));
    status |= HPDF_Dict_Add(cid_font, "CIDToGIDMap", map);
  }
  // /W is written as text by libharu's write_fn: thousands of number objects would cost more than the font.
  m_widths = "/W " + widths_array(widths) + "\n";
  cid_font->attr = &m_widths;
  cid_font->write_fn = write_widths;

  const HPDF_Dict to_unicode = HPDF_DictStream_New(mmgr, xref);
  if (!to_unicode)
    throw Error("cannot embed font '" + m_program.name() + "': out of memory");
  to_unicode->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
  const std::string cmap = to_unicode_cmap(texts);
  status |= HPDF_Stream_Write(to_unicode->stream, reinterpret_cast<const HPDF_BYTE*>(cmap.data()),
                              static_cast<HPDF_UINT>(cmap.size()));

  status |= HPDF_Dict_AddName(m_type0, "Type", "Font");
  status |= HPDF_Dict_AddName(m_type0, "Subtype", "Type0");
  status |= HPDF_Dict_AddName(m_type0, "BaseFont", name.c_str());
  status |= HPDF_Dict_AddName(m_type0, "Encoding", "Identity-H");
  const HPDF_Array descendants = HPDF_Array_New(mmgr);
  status |= HPDF_Dict_Add(m_type0, "DescendantFonts", descendants);
  status |= HPDF_Array_Add(descendants, cid_font);
  status |= HPDF_Dict_Add(m_type0, "ToUnicode", to_unicode);
  if (status != HPDF_OK)
    throw Error("cannot embed font '" + m_program.name() + "': libharu could not make its objects");
  m_program_size = program.size();
  return program.size();
}

EmbeddedFont& DocumentFonts::font(const FontProgram& program) {
  for (const auto& font : m_fonts)
    if (&font->program() == &program)
      return *font;
  m_fonts.push_back(std::make_unique<EmbeddedFont>(m_doc, program, m_numbering));
  return *m_fonts.back();
}

std::size_t DocumentFonts::finish() {
  std::size_t bytes = 0;
  for (const auto& font : m_fonts)
    bytes += font->finish();
  return bytes;
}

}  // namespace pledge::render
