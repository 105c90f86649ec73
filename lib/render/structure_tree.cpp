#include "render/structure_tree.hpp"

#include <hpdf_doc.h>
#include <hpdf_objects.h>

#include "base/error.hpp"
#include "render/text.hpp"

namespace pledge::render {

namespace {

constexpr std::string_view role_names[] = {"Document", "Sect",  "H1",    "H2", "H3", "P",  "L",     "LI",
                                           "Lbl",      "LBody", "Table", "TR", "TH", "TD", "Figure"};

// A PDF text string: ASCII as it is, anything else as UTF-16BE with a byte order mark (ISO 32000-1, 7.9.2.2),
// which libharu writes in hex.
HPDF_STATUS add_text_string(HPDF_MMgr mmgr, HPDF_Dict dict, const char* key, std::string_view utf8) {
  bool ascii = true;
  for (const char c : utf8)
    ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii)
    return HPDF_Dict_Add(dict, key, HPDF_String_New(mmgr, std::string(utf8).c_str(), nullptr));
  std::string bytes = "\xFE\xFF";
  auto unit = [&bytes](char32_t u) {
    bytes += static_cast<char>((u >> 8) & 0xFF);
    bytes += static_cast<char>(u & 0xFF);
  };
  for (const char32_t c : code_points(printable_text(utf8))) {
    if (c < 0x10000) {
      unit(c);
    } else {
      unit(0xD800 + ((c - 0x10000) >> 10));
      unit(0xDC00 + ((c - 0x10000) & 0x3FF));
    }
  }
  return HPDF_Dict_Add(dict, key,
                       HPDF_Binary_New(mmgr, reinterpret_cast<HPDF_BYTE*>(bytes.data()),
                                       static_cast<HPDF_UINT>(bytes.size())));
}

std::string_view scope_name(HeaderScope scope) {
  return scope == HeaderScope::row ? "Row" : "Column";
}

}  // namespace

std::string_view role_name(Role role) {
  return role_names[static_cast<std::size_t>(role)];
}

StructureTree::StructureTree(std::string lang) : m_lang(std::move(lang)) {
  m_elements.push_back({Role::document, 0, {}, {}});
}

StructureElement StructureTree::add(StructureElement parent, Role role, ElementAttributes attributes) {
  const std::size_t index = m_elements.size();
  m_elements.push_back({role, parent.index, std::move(attributes), {}});
  m_elements[parent.index].kids.push_back({true, index, 0});
  return {index};
}

std::vector<StructureElement> StructureTree::children(StructureElement element) const {
  std::vector<StructureElement> out;
  for (const Kid& kid : m_elements[element.index].kids)
    if (kid.element)
      out.push_back({kid.index});
  return out;
}

std::vector<std::pair<std::size_t, std::size_t>> StructureTree::content(StructureElement element) const {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for (const Kid& kid : m_elements[element.index].kids)
    if (!kid.element)
      out.emplace_back(kid.index, kid.mcid);
  return out;
}

void StructureTree::add_content(StructureElement element, std::size_t page, std::size_t mcid) {
  m_elements[element.index].kids.push_back({false, page, mcid});
}

