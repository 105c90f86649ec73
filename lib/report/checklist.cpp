#include "report/checklist.hpp"

#include "report/csv.hpp"

namespace pledge::report {

namespace {

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const auto& part : parts)
    out += (out.empty() ? "" : std::string(separator)) + part;
  return out;
}

}  // namespace

std::vector<ChecklistRow> checklist_rows(const ResolvedPledge& pledge) {
  std::vector<ChecklistRow> rows;
  for (std::size_t i = 0; i < pledge.statements.size(); ++i) {
    const ResolvedStatement& statement = pledge.statements[i];
    ChecklistRow row;
    row.number = std::to_string(i + 1);
    row.statement = statement.text;
    row.ref = statement.ref;
    row.refs = join(statement.refs, "; ");
    row.prompts = statement.evidence;
    if (statement.record) {
      row.notes = statement.record->notes;
      row.status = statement.record->status;
      row.owner = statement.record->owner;
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

std::string checklist_csv(const ResolvedPledge& pledge) {
  std::string out =
      csv_row({"#", "Statement", "Ref", "Refs", "Evidence prompts", "Evidence and notes", "Status", "Owner"});
  for (const auto& row : checklist_rows(pledge))
    out += csv_row({row.number, row.statement, row.ref, row.refs, join(row.prompts, "\n"), row.notes,
                    row.status, row.owner});
  for (const auto& excluded : pledge.excluded)
    out += csv_row({"", excluded.original, excluded.ref, "", "", excluded.reason, "Excluded", ""});
  return out;
}

}  // namespace pledge::report
