#include "model/resolved_pledge.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "base/name_table.hpp"
#include "base/nearest_name.hpp"

namespace pledge {

std::string_view to_string(StatementStatus status) {
  using enum StatementStatus;
  static const NameTable<NamedValue<StatementStatus>> names(
      "statement status", {{"kept", kept}, {"reworded", reworded}, {"added", added}});
  return names.name_of(status);
}

namespace {

// The state of one resolution: the service file, the libraries it selects and the problems found so far.
class Resolver {
 public:
  Resolver(const ServiceFile& service, LibraryCatalog& catalog, DiagnosticList& problems,
           std::string_view only_language)
      : m_service(service),
        m_catalog(catalog),
        m_problems(problems),
        m_source(*service.source_text),
        m_only_language(only_language) {}

  ResolvedPledge run();

 private:
  void problem(const Location& where, std::string message) {
    m_problems.add(where, m_source.line(where.line), std::move(message));
  }
  void problem_in(const SourceText& source, const Location& where, std::string message) {
    m_problems.add(where, source.line(where.line), std::move(message));
  }
  // A text written in `own_language` at `own`, with its translations, in each of the pledge's languages;
  // a language it lacks is a problem at `own` in `source` naming `what` and the language (the text itself
  // stands in for it).
  std::vector<LanguageText> in_languages(const std::string& text, std::string_view own_language,
                                         const Location& own, const std::vector<LanguageText>& translations,
                                         const SourceText& source, const std::string& what);
  // Where a group's title is written: in a library or in the service file.
  struct GroupSource {
    const Group* group;
    std::string_view language;
    const SourceText* source;
  };
  // The resolved statements of each group of m_groups, by its index.
  using StatementsByGroup = std::vector<std::vector<ResolvedStatement>>;

  // The steps of run(), in order.
  ResolvedPledge service_fields() const;
  void choose_languages(ResolvedPledge& pledge);
  void select_libraries();
  void collect_groups();
  void add_library_provenance(ResolvedPledge& pledge) const;
  void apply_exclusions(ResolvedPledge& pledge);
  void collect_rewordings();
  void add_library_statements(StatementsByGroup& by_group);
  void add_local_statements(StatementsByGroup& by_group);
  void add_groups_in_order(StatementsByGroup&& by_group, ResolvedPledge& pledge);
  void attach_evidence(ResolvedPledge& pledge);
  void add_asks(ResolvedPledge& pledge);
  void add_leaflet_texts(ResolvedPledge& pledge);

  // The library statement a ref names, or nullptr after reporting why there is none.
  const Statement* find(const std::string& ref, const Location& where, std::string_view action);
  std::optional<std::size_t> group_index(const std::string& id) const;
  // What to tell a team whose added statement names a group that does not exist.
  std::string unknown_group_hint(const std::string& group) const;