bool StructureTree::write(HPDF_Doc doc, const std::vector<HPDF_Page>& pages,
                          const std::vector<std::vector<StructureElement>>& parents) const {
  const HPDF_MMgr mmgr = doc->mmgr;
  const HPDF_Xref xref = doc->xref;
  HPDF_STATUS status = HPDF_OK;
  const HPDF_Dict root = HPDF_Dict_New(mmgr);
  status |= HPDF_Xref_Add(xref, root);
  // Every element's dictionary first, so that parents, children and the ParentTree can refer to any.
  std::vector<HPDF_Dict> dicts;
  dicts.reserve(m_elements.size());
  for (std::size_t i = 0; i < m_elements.size(); ++i) {
    const HPDF_Dict dict = HPDF_Dict_New(mmgr);
    status |= HPDF_Xref_Add(xref, dict);
    dicts.push_back(dict);
  }
  if (status != HPDF_OK)
    return false;
  for (std::size_t i = 0; i < m_elements.size(); ++i) {
    const Element& element = m_elements[i];
    const HPDF_Dict dict = dicts[i];
    status |= HPDF_Dict_AddName(dict, "Type", "StructElem");
    status |= HPDF_Dict_AddName(dict, "S", std::string(role_name(element.role)).c_str());
    status |= HPDF_Dict_Add(dict, "P", i == 0 ? root : dicts[element.parent]);
    // Content on the element's own page (that of its first sequence) is named by MCID alone; content on
    // another page (a table cell continued) by a marked-content reference naming its page.
    std::size_t own_page = pages.size();
    for (const Kid& kid : element.kids) {
      if (!kid.element) {
        own_page = kid.index;
        break;
      }
    }
    if (own_page < pages.size())
      status |= HPDF_Dict_Add(dict, "Pg", pages[own_page]);
    if (!element.kids.empty()) {
      const HPDF_Array kids = HPDF_Array_New(mmgr);
      status |= HPDF_Dict_Add(dict, "K", kids);
      for (const Kid& kid : element.kids) {
        if (kid.element) {
          status |= HPDF_Array_Add(kids, dicts[kid.index]);
        } else if (kid.index == own_page) {
          status |= HPDF_Array_AddNumber(kids, static_cast<HPDF_INT32>(kid.mcid));
        } else {
          const HPDF_Dict reference = HPDF_Dict_New(mmgr);
          status |= HPDF_Array_Add(kids, reference);
          status |= HPDF_Dict_AddName(reference, "Type", "MCR");
          status |= HPDF_Dict_Add(reference, "Pg", pages[kid.index]);
          status |= HPDF_Dict_AddNumber(reference, "MCID", static_cast<HPDF_INT32>(kid.mcid));
        }
      }
    }
    const ElementAttributes& attributes = element.attributes;
    if (!attributes.lang.empty())
      status |= add_text_string(mmgr, dict, "Lang", attributes.lang);
    if (!attributes.alt.empty())
      status |= add_text_string(mmgr, dict, "Alt", attributes.alt);
    if (attributes.scope != HeaderScope::none || attributes.column_span > 1) {
      const HPDF_Dict table = HPDF_Dict_New(mmgr);
      status |= HPDF_Dict_Add(dict, "A", table);
      status |= HPDF_Dict_AddName(table, "O", "Table");
      if (attributes.scope != HeaderScope::none)
        status |= HPDF_Dict_AddName(table, "Scope", std::string(scope_name(attributes.scope)).c_str());
      if (attributes.column_span > 1)
        status |= HPDF_Dict_AddNumber(table, "ColSpan", static_cast<HPDF_INT32>(attributes.column_span));
    }
  }

  status |= HPDF_Dict_AddName(root, "Type", "StructTreeRoot");
  const HPDF_Array top = HPDF_Array_New(mmgr);
  status |= HPDF_Dict_Add(root, "K", top);
  status |= HPDF_Array_Add(top, dicts[0]);
  // The ParentTree: for each page (its /StructParents key), the element of each of its MCIDs.
  const HPDF_Dict parent_tree = HPDF_Dict_New(mmgr);
  status |= HPDF_Xref_Add(xref, parent_tree);
  status |= HPDF_Dict_Add(root, "ParentTree", parent_tree);
  const HPDF_Array nums = HPDF_Array_New(mmgr);
  status |= HPDF_Dict_Add(parent_tree, "Nums", nums);
  for (std::size_t p = 0; p < pages.size(); ++p) {
    status |= HPDF_Array_AddNumber(nums, static_cast<HPDF_INT32>(p));
    const HPDF_Array of_page = HPDF_Array_New(mmgr);
    status |= HPDF_Array_Add(nums, of_page);
    for (const StructureElement element : parents[p])
      status |= HPDF_Array_Add(of_page, dicts[element.index]);
    status |= HPDF_Dict_AddNumber(pages[p], "StructParents", static_cast<HPDF_INT32>(p));
    // Tab order follows the structure (PDF/UA-1, 7.18.3).
    status |= HPDF_Dict_AddName(pages[p], "Tabs", "S");
  }
  status |= HPDF_Dict_AddNumber(root, "ParentTreeNextKey", static_cast<HPDF_INT32>(pages.size()));
  status |= HPDF_Dict_Add(doc->catalog, "StructTreeRoot", root);
  return status == HPDF_OK;
}

std::string PageMarks::open_tagged(StructureElement element, std::size_t stream_size) {
  check_outside(stream_size, role_name(m_tree.role(element)));
  const std::size_t mcid = m_parents.size();
  m_parents.push_back(element);
  m_tree.add_content(element, m_page, mcid);
  m_open = true;
  std::string out = "/";
  out += role_name(m_tree.role(element));
  out += " <</MCID ";
  out += std::to_string(mcid);
  out += ">> BDC\n";
  return out;
}

std::string PageMarks::open_artifact(ArtifactKind kind, std::size_t stream_size) {
  check_outside(stream_size, "an artifact");
  m_open = true;
  return kind == ArtifactKind::pagination ? "/Artifact <</Type /Pagination>> BDC\n" : "/Artifact BMC\n";
}

void PageMarks::closed(std::size_t stream_size) {
  m_open = false;
  m_closed_size = stream_size;
}

void PageMarks::check_outside(std::size_t stream_size, std::string_view opening) const {
  if (m_open)
    throw Error("internal error: " + std::string(opening) + " opened on page " + std::to_string(m_page + 1) +
                " inside another marked-content sequence; please report this");
  if (stream_size != m_closed_size)
    throw Error("internal error: content drawn on page " + std::to_string(m_page + 1) +
                " outside any structure element or artifact; please report this");
}

void PageMarks::check_closed(std::size_t stream_size) const {
  check_outside(stream_size, "the end of the page");
}

}  // namespace pledge::render
