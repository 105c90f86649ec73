#pragma once

#include <hpdf.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pledge::render {

// The standard structure types (ISO 32000-1, 14.8.4) pledge's documents are made of.
enum class Role { document, sect, h1, h2, h3, p, l, li, lbl, lbody, table, tr, th, td, figure };

// The name a PDF gives a role ("H1", "LBody").
std::string_view role_name(Role role);

// What a table header cell heads (the Table attribute /Scope).
enum class HeaderScope { none, row, column };

// What a structure element says about itself beyond its role.
struct ElementAttributes {
  std::string lang = {};  // BCP 47, when it is not the language of the element holding it (/Lang)
  std::string alt = {};   // the alternative text of a Figure (/Alt)
  HeaderScope scope = HeaderScope::none;  // of a TH
  std::size_t column_span = 1;            // of a TH or TD spanning columns (/ColSpan)
};

// An element of a StructureTree, as the tree's add returns it.
struct StructureElement {
  std::size_t index = 0;

  friend bool operator==(const StructureElement&, const StructureElement&) = default;
};

// A tagged PDF's logical structure: a Document element and the elements under it, each holding others or
// the marked content drawn for it. Children are kept in the order they are added, which is the order a
// person (and a screen reader) reads them, whatever order the pages are drawn in: a layout adds the
// elements as it reads, then draws.
class StructureTree {
 public:
  // `lang`: the document's language, for the catalog's /Lang.
  explicit StructureTree(std::string lang = "en-GB");

  const std::string& lang() const { return m_lang; }
  StructureElement document() const { return {0}; }
  // A new element, the last child of `parent` so far.
  StructureElement add(StructureElement parent, Role role, ElementAttributes attributes = {});
  Role role(StructureElement element) const { return m_elements[element.index].role; }
  std::size_t size() const { return m_elements.size(); }
  // The child elements of `element`, in order.
  std::vector<StructureElement> children(StructureElement element) const;
  // Where the marked content of `element` is, in order: (page, MCID).
  std::vector<std::pair<std::size_t, std::size_t>> content(StructureElement element) const;

  // Records that marked-content sequence `mcid` of page `page` (an index into the pages written) belongs
  // to `element`. Page::tagged calls this.
  void add_content(StructureElement element, std::size_t page, std::size_t mcid);

  // Writes the tree into `doc`: the StructTreeRoot and its ParentTree in the catalog, an element
  // dictionary per element, and /StructParents and /Tabs /S on each page. `pages` are the document's pages
  // in order; `parents[p][mcid]` the element of each marked-content sequence of page p. Returns false if
  // libharu failed (its error handler has the reason).
  // The text of the objects is kept by the tree until the document is saved.
  bool write(HPDF_Doc doc, const std::vector<HPDF_Page>& pages,
             const std::vector<std::vector<StructureElement>>& parents);

 private:
  struct Kid {
    bool element = false;
    std::size_t index = 0;  // of the child element, or of the page of a marked-content sequence
    std::size_t mcid = 0;
  };
  struct Element {
    Role role;
    std::size_t parent;
    ElementAttributes attributes;
    std::vector<Kid> kids;
  };

  std::string m_lang;
  std::vector<Element> m_elements;
  std::vector<std::string> m_bodies;  // of the objects written, for libharu's write_fn
};

// What an artifact is (the /Type of its property list): page furniture repeated on each page (running
// footers, page numbers, a table header repeated on a new page) or decoration (backgrounds, panels, rules).
enum class ArtifactKind { layout, pagination };

// The marked-content sequences of one page, as Page opens and closes them around what it draws. Each
// sequence is tagged (a structure element's content, with the page's next MCID) or an artifact; they do
// not nest. Anything written to the page's content stream outside a sequence is caught: the next sequence
// opened, or check_closed, throws Error.
class PageMarks {
 public:
  PageMarks(StructureTree& tree, std::size_t page) : m_tree(tree), m_page(page) {}

  // The operators that open a sequence for `element` ("/P <</MCID 3>> BDC"), given the size of the
  // content stream before them.
  std::string open_tagged(StructureElement element, std::size_t stream_size);
  std::string open_artifact(ArtifactKind kind, std::size_t stream_size);
  // The operator that closes the open sequence; then closed, with the stream's size after it.
  static std::string_view close_operator() { return "EMC\n"; }
  void closed(std::size_t stream_size);
  // Throws Error if content was written after the last sequence closed, or one is still open.
  void check_closed(std::size_t stream_size) const;

  // The element of each MCID, in order: the page's entry in the ParentTree.
  const std::vector<StructureElement>& parents() const { return m_parents; }

 private:
  void check_outside(std::size_t stream_size, std::string_view opening) const;

  StructureTree& m_tree;
  std::size_t m_page;
  bool m_open = false;
  std::size_t m_closed_size = 0;
  std::vector<StructureElement> m_parents;
};

}  // namespace pledge::render
