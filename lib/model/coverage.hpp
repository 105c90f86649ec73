#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/library_catalog.hpp"
#include "model/resolved_pledge.hpp"

namespace pledge {

// How one service treats one library statement.
enum class CoverageState { kept, reworded, excluded, not_selected };

std::string_view to_string(CoverageState state);

struct CoverageCell {
  CoverageState state = CoverageState::not_selected;
  std::string reason;  // for excluded statements
};

struct CoverageRow {
  std::string ref;
  std::string text;                        // the library's wording
  std::vector<CoverageCell> cells;         // one per service, in service order
  std::string language;                    // the library's, which `text` is written in
  std::vector<LanguageText> translations;  // the wording in other languages
  std::size_t count(CoverageState state) const;
};

struct CoverageService {
  std::string name;
  std::string file;
  std::size_t added = 0;  // local statements, which have no row
};

// The organisation-wide view for auditors and quality teams: every statement of every library any service
// selects, against every service. Services are added one at a time, so a batch need not hold every pledge.
class CoverageMatrix {
 public:
  explicit CoverageMatrix(LibraryCatalog& catalog) : m_catalog(catalog) {}

  void add(const ResolvedPledge& pledge);

  const std::vector<CoverageService>& services() const { return m_services; }
  // The libraries the rows come from, by id (titles and versions, for reports).
  const std::vector<LibraryInfo>& libraries() const { return m_libraries; }
  // Rows by library id, then library order.
  std::vector<const CoverageRow*> rows() const;
  std::size_t count(std::size_t service, CoverageState state) const;
  // The identity every service added shares (the organisation's, as one identity file gives it to all),
  // for the report to wear; nothing if none has one or two differ: a report across organisations is no
  // one organisation's.
  const Identity* identity() const;

 private:
  void add_library(const std::string& id);

  std::optional<Identity> m_identity;  // the first service's
  bool m_identities_differ = false;

  LibraryCatalog& m_catalog;
  std::vector<CoverageService> m_services;
  std::vector<std::string> m_library_ids;  // sorted
  std::vector<LibraryInfo> m_libraries;    // in the order of m_library_ids
  std::vector<CoverageRow> m_rows;         // in order of first selection; rows() sorts
};

}  // namespace pledge
