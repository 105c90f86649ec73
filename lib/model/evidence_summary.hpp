#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "base/calendar_date.hpp"
#include "base/error.hpp"
#include "model/resolved_pledge.hpp"

namespace pledge {

// How many statements stand at each evidence status. A statement without a record, or whose record gives no
// status yet, counts as having no record: nobody has assessed it.
struct EvidenceTotals {
  std::size_t met = 0;
  std::size_t partly_met = 0;
  std::size_t not_met = 0;
  std::size_t no_record = 0;

  void add(const std::string& status);
  void add(const EvidenceTotals& other);
  std::size_t statements() const { return met + partly_met + not_met + no_record; }
};

// One statement of a service's pledge and the auditor's record against it, as the evidence report lists it.
struct EvidenceLine {
  std::size_t number = 0;  // the statement's number on the checklist (poster order, from 1)
  std::string ref;
  std::string group_title;
  std::string statement;
  std::string status;  // Met, Partly met, Not met, or empty: no record
  std::string owner;
  std::optional<CalendarDate> checked;
  std::string reviewer;
  std::string link;
  std::optional<CalendarDate> review_by;
  std::string notes;
  bool overdue = false;  // review-by is before the summary's day
};

// A review whose review-by day has passed.
struct OverdueReview {
  std::string service;
  std::string file;
  std::size_t number = 0;
  std::string ref;
  std::string statement;
  std::string owner;
  std::string reviewer;
  CalendarDate review_by;
  long days_overdue = 0;  // days from review-by to the summary's day
  Location location;      // the review-by date in the service file
  // The statement in each of its pledge's languages, in their order (the first is `statement`).
  std::vector<LanguageText> statement_texts;
};

struct ServiceEvidence {
  std::string name;
  std::string file;
  EvidenceTotals totals;
  std::vector<EvidenceLine> lines;  // poster order
};

// The auditor's view of the evidence across services: per service and for the whole organisation, how many
// statements are Met, Partly met, Not met or have no record, and which reviews are overdue on a given day.
// The day is the caller's (today, or SOURCE_DATE_EPOCH's day), so the same input gives the same report.
class EvidenceSummary {
 public:
  explicit EvidenceSummary(CalendarDate day) : m_day(day) {}

  void add(const ResolvedPledge& pledge);

  const CalendarDate& day() const { return m_day; }
  const std::vector<ServiceEvidence>& services() const { return m_services; }
  const EvidenceTotals& totals() const { return m_totals; }
  // Every overdue review: services in the order added, statements in poster order.
  const std::vector<OverdueReview>& overdue() const { return m_overdue; }

 private:
  CalendarDate m_day;
  std::vector<ServiceEvidence> m_services;
  EvidenceTotals m_totals;
  std::vector<OverdueReview> m_overdue;
};

}  // namespace pledge
