#include "report/coverage_formats.hpp"

#include <algorithm>

#include "report/csv.hpp"
#include "report/json_document.hpp"
#include "report/markdown.hpp"
#include "report/xlsx_workbook.hpp"

namespace pledge::report {

namespace {

// The states in column order, each with the one letter that keeps a matrix of dozens of services readable
// in a terminal.
struct StateColumn {
  CoverageState state;
  char symbol;
};

constexpr StateColumn state_columns[] = {{CoverageState::kept, 'K'},
                                         {CoverageState::reworded, 'R'},
                                         {CoverageState::excluded, 'X'},
                                         {CoverageState::not_selected, '.'}};

char symbol(CoverageState state) {
  return std::find_if(std::begin(state_columns), std::end(state_columns),
                      [state](const StateColumn& c) { return c.state == state; })
      ->symbol;
}

std::string pad(std::string text, std::size_t width) {
  if (text.size() < width)
    text.append(width - text.size(), ' ');
  return text;
}

// For a terminal: the services numbered, one letter per cell (K, R, X, .), then totals per service.
std::string coverage_text(const CoverageMatrix& m) {
  const auto rows = m.rows();
  std::size_t width = 9;
  for (const CoverageRow* r : rows)
    width = std::max(width, r->ref.size());
  std::string out = "Services:\n";
  for (std::size_t i = 0; i < m.services().size(); ++i) {
    out += "  " + std::to_string(i + 1) + ". " + m.services()[i].name + " (" + m.services()[i].file + ")\n";
  }
  out += "\nK kept, R reworded, X excluded, . not selected\n\n";
  out += pad("STATEMENT", width) + "   K   R   X   .  SERVICES\n";
  for (const CoverageRow* r : rows) {
    std::string line = pad(r->ref, width);
    for (const StateColumn& column : state_columns) {
      const std::string n = std::to_string(r->count(column.state));
      line += std::string(4 - std::min<std::size_t>(n.size(), 3), ' ') + n;
    }
    line += "  ";
    for (const auto& cell : r->cells)
      line += symbol(cell.state);
    out += line + "\n";
  }
  // Per-service totals: numbers right-aligned under their headings.
  auto right = [](std::size_t n, std::size_t columns) {
    std::string text = std::to_string(n);
    return std::string(columns > text.size() ? columns - text.size() : 0, ' ') + text;
  };
  out += "\n   #  KEPT  REWORDED  EXCLUDED  ADDED  NOT SELECTED  SERVICE\n";
  for (std::size_t i = 0; i < m.services().size(); ++i) {
    out += right(i + 1, 4) + right(m.count(i, CoverageState::kept), 6) +
           right(m.count(i, CoverageState::reworded), 10) + right(m.count(i, CoverageState::excluded), 10) +
           right(m.services()[i].added, 7) + right(m.count(i, CoverageState::not_selected), 14) + "  " +
           m.services()[i].name + "\n";
  }
  return out;
}

// For a spreadsheet (RFC 4180, CRLF line ends): a row per statement, then per-service totals as final rows.
std::string coverage_csv(const CoverageMatrix& m) {
  std::vector<std::string> header = {"ref", "text"};
  for (const auto& s : m.services())
    header.push_back(s.name);
  for (const StateColumn& column : state_columns)
    header.emplace_back(to_string(column.state));
  std::string out = csv_header(header);
  for (const CoverageRow* r : m.rows()) {
    std::vector<std::string> fields = {r->ref, r->text};
    for (const auto& cell : r->cells) {
      fields.push_back(cell.state == CoverageState::excluded ? "excluded: " + cell.reason
                                                             : std::string(to_string(cell.state)));
    }
    for (const StateColumn& column : state_columns)
      fields.push_back(std::to_string(r->count(column.state)));
    out += csv_row(fields);
  }
  // Per-service totals as final rows, so a spreadsheet shows them under their columns.
  auto totals = [&](const std::string& what, auto count) {
    std::vector<std::string> fields = {"total " + what, ""};
    for (std::size_t i = 0; i < m.services().size(); ++i)
      fields.push_back(std::to_string(count(i)));
    fields.resize(fields.size() + std::size(state_columns));
    return csv_row(fields);
  };
  for (const StateColumn& column : state_columns)
    out +=
        totals(std::string(to_string(column.state)), [&](std::size_t i) { return m.count(i, column.state); });
  out += totals("added", [&](std::size_t i) { return m.services()[i].added; });
  return out;
}

// {"services": [{"name", "file", "totals"}], "statements": [{"ref", "text", "cells", "totals"}]}
std::string coverage_json(const CoverageMatrix& m) {
  using Json = nlohmann::ordered_json;
  Json out;
  out["services"] = Json::array();
  for (std::size_t i = 0; i < m.services().size(); ++i) {
    const auto& s = m.services()[i];
    Json totals;
    for (const StateColumn& column : state_columns)
      totals[std::string(to_string(column.state))] = m.count(i, column.state);
    totals["added"] = s.added;
    out["services"].push_back(Json{{"name", s.name}, {"file", s.file}, {"totals", totals}});
  }
  out["statements"] = Json::array();
  for (const CoverageRow* r : m.rows()) {
    Json cells = Json::array();
    for (const auto& cell : r->cells) {
      Json c{{"state", std::string(to_string(cell.state))}};
      if (cell.state == CoverageState::excluded)
        c["reason"] = cell.reason;
      cells.push_back(c);
    }
    Json totals;
    for (const StateColumn& column : state_columns)
      totals[std::string(to_string(column.state))] = r->count(column.state);
    out["statements"].push_back(
        Json{{"ref", r->ref}, {"text", r->text}, {"cells", cells}, {"totals", totals}});
  }
  return json_document(out);
}

// A markdown table, for a wiki or a pull request.
std::string coverage_markdown(const CoverageMatrix& m) {
  std::string out = "| Statement |";
  for (const auto& s : m.services())
    out += " " + markdown_cell(s.name) + " |";
  out += " Kept | Reworded | Excluded | Not selected |\n|---|";
  for (std::size_t i = 0; i < m.services().size() + 4; ++i)
    out += "---|";
  out += "\n";
  for (const CoverageRow* r : m.rows()) {
    out += "| `" + r->ref + "` |";
    for (const auto& cell : r->cells) {
      out += " " +
             (cell.state == CoverageState::excluded ? "excluded (" + markdown_cell(cell.reason) + ")"
                                                    : std::string(to_string(cell.state))) +
             " |";
    }
    for (const StateColumn& column : state_columns)
      out += " " + std::to_string(r->count(column.state)) + " |";
    out += "\n";
  }
  return out;
}

// An Excel workbook (report/xlsx_workbook): a Summary sheet with the matrix (a column per service and the
// totals), then a sheet per service: each library statement, what the service did with it, and the reason
// for an exclusion. `created` is SOURCE_DATE_EPOCH.
std::string coverage_xlsx(const CoverageMatrix& m, std::optional<long long> created) {
  const auto rows = m.rows();
  Sheet summary{"Summary", {{"Ref", 30}, {"Statement", 50}}, {}};
  for (const auto& s : m.services())
    summary.columns.push_back({s.name, 16});
  for (const StateColumn& column : state_columns)
    summary.columns.push_back({std::string(to_string(column.state)), 12});
  std::vector<Sheet> sheets;
  for (const auto& s : m.services())
    sheets.push_back(Sheet{s.name, {{"Ref", 30}, {"Statement", 50}, {"State", 14}, {"Reason", 40}}, {}});
  for (const CoverageRow* r : rows) {
    std::vector<SheetCell> cells = {r->ref, r->text};
    for (std::size_t i = 0; i < r->cells.size(); ++i) {
      const CoverageCell& cell = r->cells[i];
      cells.emplace_back(std::string(to_string(cell.state)));
      sheets[i].rows.push_back({r->ref, r->text, std::string(to_string(cell.state)), cell.reason});
    }
    for (const StateColumn& column : state_columns)
      cells.push_back(SheetCell::of(static_cast<double>(r->count(column.state))));
    summary.rows.push_back(std::move(cells));
  }
  sheets.insert(sheets.begin(), std::move(summary));
  return xlsx_workbook(sheets, created);
}

}  // namespace

const ServicesReportWriters<CoverageMatrix> coverage_writers{coverage_text, coverage_csv, coverage_json,
                                                             coverage_markdown, coverage_xlsx};

}  // namespace pledge::report
