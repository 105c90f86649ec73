#include "render/structure_tree.hpp"

#include <hpdf_doc.h>
#include <hpdf_objects.h>

#include "base/error.hpp"
#include "render/pdf_syntax.hpp"
#include "render/text.hpp"

namespace pledge::render {

namespace {

constexpr std::string_view role_names[] = {"Document", "Sect",  "H1",    "H2", "H3", "P",  "L",     "LI",
                                           "Lbl",      "LBody", "Table", "TR", "TH", "TD", "Figure"};

// A PDF text string: printable ASCII as a literal, anything else as UTF-16BE with a byte order mark
// (ISO 32000-1, 7.9.2.2) in hex.
void append_text_string(std::string& out, std::string_view utf8) {
  bool ascii = true;
  for (const char c : utf8)
    ascii = ascii && static_cast<unsigned char>(c) >= 0x20 && static_cast<unsigned char>(c) < 0x7F;
  if (ascii) {
    out += '(';
    for (const char c : utf8) {
      if (c == '(' || c == ')' || c == '\\')
        out += '\\';
      out += c;
    }
    out += ')';
    return;
  }
  out += "<FEFF";
  append_utf16_hex(out, utf8);
  out += '>';
}

// libharu's write_fn for an object whose body pledge wrote as text (its attr).
HPDF_STATUS write_body(HPDF_Dict dict, HPDF_Stream stream) {
  const auto* body = static_cast<const std::string*>(dict->attr);
  return HPDF_Stream_Write(stream, reinterpret_cast<const HPDF_BYTE*>(body->data()),
                           static_cast<HPDF_UINT>(body->size()));
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
                          const std::vector<std::vector<StructureElement>>& parents) {
  const HPDF_MMgr mmgr = doc->mmgr;
  const HPDF_Xref xref = doc->xref;
  HPDF_STATUS status = HPDF_OK;
  // Each object's body is written as text by libharu's write_fn (see written_as): a dictionary of libharu
  // objects per element, with a proxy object per reference, would cost more than drawing the document.
  const std::size_t objects = m_elements.size() + 2;  // the elements, the root, the ParentTree
  m_bodies.assign(objects, std::string());
  std::vector<HPDF_Dict> dicts;
  dicts.reserve(objects);
  for (std::size_t i = 0; i < objects; ++i) {
    const HPDF_Dict dict = HPDF_Dict_New(mmgr);
    if (!dict || HPDF_Xref_Add(xref, dict) != HPDF_OK)
      return false;
    dict->attr = &m_bodies[i];
    dict->write_fn = write_body;
    dicts.push_back(dict);
  }
  const HPDF_Dict root = dicts[m_elements.size()];
  const HPDF_Dict parent_tree = dicts[m_elements.size() + 1];
  const auto reference = [](std::string& out, const void* object) {
    out += std::to_string(static_cast<const HPDF_Obj_Header*>(object)->obj_id & 0x00FFFFFF);
    out += " 0 R";
  };

  for (std::size_t i = 0; i < m_elements.size(); ++i) {
    const Element& element = m_elements[i];
    std::string& out = m_bodies[i];
    // No /Type /StructElem, which is optional, and no space between entries (a name ends where the next
    // '/' begins): with an element per table cell, every byte counts.
    out += "/S /";
    out += role_name(element.role);
    out += "/P ";
    reference(out, i == 0 ? root : dicts[element.parent]);
    // Content on the element's own page (that of its first sequence) is named by MCID alone; content on
    // another page (a table cell continued) by a marked-content reference naming its page.
    std::size_t own_page = pages.size();
    for (const Kid& kid : element.kids) {
      if (!kid.element) {
        own_page = kid.index;
        break;
      }
    }
    if (own_page < pages.size()) {
      out += "/Pg ";
      reference(out, pages[own_page]);
    }
    if (!element.kids.empty()) {
      const bool single = element.kids.size() == 1;
      out += single ? "/K " : "/K [";
      for (std::size_t k = 0; k < element.kids.size(); ++k) {
        const Kid& kid = element.kids[k];
        if (k > 0)
          out += ' ';
        if (kid.element) {
          reference(out, dicts[kid.index]);
        } else if (kid.index == own_page) {
          out += std::to_string(kid.mcid);
        } else {
          out += "<</Type /MCR /Pg ";
          reference(out, pages[kid.index]);
          out += " /MCID " + std::to_string(kid.mcid) + ">>";
        }
      }
      if (!single)
        out += ']';
    }
    const ElementAttributes& attributes = element.attributes;
    if (!attributes.lang.empty()) {
      out += "/Lang ";
      append_text_string(out, attributes.lang);
    }
    if (!attributes.alt.empty()) {
      out += "/Alt ";
      append_text_string(out, attributes.alt);
    }
    if (attributes.scope != HeaderScope::none || attributes.column_span > 1) {
      out += "/A <</O /Table";
      if (attributes.scope != HeaderScope::none) {
        out += " /Scope /";
        out += scope_name(attributes.scope);
      }
      if (attributes.column_span > 1)
        out += " /ColSpan " + std::to_string(attributes.column_span);
      out += ">>";
    }
    out += '\n';
  }

  std::string& root_body = m_bodies[m_elements.size()];
  root_body = "/Type /StructTreeRoot\n/K ";
  reference(root_body, dicts[0]);
  root_body += "\n/ParentTree ";
  reference(root_body, parent_tree);
  root_body += "\n/ParentTreeNextKey " + std::to_string(pages.size()) + "\n";
  // The ParentTree: for each page (its /StructParents key), the element of each of its MCIDs.
  std::string& nums = m_bodies[m_elements.size() + 1];
  nums = "/Nums [";
  for (std::size_t p = 0; p < pages.size(); ++p) {
    nums += std::to_string(p) + " [";
    for (std::size_t m = 0; m < parents[p].size(); ++m) {
      if (m > 0)
        nums += ' ';
      reference(nums, dicts[parents[p][m].index]);
    }
    nums += "]\n";
    status |= HPDF_Dict_AddNumber(pages[p], "StructParents", static_cast<HPDF_INT32>(p));
    // Tab order follows the structure (PDF/UA-1, 7.18.3).
    status |= HPDF_Dict_AddName(pages[p], "Tabs", "S");
  }
  nums += "]\n";
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
