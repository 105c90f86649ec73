#include "report/checklist.hpp"

#include <algorithm>

#include "report/csv.hpp"
#include "report/xlsx_workbook.hpp"

namespace pledge::report {

namespace {

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const auto& part : parts)
    out += (out.empty() ? "" : std::string(separator)) + part;
  return out;
}

}  // namespace

std::string change_name(StatementStatus status) {
  std::string name(to_string(status));
  name.front() = static_cast<char>(name.front() - 'a' + 'A');
  return name;
}

std::vector<ChecklistRow> checklist_rows(const ResolvedPledge& pledge) {
  std::vector<ChecklistRow> rows;
  for (std::size_t i = 0; i < pledge.statements.size(); ++i) {
    const ResolvedStatement& statement = pledge.statements[i];
    ChecklistRow row;
    row.number = std::to_string(i + 1);
    row.group = statement.group_title;
    row.statement = statement.text;
    row.change = change_name(statement.status);
    row.original = statement.original;
    row.ref = statement.ref;
    row.refs = join(statement.refs, "; ");
    row.prompts = statement.evidence;
    if (statement.record) {
      row.notes = statement.record->notes;
      row.status = statement.record->status;
      row.owner = statement.record->owner;
      row.checked = statement.record->checked ? iso_text(*statement.record->checked) : "";
      row.reviewer = statement.record->reviewer;
      row.link = statement.record->link;
      row.review_by = statement.record->review_by ? iso_text(*statement.record->review_by) : "";
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

std::string checklist_csv(const ResolvedPledge& pledge) {
  std::string out = csv_header({"Service", "Group", "#", "Statement", "Change", "Original wording", "Reason",
                                "Ref", "Refs", "Evidence prompts", "Status", "Owner", "Checked", "Reviewer",
                                "Link", "Review by", "Evidence and notes"});
  for (const auto& row : checklist_rows(pledge)) {
    out += csv_row({pledge.service, row.group, row.number, row.statement, row.change, row.original, "",
                    row.ref, row.refs, join(row.prompts, "\n"), row.status, row.owner, row.checked,
                    row.reviewer, row.link, row.review_by, row.notes});
  }
  for (const auto& excluded : pledge.excluded) {
    out += csv_row({pledge.service, "", "", excluded.original, "Excluded", "", excluded.reason, excluded.ref,
                    "", "", "", "", "", "", "", "", ""});
  }
  return out;
}

std::string checklist_xlsx(const ResolvedPledge& pledge, std::optional<long long> created) {
  Sheet service{pledge.service,
                with_record_columns({{"#", 6},
                                     {"Group", 24},
                                     {"Statement", 50},
                                     {"Change", 12},
                                     {"Original wording", 40},
                                     {"Reason", 30},
                                     {"Ref", 30},
                                     {"Refs", 24},
                                     {"Evidence prompts", 40}},
                                    {{"Evidence and notes", 50}}),
                {}};
  constexpr std::size_t status_column = 9;
  const auto rows = checklist_rows(pledge);
  for (const auto& row : rows) {
    service.rows.push_back({SheetCell::of(static_cast<double>(service.rows.size() + 1)), row.group,
                            row.statement, row.change, row.original, "", row.ref, row.refs,
                            join(row.prompts, "\n"), row.status, row.owner, row.checked, row.reviewer,
                            row.link, row.review_by, row.notes});
  }
  service.choice_rows = rows.size();
  for (const auto& excluded : pledge.excluded)
    service.rows.push_back({"", "", excluded.original, "Excluded", "", excluded.reason, excluded.ref});
  const std::string summary_name = sheet_name("Summary", {});
  const std::string service_name = sheet_name(pledge.service, {summary_name});
  Sheet summary{"Summary",
                {{"Service", 40},
                 {"Statements", 12},
                 {"Met", 8},
                 {"Partly met", 12},
                 {"Not met", 10},
                 {"No record", 12}},
                {}};
  std::vector<SheetCell> totals = {pledge.service, SheetCell::of(static_cast<double>(rows.size()))};
  double recorded = 0;
  for (const std::string& status : evidence_statuses()) {
    const auto count = static_cast<double>(
        std::count_if(rows.begin(), rows.end(), [&](const ChecklistRow& r) { return r.status == status; }));
    recorded += count;
    // Only the statements' rows: the excluded ones below them have no status to count.
    totals.push_back(
        SheetCell::calculated(countif_formula(service_name, status_column, rows.size(), status), count));
  }
  totals.push_back(SheetCell::calculated("=B2-C2-D2-E2", static_cast<double>(rows.size()) - recorded));
  summary.rows.push_back(std::move(totals));
  return xlsx_workbook({summary, service}, created);
}

}  // namespace pledge::report
