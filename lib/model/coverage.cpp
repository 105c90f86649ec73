#include "model/coverage.hpp"

#include <algorithm>
#include <map>

#include "base/name_table.hpp"

namespace pledge {

std::string_view to_string(CoverageState state) {
  using enum CoverageState;
  static const NameTable<NamedValue<CoverageState>> names(
      "coverage state",
      {{"kept", kept}, {"reworded", reworded}, {"excluded", excluded}, {"not selected", not_selected}});
  return names.name_of(state);
}

std::size_t CoverageRow::count(CoverageState state) const {
  return static_cast<std::size_t>(
      std::count_if(cells.begin(), cells.end(), [&](const CoverageCell& c) { return c.state == state; }));
}

void CoverageMatrix::add_library(const std::string& id) {
  if (std::binary_search(m_library_ids.begin(), m_library_ids.end(), id))
    return;
  const auto at = std::upper_bound(m_library_ids.begin(), m_library_ids.end(), id);
  const Library& library = m_catalog.load(id);
  m_libraries.insert(m_libraries.begin() + (at - m_library_ids.begin()),
                     LibraryInfo{library.id, library.title, library.source, library.version});
  m_library_ids.insert(at, id);
  for (const auto& statement : library.statements) {
    // Services seen before this library was first selected did not select it.
    m_rows.push_back(CoverageRow{library.id + "/" + statement.id, statement.text,
                                 std::vector<CoverageCell>(m_services.size()), library.language,
                                 statement.translations});
  }
}

namespace {

bool same_text(const std::optional<IdentityText>& a, const std::optional<IdentityText>& b) {
  return a.has_value() == b.has_value() && (!a || a->text == b->text);
}

// The same identity as the documents show it, wherever each is written.
bool same_identity(const Identity& a, const Identity& b) {
  const bool same_logo =
      a.logo.has_value() == b.logo.has_value() && (!a.logo || a.logo->bytes == b.logo->bytes);
  return same_logo && same_text(a.organisation, b.organisation) && same_text(a.logo_alt, b.logo_alt) &&
         same_text(a.primary, b.primary) && same_text(a.accent, b.accent) && same_text(a.footer, b.footer);
}

}  // namespace

const Identity* CoverageMatrix::identity() const {
  return m_identity && !m_identities_differ && !m_identity->empty() ? &*m_identity : nullptr;
}

void CoverageMatrix::add(const ResolvedPledge& pledge) {
  if (m_services.empty())
    m_identity = pledge.identity;
  else if (!m_identity || !same_identity(*m_identity, pledge.identity))
    m_identities_differ = true;
  for (const auto& library : pledge.libraries)
    add_library(library.id);
  CoverageService service{pledge.service, pledge.source_text ? pledge.source_text->name() : std::string(), 0};
  std::map<std::string, CoverageCell, std::less<>> cells;
  for (const auto& s : pledge.statements) {
    if (s.status == StatementStatus::added) {
      ++service.added;
    } else {
      cells[s.ref] =
          CoverageCell{s.status == StatementStatus::kept ? CoverageState::kept : CoverageState::reworded, {}};
    }
  }
  for (const auto& e : pledge.excluded)
    cells[e.ref] = CoverageCell{CoverageState::excluded, e.reason};
  for (auto& row : m_rows) {
    auto it = cells.find(row.ref);
    row.cells.push_back(it == cells.end() ? CoverageCell{} : it->second);
  }
  m_services.push_back(std::move(service));
}

std::vector<const CoverageRow*> CoverageMatrix::rows() const {
  std::vector<const CoverageRow*> out;
  for (const auto& id : m_library_ids) {
    const std::string prefix = id + "/";
    for (const auto& row : m_rows) {
      if (row.ref.starts_with(prefix))
        out.push_back(&row);
    }
  }
  return out;
}

std::size_t CoverageMatrix::count(std::size_t service, CoverageState state) const {
  return static_cast<std::size_t>(std::count_if(
      m_rows.begin(), m_rows.end(), [&](const CoverageRow& r) { return r.cells[service].state == state; }));
}

}  // namespace pledge
