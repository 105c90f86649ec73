#include "report/coverage_formats.hpp"

#include <algorithm>
#include <map>

#include <nlohmann/json.hpp>

#include "report/csv.hpp"

namespace pledge {

std::optional<CoverageFormat> parse_coverage_format(std::string_view name) {
  if (name == "text")
    return CoverageFormat::text;
  if (name == "csv")
    return CoverageFormat::csv;
  if (name == "json")
    return CoverageFormat::json;
  if (name == "markdown")
    return CoverageFormat::markdown;
  return std::nullopt;
}

namespace {

constexpr CoverageState all_states[] = {CoverageState::kept, CoverageState::reworded, CoverageState::excluded,
                                        CoverageState::not_selected};

// One letter per cell keeps a matrix of dozens of services readable in a terminal.
char symbol(CoverageState state) {
  switch (state) {
    case CoverageState::kept:
      return 'K';
    case CoverageState::reworded:
      return 'R';
    case CoverageState::excluded:
      return 'X';
    case CoverageState::not_selected:
      break;
  }
  return '.';
}

std::string pad(std::string text, std::size_t width) {
  if (text.size() < width)
    text.append(width - text.size(), ' ');
  return text;
}

std::string to_text(const CoverageMatrix& m) {
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
    for (CoverageState s : all_states) {
      const std::string n = std::to_string(r->count(s));
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

std::string to_csv(const CoverageMatrix& m) {
  std::string out = "ref,text";
  for (const auto& s : m.services())
    out += "," + report::csv_field(s.name);
  out += ",kept,reworded,excluded,not selected\r\n";
  for (const CoverageRow* r : m.rows()) {
    out += report::csv_field(r->ref) + "," + report::csv_field(r->text);
    for (const auto& cell : r->cells) {
      out +=
          "," + report::csv_field(cell.state == CoverageState::excluded ? "excluded: " + cell.reason
                                                                        : std::string(to_string(cell.state)));
    }
    for (CoverageState s : all_states)
      out += "," + std::to_string(r->count(s));
    out += "\r\n";
  }
  // Per-service totals as final rows, so a spreadsheet shows them under their columns.
  for (CoverageState s : all_states) {
    out += "total " + std::string(to_string(s)) + ",";
    for (std::size_t i = 0; i < m.services().size(); ++i)
      out += "," + std::to_string(m.count(i, s));
    out += ",,,,\r\n";
  }
  out += "total added,";
  for (const auto& s : m.services())
    out += "," + std::to_string(s.added);
  out += ",,,,\r\n";
  return out;
}

std::string to_json(const CoverageMatrix& m) {
  using Json = nlohmann::ordered_json;
  Json out;
  out["services"] = Json::array();
  for (std::size_t i = 0; i < m.services().size(); ++i) {
    const auto& s = m.services()[i];
    Json totals;
    for (CoverageState state : all_states)
      totals[std::string(to_string(state))] = m.count(i, state);
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
    for (CoverageState state : all_states)
      totals[std::string(to_string(state))] = r->count(state);
    out["statements"].push_back(
        Json{{"ref", r->ref}, {"text", r->text}, {"cells", cells}, {"totals", totals}});
  }
  return out.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string markdown_cell(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '|')
      out += '\\';
    out += c == '\n' ? ' ' : c;
  }
  return out;
}

std::string to_markdown(const CoverageMatrix& m) {
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
    for (CoverageState s : all_states)
      out += " " + std::to_string(r->count(s)) + " |";
    out += "\n";
  }
  return out;
}

}  // namespace

std::string format_coverage(const CoverageMatrix& matrix, CoverageFormat format) {
  switch (format) {
    case CoverageFormat::csv:
      return to_csv(matrix);
    case CoverageFormat::json:
      return to_json(matrix);
    case CoverageFormat::markdown:
      return to_markdown(matrix);
    case CoverageFormat::text:
      break;
  }
  return to_text(matrix);
}

}  // namespace pledge
