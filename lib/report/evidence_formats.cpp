#include "report/evidence_formats.hpp"

#include <algorithm>

#include "report/csv.hpp"
#include "report/json_document.hpp"
#include "report/markdown.hpp"
#include "report/xlsx_workbook.hpp"

namespace pledge::report {

namespace {

using Json = nlohmann::ordered_json;

std::size_t overdue_count(const ServiceEvidence& service) {
  return static_cast<std::size_t>(std::count_if(service.lines.begin(), service.lines.end(),
                                                [](const EvidenceLine& l) { return l.overdue; }));
}

std::string right(std::size_t n, std::size_t columns) {
  std::string text = std::to_string(n);
  return std::string(columns > text.size() ? columns - text.size() : 0, ' ') + text;
}

std::string totals_columns(const EvidenceTotals& t, std::size_t overdue) {
  return right(t.statements(), 12) + right(t.met, 5) + right(t.partly_met, 12) + right(t.not_met, 9) +
         right(t.no_record, 11) + right(overdue, 9);
}

Json totals_json(const EvidenceTotals& t, std::size_t overdue) {
  return Json{{"statements", t.statements()}, {"met", t.met},
              {"partly met", t.partly_met},   {"not met", t.not_met},
              {"no record", t.no_record},     {"overdue", overdue}};
}

Json date_json(const std::optional<CalendarDate>& date) {
  return date ? Json(iso_text(*date)) : Json(nullptr);
}

std::string days_ago(long days) {
  return days == 1 ? "1 day ago" : std::to_string(days) + " days ago";
}

// For a terminal: the day, a row of totals per service and one for all services, then the overdue reviews,
// each at its review-by date's file:line:col.
std::string evidence_text(const EvidenceSummary& summary) {
  std::string out =
      "Evidence on " + long_text(summary.day()) + " (a review-by date before it is overdue)\n\n";
  out += "   #  STATEMENTS  MET  PARTLY MET  NOT MET  NO RECORD  OVERDUE  SERVICE\n";
  for (std::size_t i = 0; i < summary.services().size(); ++i) {
    const ServiceEvidence& s = summary.services()[i];
    out += right(i + 1, 4) + totals_columns(s.totals, overdue_count(s)) + "  " + s.name + "\n";
  }
  out += " All" + totals_columns(summary.totals(), summary.overdue().size()) + "  all services\n";
  if (summary.overdue().empty())
    return out + "\nNo review is overdue.\n";
  out += "\nOverdue reviews:\n";
  for (const OverdueReview& r : summary.overdue()) {
    out += to_string(r.location) + ": " + r.service + ", statement " + std::to_string(r.number) + " (" +
           r.ref + "): review by " + long_text(r.review_by) + ", " + days_ago(r.days_overdue);
    if (!r.owner.empty())
      out += "; owner " + r.owner;
    out += "\n";
  }
  return out;
}

// For a spreadsheet: a row of totals per service, then "All services" (RFC 4180, with a byte-order mark).
std::string evidence_csv(const EvidenceSummary& summary) {
  std::string out = csv_header(
      {"Service", "File", "Statements", "Met", "Partly met", "Not met", "No record", "Overdue reviews"});
  auto row = [](const std::string& name, const std::string& file, const EvidenceTotals& t,
                std::size_t overdue) {
    return csv_row({name, file, std::to_string(t.statements()), std::to_string(t.met),
                    std::to_string(t.partly_met), std::to_string(t.not_met), std::to_string(t.no_record),
                    std::to_string(overdue)});
  };
  for (const ServiceEvidence& s : summary.services())
    out += row(s.name, s.file, s.totals, overdue_count(s));
  return out + row("All services", "", summary.totals(), summary.overdue().size());
}

// {"date", "totals", "services": [{"name", "file", "totals", "statements"}], "overdue": [...]}
std::string evidence_json(const EvidenceSummary& summary) {
  Json out;
  out["date"] = iso_text(summary.day());
  out["totals"] = totals_json(summary.totals(), summary.overdue().size());
  out["services"] = Json::array();
  for (const ServiceEvidence& s : summary.services()) {
    Json statements = Json::array();
    for (const EvidenceLine& l : s.lines) {
      statements.push_back(Json{{"number", l.number},
                                {"ref", l.ref},
                                {"group", l.group_title},
                                {"status", l.status.empty() ? Json(nullptr) : Json(l.status)},
                                {"owner", l.owner},
                                {"checked", date_json(l.checked)},
                                {"reviewer", l.reviewer},
                                {"link", l.link},
                                {"review-by", date_json(l.review_by)},
                                {"overdue", l.overdue}});
    }
    out["services"].push_back(Json{{"name", s.name},
                                   {"file", s.file},
                                   {"totals", totals_json(s.totals, overdue_count(s))},
                                   {"statements", statements}});
  }
  out["overdue"] = Json::array();
  for (const OverdueReview& r : summary.overdue()) {
    out["overdue"].push_back(Json{{"service", r.service},
                                  {"file", r.file},
                                  {"number", r.number},
                                  {"ref", r.ref},
                                  {"statement", r.statement},
                                  {"owner", r.owner},
                                  {"reviewer", r.reviewer},
                                  {"review-by", iso_text(r.review_by)},
                                  {"days overdue", r.days_overdue},
                                  {"location", to_string(r.location)}});
  }
  return json_document(out);
}

// The totals table and the overdue reviews as markdown tables, for a wiki or a pull request.
std::string evidence_markdown(const EvidenceSummary& summary) {
  std::string out = "Evidence on " + long_text(summary.day()) + ".\n\n";
  out += "| Service | Statements | Met | Partly met | Not met | No record | Overdue reviews |\n";
  out += "|---|---:|---:|---:|---:|---:|---:|\n";
  auto row = [](const std::string& name, const EvidenceTotals& t, std::size_t overdue) {
    return "| " + name + " | " + std::to_string(t.statements()) + " | " + std::to_string(t.met) + " | " +
           std::to_string(t.partly_met) + " | " + std::to_string(t.not_met) + " | " +
           std::to_string(t.no_record) + " | " + std::to_string(overdue) + " |\n";
  };
  for (const ServiceEvidence& s : summary.services())
    out += row(markdown_cell(markdown_escape(s.name)), s.totals, overdue_count(s));
  out += row("**All services**", summary.totals(), summary.overdue().size());
  if (summary.overdue().empty())
    return out + "\nNo review is overdue.\n";
  out += "\n| Service | # | Statement | Owner | Review by | Overdue by |\n|---|---:|---|---|---|---|\n";
  for (const OverdueReview& r : summary.overdue()) {
    out += "| " + markdown_cell(markdown_escape(r.service)) + " | " + std::to_string(r.number) + " | " +
           markdown_cell(markdown_escape(r.statement)) + " | " + markdown_cell(markdown_escape(r.owner)) +
           " | " + iso_text(r.review_by) + " | " +
           (r.days_overdue == 1 ? "1 day" : std::to_string(r.days_overdue) + " days") + " |\n";
  }
  return out;
}

// An Excel workbook (report/xlsx_workbook): a Summary sheet of totals per service and for all services, whose
// counts follow the status columns as auditors fill them in; an Overdue sheet; then a sheet per service, a
// row per statement with the status a drop-down of Met, Partly met and Not met. `created` is
// SOURCE_DATE_EPOCH.
std::string evidence_xlsx(const EvidenceSummary& summary, std::optional<long long> created) {
  std::vector<Sheet> sheets;
  sheets.push_back(Sheet{"Summary",
                         {{"Service", 40},
                          {"File", 40},
                          {"Statements", 12},
                          {"Met", 8},
                          {"Partly met", 12},
                          {"Not met", 10},
                          {"No record", 12},
                          {"Overdue reviews", 12}},
                         {}});
  sheets.push_back(Sheet{"Overdue",
                         {{"Service", 40},
                          {"#", 6},
                          {"Statement", 50},
                          {"Owner", 20},
                          {"Reviewer", 20},
                          {"Review by", 12},
                          {"Days overdue", 12},
                          {"Where", 40}},
                         {}});
  std::vector<std::string> names = {sheet_name("Summary", {})};
  names.push_back(sheet_name("Overdue", names));
  constexpr std::size_t status_column = 3;
  auto number = [](std::size_t n) { return SheetCell::of(static_cast<double>(n)); };
  for (const ServiceEvidence& s : summary.services()) {
    names.push_back(sheet_name(s.name, names));
    Sheet sheet{s.name,
                with_record_columns({{"#", 6}, {"Group", 24}, {"Statement", 50}},
                                    {{"Overdue", 10}, {"Evidence and notes", 50}}),
                {}};
    for (const EvidenceLine& l : s.lines) {
      sheet.rows.push_back({number(l.number), l.group_title, l.statement, l.status, l.owner,
                            l.checked ? iso_text(*l.checked) : "", l.reviewer, l.link,
                            l.review_by ? iso_text(*l.review_by) : "", l.overdue ? "Overdue" : "", l.notes});
    }
    const std::string row = std::to_string(sheets[0].rows.size() + 2);
    auto count = [&](const std::string& status, std::size_t value) {
      return SheetCell::calculated(countif_formula(names.back(), status_column, s.lines.size(), status),
                                   static_cast<double>(value));
    };
    sheets[0].rows.push_back({s.name, s.file, number(s.totals.statements()), count("Met", s.totals.met),
                              count("Partly met", s.totals.partly_met), count("Not met", s.totals.not_met),
                              SheetCell::calculated("=C" + row + "-D" + row + "-E" + row + "-F" + row,
                                                    static_cast<double>(s.totals.no_record)),
                              number(overdue_count(s))});
    sheets.push_back(std::move(sheet));
  }
  const std::string last = std::to_string(sheets[0].rows.size() + 1);
  std::vector<SheetCell> all = {"All services", ""};
  const EvidenceTotals& t = summary.totals();
  const std::size_t values[] = {t.statements(), t.met,       t.partly_met,
                                t.not_met,      t.no_record, summary.overdue().size()};
  for (std::size_t i = 0; i < std::size(values); ++i) {
    const std::string column(1, static_cast<char>('C' + i));
    all.push_back(
        SheetCell::calculated("=SUM(" + column + "2:" + column + last + ")", static_cast<double>(values[i])));
  }
  sheets[0].rows.push_back(std::move(all));
  for (const OverdueReview& r : summary.overdue()) {
    sheets[1].rows.push_back({r.service, number(r.number), r.statement, r.owner, r.reviewer,
                              iso_text(r.review_by), SheetCell::of(static_cast<double>(r.days_overdue)),
                              to_string(r.location)});
  }
  return xlsx_workbook(sheets, created);
}

}  // namespace

const ServicesReportWriters<EvidenceSummary> evidence_writers{evidence_text, evidence_csv, evidence_json,
                                                              evidence_markdown, evidence_xlsx};

}  // namespace pledge::report
