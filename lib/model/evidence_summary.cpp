#include "model/evidence_summary.hpp"

#include <chrono>

namespace pledge {

namespace {

// A statement in each of its pledge's languages, or in the pledge's one for a pledge resolved without them.
std::vector<LanguageText> statement_texts(const ResolvedPledge& pledge, const ResolvedStatement& statement) {
  if (!statement.texts.empty())
    return statement.texts;
  return {{pledge.languages.empty() ? std::string(default_language) : pledge.languages.front(),
           statement.text,
           {}}};
}

}  // namespace

namespace {

std::chrono::sys_days days_of(const CalendarDate& date) {
  return std::chrono::year_month_day(std::chrono::year(date.year),
                                     std::chrono::month(static_cast<unsigned>(date.month)),
                                     std::chrono::day(static_cast<unsigned>(date.day)));
}

}  // namespace

void EvidenceTotals::add(const std::string& status) {
  if (status == "Met")
    ++met;
  else if (status == "Partly met")
    ++partly_met;
  else if (status == "Not met")
    ++not_met;
  else
    ++no_record;
}

void EvidenceTotals::add(const EvidenceTotals& other) {
  met += other.met;
  partly_met += other.partly_met;
  not_met += other.not_met;
  no_record += other.no_record;
}

void EvidenceSummary::add(const ResolvedPledge& pledge) {
  ServiceEvidence service{
      pledge.service, pledge.source_text ? pledge.source_text->name() : std::string(), {}, {}};
  const std::chrono::sys_days day = days_of(m_day);
  for (std::size_t i = 0; i < pledge.statements.size(); ++i) {
    const ResolvedStatement& statement = pledge.statements[i];
    EvidenceLine line;
    line.number = i + 1;
    line.ref = statement.ref;
    line.group_title = statement.group_title;
    line.statement = statement.text;
    if (const EvidenceRecord* record = statement.record) {
      line.status = record->status;
      line.owner = record->owner;
      line.checked = record->checked;
      line.reviewer = record->reviewer;
      line.link = record->link;
      line.review_by = record->review_by;
      line.notes = record->notes;
      if (record->review_by && days_of(*record->review_by) < day) {
        line.overdue = true;
        m_overdue.push_back(OverdueReview{service.name, service.file, line.number, line.ref, line.statement,
                                          line.owner, line.reviewer, *record->review_by,
                                          static_cast<long>((day - days_of(*record->review_by)).count()),
                                          record->review_by_location, statement_texts(pledge, statement)});
      }
    }
    service.totals.add(line.status);
    service.lines.push_back(std::move(line));
  }
  m_totals.add(service.totals);
  m_services.push_back(std::move(service));
}

}  // namespace pledge
