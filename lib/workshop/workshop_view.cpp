#include "workshop/workshop_view.hpp"

#include <algorithm>
#include <map>

#include "base/name_table.hpp"

namespace pledge::workshop {

namespace {

// Each decision's name in the page's JSON, and the badge the page shows for it.
struct DecisionName {
  std::string_view name;
  Decision value;
  std::string_view badge;
};

const NameTable<DecisionName> decision_names("decision",
                                             {
                                                 {"kept", Decision::kept, "Kept"},
                                                 {"reworded", Decision::reworded, "Reworded"},
                                                 {"crossed-off", Decision::crossed_off, "Crossed off"},
                                                 {"added", Decision::added, "Added by the team"},
                                             });

}  // namespace

std::string_view to_string(Decision decision) {
  return decision_names.name_of(decision);
}

std::string_view badge(Decision decision) {
  for (const auto& row : decision_names.rows()) {
    if (row.value == decision)
      return row.badge;
  }
  return "";
}

namespace {

Decision decision_of(StatementStatus status) {
  switch (status) {
    case StatementStatus::kept:
      return Decision::kept;
    case StatementStatus::reworded:
      return Decision::reworded;
    case StatementStatus::added:
      return Decision::added;
  }
  return Decision::kept;
}

}  // namespace

WorkshopView workshop_view(const ResolvedPledge& pledge, LibraryCatalog& catalog,
                           const lint::LintReport& report) {
  WorkshopView view;
  view.service = pledge.service;
  view.audience = pledge.audience;

  // Groups as the resolver orders them: the libraries' groups, then the service's own; the service may
  // retitle a library's group.
  auto group_of = [&](const std::string& id) -> ViewGroup& {
    auto it =
        std::find_if(view.groups.begin(), view.groups.end(), [&](const ViewGroup& g) { return g.id == id; });
    if (it != view.groups.end())
      return *it;
    return view.groups.emplace_back(ViewGroup{id, id, {}});
  };
  std::vector<const Library*> libraries;
  for (const auto& info : pledge.libraries) {
    const Library& library = catalog.load(info.id);
    libraries.push_back(&library);
    for (const auto& group : library.groups) {
      ViewGroup& g = group_of(group.id);
      if (g.title == g.id)
        g.title = group.title;
    }
  }
  if (pledge.service_file) {
    for (const auto& group : pledge.service_file->groups)
      group_of(group.id).title = group.title;
  }

  std::map<std::string, std::vector<lint::Finding>> findings;
  for (const auto& finding : report.findings)
    findings[finding.ref].push_back(finding);
  auto take_findings = [&](ViewStatement& statement) {
    if (auto it = findings.find(statement.ref); it != findings.end()) {
      statement.findings = std::move(it->second);
      findings.erase(it);
    }
  };

  std::map<std::string, const ResolvedStatement*> in_pledge;
  for (const auto& statement : pledge.statements)
    in_pledge[statement.ref] = &statement;
  std::map<std::string, const ExcludedStatement*> excluded;
  for (const auto& x : pledge.excluded)
    excluded[x.ref] = &x;

  for (const Library* library : libraries) {
    for (const auto& statement : library->statements) {
      ViewStatement out;
      out.ref = library->id + "/" + statement.id;
      out.original = statement.text;
      out.text = statement.text;
      if (auto x = excluded.find(out.ref); x != excluded.end()) {
        out.decision = Decision::crossed_off;
        out.reason = x->second->reason;
      } else if (auto s = in_pledge.find(out.ref); s != in_pledge.end()) {
        out.decision = decision_of(s->second->status);
        out.text = s->second->text;
      }
      take_findings(out);
      group_of(statement.group).statements.push_back(std::move(out));
    }
  }
  for (const auto& statement : pledge.statements) {
    if (statement.status != StatementStatus::added)
      continue;
    ViewStatement out{statement.ref, Decision::added, statement.text, {}, {}, {}};
    take_findings(out);
    group_of(statement.group).statements.push_back(std::move(out));
  }
  for (std::size_t i = 0; i < pledge.asks.size(); ++i) {
    ViewAsk ask{"asks/" + std::to_string(i + 1), i + 1, pledge.asks[i].text, {}};
    if (auto it = findings.find(ask.ref); it != findings.end()) {
      ask.findings = std::move(it->second);
      findings.erase(it);
    }
    view.asks.push_back(std::move(ask));
  }
  view.language = pledge.service_file ? pledge.service_file->language : std::string(default_language);
  view.languages = pledge.service_file && !pledge.service_file->languages.empty()
                       ? pledge.service_file->languages
                       : std::vector<std::string>{view.language};
  for (auto& [ref, rest] : findings)
    view.findings.insert(view.findings.end(), rest.begin(), rest.end());
  return view;
}

void add_translations(WorkshopView& view, const ResolvedPledge& pledge, LibraryCatalog& catalog) {
  if (!pledge.service_file || view.languages.size() < 2)
    return;
  const ServiceFile& file = *pledge.service_file;
  for (auto& group : view.groups) {
    for (auto& statement : group.statements) {
      if (statement.decision == Decision::crossed_off)
        continue;
      // Where this statement's wording and its translations are written, and in which language.
      const std::vector<LanguageText>* translations = nullptr;
      std::string own = file.language;
      std::string own_text = statement.text;
      Location own_location;
      bool editable = true;
      if (statement.decision == Decision::added) {
        const std::string id = statement.ref.substr(6);
        for (const auto& local : file.add) {
          if (local.id == id)
            translations = &local.translations;
        }
      } else if (statement.decision == Decision::reworded) {
        for (const auto& rewording : file.reword) {
          if (rewording.ref == statement.ref)
            translations = &rewording.translations;
        }
      } else {
        editable = false;
        const std::size_t slash = statement.ref.find('/');
        const Library& library = catalog.load(statement.ref.substr(0, slash));
        own = library.language;
        for (const auto& s : library.statements) {
          if (s.id == statement.ref.substr(slash + 1)) {
            translations = &s.translations;
            own_text = s.text;
            own_location = s.text_location;
          }
        }
      }
      for (const auto& language : view.languages) {
        if (language == view.language)
          continue;
        ViewTranslation t{language, {}, {}, editable, {}};
        if (language == own) {
          t.text = own_text;
          t.location = own_location;
        } else if (translations) {
          if (const LanguageText* found = find_language(*translations, language)) {
            t.text = found->text;
            t.location = found->location;
          }
        }
        statement.translations.push_back(std::move(t));
      }
    }
  }
}

std::vector<lint::StatementText> translations_in(const WorkshopView& view, const std::string& language) {
  std::vector<lint::StatementText> out;
  for (const auto& group : view.groups) {
    for (const auto& statement : group.statements) {
      for (const auto& t : statement.translations) {
        if (t.language == language && !t.text.empty())
          out.push_back(lint::StatementText{statement.ref, t.text, t.location, language});
      }
    }
  }
  return out;
}

void take_translation_findings(WorkshopView& view, const std::string& language,
                               const lint::LintReport& report) {
  for (const auto& finding : report.findings) {
    bool placed = false;
    for (auto& group : view.groups) {
      for (auto& statement : group.statements) {
        if (statement.ref != finding.ref)
          continue;
        for (auto& t : statement.translations) {
          if (t.language == language) {
            t.findings.push_back(finding);
            placed = true;
          }
        }
      }
    }
    if (!placed)
      view.findings.push_back(finding);  // about the statements in that language as a whole
  }
}

}  // namespace pledge::workshop
