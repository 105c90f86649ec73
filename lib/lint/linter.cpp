#include "lint/linter.hpp"
#include "lint/tokens.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "base/sha256.hpp"
#include "lint/checks.hpp"
#include "lint/rules.hpp"
#include "lint/scalar_columns.hpp"

namespace pledge::lint {

LintSubject subject_of(const Library& library) {
  LintSubject subject;
  subject.kind = "library";
  subject.location = library.source_text->location(1, 1);
  for (const auto& statement : library.statements) {
    const std::string ref = library.id + "/" + statement.id;
    subject.statements.push_back(
        StatementText{ref, statement.text, statement.text_location, library.language});
    for (const auto& translation : statement.translations)
      subject.statements.push_back(
          StatementText{ref, translation.text, translation.location, translation.language});
  }
  subject.glossary = library.glossary;
  subject.sources.push_back(library.source_text);
  return subject;
}

LintSubject subject_of(const ResolvedPledge& pledge, LibraryCatalog& catalog) {
  LintSubject subject;
  subject.location = pledge.source_text->location(1, 1);
  // Every language the pledge is printed in, each text in its own language.
  for (const auto& statement : pledge.statements) {
    for (const auto& text : statement.texts)
      subject.statements.push_back(StatementText{statement.ref, text.text, text.location, text.language});
  }
  // What the service asks in return is printed beside the statements, so it is held to the same rules.
  for (std::size_t i = 0; i < pledge.asks.size(); ++i) {
    for (const auto& text : pledge.asks[i].texts)
      subject.statements.push_back(
          StatementText{"asks/" + std::to_string(i + 1), text.text, text.location, text.language});
  }
  // So are the leaflet's panel texts the service writes; their headings, like group titles, are not
  // sentences.
  for (const auto& text : pledge.leaflet) {
    if (text.part != "text")
      continue;
    for (const auto& t : text.texts)
      subject.statements.push_back(
          StatementText{"leaflet/" + text.panel + "/" + text.part, t.text, t.location, t.language});
  }
  subject.words = pledge.words;
  subject.glossary = pledge.glossary;
  subject.sources.push_back(pledge.source_text);
  for (const auto& library : pledge.libraries)
    subject.sources.push_back(catalog.load(library.id).source_text);
  return subject;
}

std::string whole_file_digest(std::string_view kind, const std::string& file) {
  return sha256_hex(std::string(kind) + " " + std::filesystem::path(file).filename().string());
}

Linter::Linter(LintData data, std::filesystem::path spelling_index, std::filesystem::path dictionary_folder)
    : m_data(std::move(data)),
      m_spelling_index(std::move(spelling_index)),
      m_dictionary_folder(std::move(dictionary_folder)) {}

Linter::~Linter() = default;

SpellChecker& Linter::spell_checker(std::string_view language) {
  if (primary_language(language) == "cy") {
    if (!m_welsh_spell_checker) {
      const std::filesystem::path folder =
          m_spelling_index.empty() ? std::filesystem::path() : m_spelling_index.parent_path();
      m_welsh_spell_checker = SpellChecker::welsh(folder / "cy.spelling-index");
      for (const auto& word : m_data.welsh_words)
        m_welsh_spell_checker->add_word(word);
    }
    return *m_welsh_spell_checker;
  }
  if (!m_spell_checker) {
    m_spell_checker = std::make_unique<SpellChecker>(m_dictionary_folder, m_spelling_index);
    for (const auto& word : m_data.words)
      m_spell_checker->add_word(word);
  }
  return *m_spell_checker;
}

LintReport Linter::check(const LintSubject& subject, const Settings& settings) {
  // Scores are reported whether or not the readability rule is on: they are measurements, not findings.
  // Readability's scores measure English; texts in other languages are neither scored nor counted in the
  // whole.
  const Rule& readability = rules().at("readability");
  LintReport report;
  std::vector<StatementView> views(subject.statements.size());
  ReadingCounts whole;
  bool any_scored = false;
  for (std::size_t i = 0; i < views.size(); ++i) {
    StatementView& view = views[i];
    const StatementText& statement = subject.statements[i];
    view.index = static_cast<int>(i);
    view.text = statement.text;
    view.language = statement.language;
    view.tokens = tokenize(view.text);
    view.reading = count_for_reading(view.tokens, m_data.syllables);
    if (!readability.applies_to(view.language))
      continue;
    any_scored = true;
    whole.words += view.reading.words;
    whole.sentences += view.reading.sentences;
    whole.syllables += view.reading.syllables;
    report.scores.push_back(ReadabilityScore{statement.ref, statement.location, view.reading.words,
                                             view.reading.sentences, view.reading.syllables,
                                             reading_ease(view.reading), reading_grade(view.reading)});
  }
  if (any_scored || views.empty()) {
    report.scores.push_back(ReadabilityScore{"", subject.location, whole.words, whole.sentences,
                                             whole.syllables, reading_ease(whole), reading_grade(whole)});
  }

  std::vector<const StatementView*> all_views;
  all_views.reserve(views.size());
  for (const StatementView& view : views)
    all_views.push_back(&view);
  SubjectContext context{
      m_data,
      all_views,
      subject.statements,
      subject.kind,
      whole,
      {},
      {},
      [this](std::string_view language) -> SpellChecker& { return spell_checker(language); }};
  for (const auto& word : subject.words)
    context.accepted_words.insert(lower_case(word));
  for (const auto& word : settings.words)
    context.accepted_words.insert(lower_case(word));
  for (const auto& entry : subject.glossary) {
    context.glossary_terms.insert(entry.term);
    context.accepted_words.insert(lower_case(entry.term));
  }

  // Every rule of the table that is not off runs its checks, and what they find is that rule's.
  std::vector<const RuleSettings*> on;
  for (const RuleSettings& rule : settings.rules()) {
    if (rule.severity() != Severity::off)
      on.push_back(&rule);
  }
  RawFindings raw;
  auto found_by = [&raw](const RuleSettings& rule, std::size_t first) {
    for (std::size_t i = first; i < raw.size(); ++i)
      raw[i].rule = &rule;
  };
  // A rule sees only the texts in the languages of its row; each rule left out for a language is noted.
  std::map<std::string, std::pair<std::set<std::string>, std::vector<std::string_view>>, std::less<>> skipped;
  for (const StatementView& view : views) {
    for (const RuleSettings* rule : on) {
      if (!rule->rule().applies_to(view.language)) {
        auto& [texts, names] = skipped[std::string(view.language)];
        if (std::find(names.begin(), names.end(), rule->rule().name) == names.end())
          names.push_back(rule->rule().name);
        continue;
      }
      if (StatementCheck* const run = rule->rule().check_statement) {
        const std::size_t first = raw.size();
        run(view, context, *rule, raw);
        found_by(*rule, first);
      }
    }
  }
  for (const StatementView& view : views) {
    if (auto it = skipped.find(view.language); it != skipped.end())
      it->second.first.insert(to_string(subject.statements[static_cast<std::size_t>(view.index)].location));
  }
  std::vector<const StatementView*> some_views;
  for (const RuleSettings* rule : on) {
    if (SubjectCheck* const run = rule->rule().check_subject) {
      const std::size_t first = raw.size();
      if (rule->rule().languages.empty()) {
        run(context, *rule, raw);
      } else {
        some_views.clear();
        for (const StatementView* view : all_views) {
          if (rule->rule().applies_to(view->language))
            some_views.push_back(view);
        }
        context.statements = some_views;
        run(context, *rule, raw);
        context.statements = all_views;
      }
      found_by(*rule, first);
    }
  }
  for (auto& [language, skip] : skipped) {
    std::string names;
    for (std::size_t i = 0; i < skip.second.size(); ++i)
      names += (i == 0 ? "" : i + 1 == skip.second.size() ? " and " : ", ") + std::string(skip.second[i]);
    report.skipped.push_back(SkippedTexts{language, names, std::move(skip.first), skip.second.size() > 1});
  }

  std::map<std::string, const SourceText*, std::less<>> sources;
  std::vector<std::string> digests(subject.statements.size());  // made for statements with findings only
  for (const auto& source : subject.sources)
    sources.emplace(source->name(), source.get());
  for (auto& finding : raw) {
    Finding out;
    out.rule = std::string(finding.rule->rule().name);
    out.severity = finding.rule->severity();
    out.message = std::move(finding.message);
    out.suggestion = std::move(finding.suggestion);
    if (finding.statement < 0) {
      out.location = subject.location;
      out.text_digest = whole_file_digest(subject.kind, subject.location.file);
    } else {
      const auto index = static_cast<std::size_t>(finding.statement);
      const auto& statement = subject.statements[index];
      out.ref = statement.ref;
      if (digests[index].empty())
        digests[index] = sha256_hex(statement.text);
      out.text_digest = digests[index];
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
