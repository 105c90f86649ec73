#include "lint/linter.hpp"
#include "lint/tokens.hpp"

#include <algorithm>
#include <map>

#include "lint/checks.hpp"
#include "lint/scalar_columns.hpp"

namespace pledge::lint {

LintSubject subject_of(const Library& library) {
  LintSubject subject;
  subject.kind = "library";
  subject.location = library.source_text->location(1, 1);
  for (const auto& statement : library.statements) {
    subject.statements.push_back(
        StatementText{library.id + "/" + statement.id, statement.text, statement.text_location});
  }
  subject.glossary = library.glossary;
  subject.sources.push_back(library.source_text);
  return subject;
}

LintSubject subject_of(const ResolvedPledge& pledge, LibraryCatalog& catalog) {
  LintSubject subject;
  subject.location = pledge.source_text->location(1, 1);
  for (const auto& statement : pledge.statements) {
    subject.statements.push_back(StatementText{statement.ref, statement.text, statement.text_location});
  }
  subject.words = pledge.words;
  subject.glossary = pledge.glossary;
  subject.sources.push_back(pledge.source_text);
  for (const auto& library : pledge.libraries)
    subject.sources.push_back(catalog.load(library.id).source_text);
  return subject;
}

Linter::Linter(LintData data, std::filesystem::path spelling_index, std::filesystem::path dictionary_folder)
    : m_data(std::move(data)),
      m_spelling_index(std::move(spelling_index)),
      m_dictionary_folder(std::move(dictionary_folder)) {}

Linter::~Linter() = default;

SpellChecker& Linter::spell_checker() {
  if (!m_spell_checker) {
    m_spell_checker = std::make_unique<SpellChecker>(m_dictionary_folder, m_spelling_index);
    for (const auto& word : m_data.words)
      m_spell_checker->add_word(word);
  }
  return *m_spell_checker;
}

LintReport Linter::check(const LintSubject& subject, const Settings& settings) {
  std::vector<StatementView> views(subject.statements.size());
  for (std::size_t i = 0; i < views.size(); ++i) {
    views[i].index = static_cast<int>(i);
    views[i].text = subject.statements[i].text;
    views[i].tokens = tokenize(views[i].text);
  }
  SubjectContext context{m_data, settings, views, subject.statements, {}, {}};
  for (const auto& word : subject.words)
    context.accepted_words.insert(ascii_lower(word));
  for (const auto& word : settings.words)
    context.accepted_words.insert(ascii_lower(word));
  for (const auto& entry : subject.glossary) {
    context.glossary_terms.insert(entry.term);
    context.accepted_words.insert(ascii_lower(entry.term));
  }

  RawFindings raw;
  LintReport report;
  const bool spelling = settings.enabled("spelling");
  const bool readability = settings.enabled("readability");
  const bool jargon = settings.enabled("jargon");
  const bool passive = settings.enabled("passive");
  const bool sentence_length = settings.enabled("sentence-length");
  const bool length = settings.enabled("length");
  const bool repetition = settings.enabled("repetition");
  const bool typography = settings.enabled("typography");
  ReadingCounts total;
  for (const StatementView& view : views) {
    if (spelling)
      check_spelling(view, context, spell_checker(), raw);
    if (jargon)
      check_jargon(view, context, raw);
    if (passive)
      check_passive(view, context, raw);
    if (sentence_length)
      check_sentence_length(view, context, raw);
    if (length)
      check_length(view, context, raw);
    if (repetition)
      check_doubled_words(view, raw);
    if (typography)
      check_typography(view, context, raw);
    // Scores are reported whether or not the rule is on: they are measurements, not findings.
    const ReadingCounts counts = count_for_reading(view, m_data.syllables);
    total.words += counts.words;
    total.sentences += counts.sentences;
    total.syllables += counts.syllables;
    const auto& statement = subject.statements[static_cast<std::size_t>(view.index)];
    report.scores.push_back(ReadabilityScore{statement.ref, statement.location, counts.words,
                                             counts.sentences, counts.syllables, reading_ease(counts),
                                             reading_grade(counts)});
    if (readability)
      check_readability(counts, view.index, settings.max_grade, settings.min_reading_ease, "statement", raw);
  }
  if (settings.enabled("acronym"))
    check_acronyms(context, raw);
  if (repetition)
    check_near_duplicates(context, raw);
  if (typography)
    check_mixed_quotes(context, raw);
  report.scores.push_back(ReadabilityScore{"", subject.location, total.words, total.sentences,
                                           total.syllables, reading_ease(total), reading_grade(total)});
  if (readability) {
    check_readability(total, -1, settings.pledge_max_grade, settings.pledge_min_reading_ease,
                      "the " + subject.kind + " as a whole", raw);
  }

  std::map<std::string, const SourceText*, std::less<>> sources;
  for (const auto& source : subject.sources)
    sources.emplace(source->name(), source.get());
  for (auto& finding : raw) {
    Finding out;
    out.rule = std::string(finding.rule);
    out.severity = settings.severity_of(finding.rule);
    out.message = std::move(finding.message);
    out.suggestion = std::move(finding.suggestion);
    if (finding.statement < 0) {
      out.location = subject.location;
    } else {
      const auto& statement = subject.statements[static_cast<std::size_t>(finding.statement)];
      out.ref = statement.ref;
      auto source = sources.find(statement.location.file);
      const SourceText* text = source == sources.end() ? nullptr : source->second;
      out.location = finding.offset == whole_text
                         ? statement.location
                         : locate_in_scalar(text, statement.location, statement.text, finding.offset);
    }
    auto source = sources.find(out.location.file);
    if (source != sources.end() && suppresses(source->second->line(out.location.line), out.rule))
      continue;
    report.findings.push_back(std::move(out));
  }
  std::stable_sort(report.findings.begin(), report.findings.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.location.file, a.location.line, a.location.column, a.rule) <
           std::tie(b.location.file, b.location.line, b.location.column, b.rule);
  });
  return report;
}

}  // namespace pledge::lint