  const ServiceFile& m_service;
  LibraryCatalog& m_catalog;
  DiagnosticList& m_problems;
  const SourceText& m_source;
  std::string_view m_only_language;
  std::vector<const Library*> m_libraries;
  std::vector<ResolvedGroup> m_groups;
  std::vector<GroupSource> m_group_sources;  // by the index of m_groups
  std::vector<std::string> m_languages;
  // Lookups by id, so that resolving is not a search per statement (100,000 took 31 s that way).
  std::unordered_map<std::string, std::size_t> m_group_index;              // id -> in m_groups
  std::unordered_map<std::string, const Statement*> m_library_statements;  // ref -> statement
  // Decisions by ref, each checked to name a selected statement and to be made once.
  std::map<std::string, const Exclusion*> m_excluded;
  std::map<std::string, const Rewording*> m_reworded;
};

void Resolver::select_libraries() {
  for (const auto& selection : m_service.libraries) {
    if (!m_catalog.find(selection.id)) {
      problem(selection.location, m_catalog.unknown_library_message(selection.id));
      continue;
    }
    try {
      m_libraries.push_back(&m_catalog.load(selection.id));
    } catch (const Error& e) {
      m_problems.append(e);
      continue;
    }
    for (const auto& statement : m_libraries.back()->statements)
      m_library_statements.emplace(selection.id + "/" + statement.id, &statement);
  }
}

void Resolver::collect_groups() {
  const auto add_group = [&](const Group& group, const GroupSource& source) {
    if (m_group_index.emplace(group.id, m_groups.size()).second) {
      m_groups.push_back(ResolvedGroup{group.id, group.title, {}});
      m_group_sources.push_back(source);
    }
  };
  for (const Library* library : m_libraries) {
    for (const auto& group : library->groups)
      add_group(group, GroupSource{&group, library->language, library->source_text.get()});
  }
  // A service may retitle a library's group (its own words for a value) or declare a new one.
  for (const auto& group : m_service.groups) {
    const GroupSource source{&group, m_service.language, &m_source};
    if (auto i = group_index(group.id)) {
      m_groups[*i].title = group.title;
      m_group_sources[*i] = source;
    } else {
      add_group(group, source);
    }
  }
}

void Resolver::choose_languages(ResolvedPledge& pledge) {
  m_languages = m_service.languages;
  if (m_languages.empty())
    m_languages.push_back(m_service.language);
  if (!m_only_language.empty()) {
    const auto tag = canonical_language_tag(m_only_language);
    if (tag && std::find(m_languages.begin(), m_languages.end(), *tag) != m_languages.end()) {
      m_languages = {*tag};
    } else {
      std::string listed;
      for (const auto& language : m_languages)
        listed += (listed.empty() ? "" : ", ") + language;
      problem(m_service.languages.empty() ? m_source.location(1, 1) : m_service.languages_location,
              "--language " + std::string(m_only_language) +
                  " is not a language of this pledge, which is in " + listed +
                  "; choose one of them, or add it to 'languages:' with translations");
    }
  }
  pledge.languages = m_languages;
}

std::vector<LanguageText> Resolver::in_languages(const std::string& text, std::string_view own_language,
                                                 const Location& own,
                                                 const std::vector<LanguageText>& translations,
                                                 const SourceText& source, const std::string& what) {
  std::vector<LanguageText> out;
  out.reserve(m_languages.size());
  for (const std::string& language : m_languages) {
    if (language == own_language) {
      out.push_back(LanguageText{language, text, own});
    } else if (const LanguageText* translation = find_language(translations, language)) {
      out.push_back(*translation);
    } else {
      problem_in(source, own,
                 what + " has no translation into " + language +
                     ", which the service's 'languages:' lists; add '" + language +
                     ": ...' under its 'translations:'");
      out.push_back(LanguageText{language, text, own});
    }
  }
  return out;
}

std::optional<std::size_t> Resolver::group_index(const std::string& id) const {
  if (auto found = m_group_index.find(id); found != m_group_index.end())
    return found->second;
  return std::nullopt;
}

const Statement* Resolver::find(const std::string& ref, const Location& where, std::string_view action) {
  const auto slash = ref.find('/');
  if (slash == std::string::npos) {
    problem(where, "'" + ref + "' is not a ref: write library/statement, such as " +
                       "'nice-patient-experience/second-opinion' (see 'pledge list LIBRARY')");
    return nullptr;
  }
  const std::string library_id = ref.substr(0, slash);
  const std::string statement_id = ref.substr(slash + 1);
  if (library_id == "local") {
    problem(where, "'" + ref +
                       "' is one of your own statements: change or remove it under 'add:' instead of " +
                       std::string(action) + " it");
    return nullptr;
  }
  auto selected = std::find_if(m_libraries.begin(), m_libraries.end(),
                               [&](const Library* l) { return l->id == library_id; });
  if (selected == m_libraries.end()) {
    const bool listed = std::any_of(m_service.libraries.begin(), m_service.libraries.end(),
                                    [&](const LibrarySelection& s) { return s.id == library_id; });
    if (listed)
      return nullptr;  // already reported: unknown or invalid library
    if (m_catalog.find(library_id)) {
      problem(where, "'" + ref + "' is in library '" + library_id +
                         "', which this service does not select; add '" + library_id +
                         "' to 'libraries:' or remove this entry");
    } else {
      std::vector<std::string> all_refs;
      for (const Library* l : m_libraries) {
        for (const auto& s : l->statements)
          all_refs.push_back(l->id + "/" + s.id);
      }
      std::string hint = did_you_mean(ref, all_refs);
      problem(where, "unknown ref '" + ref + "': there is no library '" + library_id + "'" +
                         (hint.empty() ? did_you_mean(library_id, m_catalog.ids()) : hint));
    }
    return nullptr;
  }
  const Library& library = **selected;
  if (auto found = m_library_statements.find(ref); found != m_library_statements.end())
    return found->second;
  std::string hint = did_you_mean(statement_id, library.statement_ids());
  if (auto best = nearest_name(statement_id, library.statement_ids()))
    hint = "; did you mean '" + library_id + "/" + *best + "'?";
  problem(where, "unknown ref '" + ref + "': library '" + library_id + "' has no statement '" + statement_id +
                     "'" + (hint.empty() ? "; see 'pledge list " + library_id + "'" : hint));
  return nullptr;
}

// The service's own fields, which resolution passes through unchanged.
ResolvedPledge Resolver::service_fields() const {
  ResolvedPledge pledge;
  pledge.service = m_service.service;
  pledge.audience = m_service.audience;
  pledge.staff = m_service.staff;
  pledge.contact = m_service.contact;
  pledge.version = m_service.version;
  pledge.agreed = m_service.agreed;
  pledge.poster = m_service.poster;
  pledge.identity = m_service.identity;
  pledge.words = m_service.words;
  pledge.source_text = m_service.source_text;
  return pledge;
}

void Resolver::add_library_provenance(ResolvedPledge& pledge) const {
  for (const Library* library : m_libraries) {
    pledge.libraries.push_back(LibraryInfo{library->id, library->title, library->source, library->version});
    pledge.glossary.insert(pledge.glossary.end(), library->glossary.begin(), library->glossary.end());
  }
  pledge.glossary.insert(pledge.glossary.end(), m_service.glossary.begin(), m_service.glossary.end());
}

// Each exclusion must name a selected statement, once.
void Resolver::apply_exclusions(ResolvedPledge& pledge) {
  for (const auto& exclusion : m_service.exclude) {
    const Statement* statement = find(exclusion.ref, exclusion.location, "excluding");
    if (!statement)
      continue;
    if (auto [it, fresh] = m_excluded.emplace(exclusion.ref, &exclusion); !fresh) {
      problem(exclusion.location, "'" + exclusion.ref + "' is excluded twice (first on line " +
                                      std::to_string(it->second->location.line) + "); keep one exclusion");
      continue;
    }
    pledge.excluded.push_back(
        ExcludedStatement{exclusion.ref, exclusion.reason, statement->text, exclusion.location});
  }
}

// Each rewording must name a selected statement that is not excluded, once. The new wording replaces the
// library's in add_library_statements.
void Resolver::collect_rewordings() {
  for (const auto& rewording : m_service.reword) {
    if (!find(rewording.ref, rewording.location, "rewording"))
      continue;
    if (auto it = m_excluded.find(rewording.ref); it != m_excluded.end()) {
      problem(rewording.location,
              "'" + rewording.ref + "' is both excluded (line " + std::to_string(it->second->location.line) +
                  ") and reworded; remove the exclusion to keep it in your words, or the rewording "
                  "to cross it off");
      continue;
    }
    if (auto [it, fresh] = m_reworded.emplace(rewording.ref, &rewording); !fresh) {
      problem(rewording.location, "'" + rewording.ref + "' is reworded twice (first on line " +
                                      std::to_string(it->second->location.line) + "); keep one wording");
    }
  }
}

// Every statement of the selected libraries that is not excluded, in library order, in the team's words
// where it is reworded.
void Resolver::add_library_statements(StatementsByGroup& by_group) {
  for (const Library* library : m_libraries) {
    for (const auto& statement : library->statements) {
      const std::string ref = library->id + "/" + statement.id;
      if (m_excluded.count(ref))
        continue;
      const std::size_t g = *group_index(statement.group);
      ResolvedStatement out{
          ref, statement.group, m_groups[g].title,  statement.text,          StatementStatus::kept,
          {},  statement.refs,  statement.evidence, statement.text_location, nullptr,
          {}};
      if (auto it = m_reworded.find(ref); it != m_reworded.end()) {
        const Rewording& rewording = *it->second;
        out.status = StatementStatus::reworded;
        out.original = statement.text;
        out.texts = in_languages(rewording.text, m_service.language, rewording.text_location,
                                 rewording.translations, m_source, "the rewording of '" + ref + "'");
      } else {
        out.texts = in_languages(statement.text, library->language, statement.text_location,
                                 statement.translations, *library->source_text, "statement '" + ref + "'");
      }
      out.text = out.texts.front().text;
      out.text_location = out.texts.front().location;
      by_group[g].push_back(std::move(out));
    }
  }
}

std::string Resolver::unknown_group_hint(const std::string& group) const {
  std::vector<std::string> ids;
  for (const auto& g : m_groups)
    ids.push_back(g.id);
  std::string hint = did_you_mean(group, ids);
  if (!hint.empty())
    return hint;
  hint = "; declare it under 'groups:' with an id and a title";
  if (!ids.empty()) {
    std::string list;
    for (const auto& id : ids)
      list += (list.empty() ? "" : ", ") + id;
    hint += ", or use one of: " + list;
  }
  return hint;
}

// The team's own statements, after the library statements of their group.
void Resolver::add_local_statements(StatementsByGroup& by_group) {
  for (const auto& local : m_service.add) {
    auto g = group_index(local.group);
    if (!g) {
      problem(local.group_location,
              "group '" + local.group + "' of 'local/" + local.id +
                  "' is not a group of the selected libraries nor declared under 'groups:'" +
                  unknown_group_hint(local.group));
      continue;
    }
    ResolvedStatement out{"local/" + local.id,
                          local.group,
                          m_groups[*g].title,
                          local.text,
                          StatementStatus::added,
                          {},
                          local.refs,
                          local.evidence,
                          local.text_location,
                          nullptr,
                          {}};
    out.texts = in_languages(local.text, m_service.language, local.text_location, local.translations,
                             m_source, "'local/" + local.id + "'");
    out.text = out.texts.front().text;
    out.text_location = out.texts.front().location;
    by_group[*g].push_back(std::move(out));
  }
}

// The pledge reads group by group, in group order; a group left with no statements is not printed.
void Resolver::add_groups_in_order(StatementsByGroup&& by_group, ResolvedPledge& pledge) {
  for (std::size_t g = 0; g < m_groups.size(); ++g) {
    if (by_group[g].empty())
      continue;
    ResolvedGroup group = m_groups[g];
    const GroupSource& source = m_group_sources[g];
    group.titles =
        in_languages(source.group->title, source.language, source.group->title_location,
                     source.group->translations, *source.source, "the title of group '" + group.id + "'");
    group.title = group.titles.front().text;
    for (auto& statement : by_group[g]) {
      statement.group_title = group.title;
      pledge.statements.push_back(std::move(statement));
    }
    pledge.groups.push_back(std::move(group));
  }
}

// Evidence records attach to statements of the pledge; a record for anything else is a mistake to report.
void Resolver::attach_evidence(ResolvedPledge& pledge) {
  std::unordered_map<std::string_view, ResolvedStatement*> by_ref;
  if (!m_service.evidence.empty()) {
    for (auto& statement : pledge.statements)
      by_ref.emplace(statement.ref, &statement);
  }
  for (const auto& record : m_service.evidence) {
    if (auto it = by_ref.find(record.ref); it != by_ref.end()) {
      it->second->record = &record;
      continue;
    }
    if (m_excluded.count(record.ref)) {
      problem(record.location,
              "'" + record.ref + "' is excluded, so it has no evidence to record; remove this record");
      continue;
    }
    std::vector<std::string> all;
    for (const auto& s : pledge.statements)
      all.push_back(s.ref);
    problem(record.location, "evidence for '" + record.ref + "', which is not a statement of this pledge" +
                                 did_you_mean(record.ref, all));
  }
}

void Resolver::add_asks(ResolvedPledge& pledge) {
  for (std::size_t i = 0; i < m_service.asks.size(); ++i) {
    const Ask& ask = m_service.asks[i];
    ResolvedAsk out;
    out.texts = in_languages(ask.text, m_service.language, ask.location, ask.translations, m_source,
                             "ask " + std::to_string(i + 1) + " ('" + ask.text + "')");
    out.text = out.texts.front().text;
    out.location = out.texts.front().location;
    pledge.asks.push_back(std::move(out));
  }
}

void Resolver::add_leaflet_texts(ResolvedPledge& pledge) {
  for (const LeafletText& text : m_service.leaflet) {
    pledge.leaflet.push_back(ResolvedLeafletText{
        text.panel, text.part,
        in_languages(text.text, m_service.language, text.location, text.translations, m_source,
                     "the " + text.part + " of the leaflet's '" + text.panel + "' panel")});
  }
}

ResolvedPledge Resolver::run() {
  ResolvedPledge pledge = service_fields();
  choose_languages(pledge);
  select_libraries();
  collect_groups();
  add_library_provenance(pledge);
  apply_exclusions(pledge);
  collect_rewordings();
  StatementsByGroup by_group(m_groups.size());
  add_library_statements(by_group);
  add_local_statements(by_group);
  add_groups_in_order(std::move(by_group), pledge);
  attach_evidence(pledge);
  add_asks(pledge);
  add_leaflet_texts(pledge);
  if (pledge.statements.empty() && m_problems.empty()) {
    problem(m_source.location(1, 1),
            "the pledge has no statements: every selected statement is excluded; keep or add at least one");
  }
  return pledge;
}

}  // namespace

ResolvedPledge resolve(std::shared_ptr<const SourceText> service_source, LibraryCatalog& catalog) {
  DiagnosticList problems;
  ServiceFile service = read_service_file(std::move(service_source), problems);
  return resolve(std::move(service), std::move(problems), catalog);
}

ResolvedPledge resolve(ServiceFile service_file, DiagnosticList problems, LibraryCatalog& catalog,
                       std::string_view only_language) {
  auto service = std::make_shared<const ServiceFile>(std::move(service_file));
  ResolvedPledge pledge = Resolver(*service, catalog, problems, only_language).run();
  pledge.service_file = service;  // keeps the evidence records the statements point to alive
  problems.throw_if_any();
  return pledge;
}

ResolvedPledge resolve_file(const std::filesystem::path& service_path, LibraryCatalog& catalog,
                            std::string_view only_language) {
  DiagnosticList problems;
  ServiceFile service =
      read_service_file(std::make_shared<const SourceText>(SourceText::read(service_path)), problems);
  return resolve(std::move(service), std::move(problems), catalog, only_language);
}

void resolve_each(const std::vector<std::filesystem::path>& service_paths, LibraryCatalog& catalog,
                  const std::function<void(const ResolvedPledge&)>& take) {
  DiagnosticList problems;
  for (const auto& path : service_paths) {
    try {
      take(resolve_file(path, catalog));
    } catch (const Error& e) {
      problems.append(e);
    }
  }
  problems.throw_if_any();
}

const ResolvedLeafletText* leaflet_text(const ResolvedPledge& pledge, std::string_view panel,
                                        std::string_view part) {
  for (const ResolvedLeafletText& text : pledge.leaflet) {
    if (text.panel == panel && text.part == part)
      return &text;
  }
  return nullptr;
}

std::string version_line(const ResolvedPledge& pledge) {
  std::string line;
  if (!pledge.version.empty())
    line = "Version " + pledge.version;
  if (pledge.agreed)
    line += (line.empty() ? "Agreed " : ", agreed ") + long_text(*pledge.agreed);
  return line;
}

}  // namespace pledge
