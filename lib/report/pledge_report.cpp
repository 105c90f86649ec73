#include "report/pledge_report.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>

#include "base/utf8.hpp"
#include "report/json_document.hpp"
#include "report/markdown.hpp"

namespace pledge::report {

namespace {

// A pledge in British English alone reads as it always has; one in other languages, or in several, says which
// text is in which language.
bool names_languages(const ResolvedPledge& pledge) {
  return pledge.languages.size() > 1 ||
         (pledge.languages.size() == 1 && pledge.languages[0] != default_language);
}

nlohmann::ordered_json json_texts(const std::vector<LanguageText>& texts) {
  nlohmann::ordered_json out = nlohmann::ordered_json::object();
  for (const auto& t : texts)
    out[t.language] = t.text;
  return out;
}

void yaml_texts(YAML::Emitter& out, const char* key, const std::vector<LanguageText>& texts) {
  out << YAML::Key << key << YAML::Value << YAML::BeginMap;
  for (const auto& t : texts)
    out << YAML::Key << YAML::DoubleQuoted << t.language << YAML::Value << YAML::DoubleQuoted << t.text;
  out << YAML::EndMap;
}

// "Gofal (cy) / Care (en-GB)"
std::string each_language(const std::vector<LanguageText>& texts) {
  std::string out;
  for (const auto& t : texts)
    out += (out.empty() ? "" : " / ") + t.text + " (" + t.language + ")";
  return out;
}

// The group of each statement, by its index in pledge.statements, found once for every format: statements
// come in their groups, so the groups are searched only where the group changes. A statement in a group the
// pledge does not list has none.
std::vector<const ResolvedGroup*> group_of_each(const ResolvedPledge& pledge) {
  std::vector<const ResolvedGroup*> out;
  out.reserve(pledge.statements.size());
  auto at = pledge.groups.end();
  for (const auto& s : pledge.statements) {
    if (at == pledge.groups.end() || at->id != s.group) {
      at = std::find_if(pledge.groups.begin(), pledge.groups.end(),
                        [&](const ResolvedGroup& g) { return g.id == s.group; });
    }
    out.push_back(at == pledge.groups.end() ? nullptr : &*at);
  }
  return out;
}

// The titles of `group` in each of the pledge's languages; none for no group.
const std::vector<LanguageText>& titles_of(const ResolvedGroup* group) {
  static const std::vector<LanguageText> none;
  return group ? group->titles : none;
}

std::string to_json(const ResolvedPledge& pledge) {
  const bool languages = names_languages(pledge);
  nlohmann::ordered_json out;
  out["service"] = pledge.service;
  out["audience"] = pledge.audience;
  if (languages)
    out["languages"] = pledge.languages;
  out["version"] = pledge.version;
  out["agreed"] = pledge.agreed ? iso_text(*pledge.agreed) : std::string();
  out["statements"] = nlohmann::ordered_json::array();
  const std::vector<const ResolvedGroup*> groups = group_of_each(pledge);
  for (std::size_t i = 0; i < pledge.statements.size(); ++i) {
    const ResolvedStatement& s = pledge.statements[i];
    nlohmann::ordered_json item;
    item["ref"] = s.ref;
    item["group"] = s.group;
    item["group_title"] = s.group_title;
    item["text"] = s.text;
    if (languages) {
      item["group_titles"] = json_texts(titles_of(groups[i]));
      item["texts"] = json_texts(s.texts);
    }
    item["status"] = std::string(to_string(s.status));
    if (s.status == StatementStatus::reworded)
      item["original"] = s.original;
    out["statements"].push_back(std::move(item));
  }
  out["excluded"] = nlohmann::ordered_json::array();
  for (const auto& e : pledge.excluded) {
    out["excluded"].push_back(nlohmann::ordered_json{{"ref", e.ref}, {"reason", e.reason}});
  }
  if (!pledge.asks.empty()) {  // left out when there are none, as the service file leaves them out
    out["asks"] = nlohmann::ordered_json::array();
    for (const auto& ask : pledge.asks) {
      if (languages)
        out["asks"].push_back(nlohmann::ordered_json{{"text", ask.text}, {"texts", json_texts(ask.texts)}});
      else
        out["asks"].push_back(ask.text);
    }
  }
  if (!pledge.leaflet.empty()) {  // left out when the service sets none of the leaflet's texts
    out["leaflet"] = nlohmann::ordered_json::object();
    for (const auto& text : pledge.leaflet) {
      if (languages)
        out["leaflet"][text.panel][text.part] = json_texts(text.texts);
      else
        out["leaflet"][text.panel][text.part] = text.texts.front().text;
    }
  }
  return json_document(out);
}

// Every value double-quoted: a plain `2.10`, `yes`, `off`, `~` or `2026-03-03` is read back by YAML readers
// as a number, a boolean, null or a date, not the text the service wrote.
std::string to_yaml(const ResolvedPledge& pledge) {
  const bool languages = names_languages(pledge);
  YAML::Emitter out;
  const auto field = [&](std::string_view key, const std::string& value) {
    out << YAML::Key << std::string(key) << YAML::Value << YAML::DoubleQuoted << value;
  };
  out << YAML::BeginMap;
  field("service", pledge.service);
  field("audience", pledge.audience);
  if (languages) {
    out << YAML::Key << "languages" << YAML::Value << YAML::Flow << YAML::BeginSeq;
    for (const auto& language : pledge.languages)
      out << YAML::DoubleQuoted << language;
    out << YAML::EndSeq;
  }
  field("version", pledge.version);
  field("agreed", pledge.agreed ? iso_text(*pledge.agreed) : std::string());
  out << YAML::Key << "statements" << YAML::Value << YAML::BeginSeq;
  const std::vector<const ResolvedGroup*> groups = group_of_each(pledge);
  for (std::size_t i = 0; i < pledge.statements.size(); ++i) {
    const ResolvedStatement& s = pledge.statements[i];
    out << YAML::BeginMap;
    field("ref", s.ref);
    field("group", s.group);
    field("group_title", s.group_title);
    field("text", s.text);
    if (languages) {
      yaml_texts(out, "group_titles", titles_of(groups[i]));
      yaml_texts(out, "texts", s.texts);
    }
    field("status", std::string(to_string(s.status)));
    if (s.status == StatementStatus::reworded)
      field("original", s.original);
    out << YAML::EndMap;
  }
  out << YAML::EndSeq;
  out << YAML::Key << "excluded" << YAML::Value << YAML::BeginSeq;
  for (const auto& e : pledge.excluded) {
    out << YAML::BeginMap;
    field("ref", e.ref);
    field("reason", e.reason);
    out << YAML::EndMap;
  }
  out << YAML::EndSeq;
  if (!pledge.asks.empty()) {
    out << YAML::Key << "asks" << YAML::Value << YAML::BeginSeq;
    for (const auto& ask : pledge.asks) {
      if (languages) {
        out << YAML::BeginMap;
        field("text", ask.text);
        yaml_texts(out, "texts", ask.texts);
        out << YAML::EndMap;
      } else {
        out << YAML::DoubleQuoted << ask.text;
      }
    }
    out << YAML::EndSeq;
  }
  if (!pledge.leaflet.empty()) {
    out << YAML::Key << "leaflet" << YAML::Value << YAML::BeginMap;
    for (std::size_t i = 0; i < pledge.leaflet.size(); ++i) {
      const ResolvedLeafletText& text = pledge.leaflet[i];
      if (i == 0 || pledge.leaflet[i - 1].panel != text.panel)
        out << YAML::Key << text.panel << YAML::Value << YAML::BeginMap;
      if (languages)
        yaml_texts(out, text.part.c_str(), text.texts);
      else
        field(text.part, text.texts.front().text);
      if (i + 1 == pledge.leaflet.size() || pledge.leaflet[i + 1].panel != text.panel)
        out << YAML::EndMap;
    }
    out << YAML::EndMap;
  }
  out << YAML::EndMap;
  return std::string(out.c_str()) + "\n";
}

// Text for a terminal: group headings, then each statement with its status and ref, originals indented. Every
// value with its control characters escaped (see escape_control_characters).
std::string to_text(const ResolvedPledge& pledge) {
  const bool languages = names_languages(pledge);
  const auto shown = [](const std::string& value) { return escape_control_characters(value); };
  std::string out = "Our pledge: " + shown(pledge.service) + "\n";
  if (!pledge.audience.empty())
    out += "For: " + shown(pledge.audience) + "\n";
  if (const std::string version = version_line(pledge); !version.empty())
    out += shown(version) + "\n";
  if (languages) {
    out += "Languages:";
    for (const auto& language : pledge.languages)
      out += " " + language;
    out += "\n";
  }
  const std::vector<const ResolvedGroup*> groups = group_of_each(pledge);
  for (std::size_t i = 0; i < pledge.statements.size(); ++i) {
    const ResolvedStatement& s = pledge.statements[i];
    if (i == 0 || s.group != pledge.statements[i - 1].group)
      out += "\n" + shown(languages ? each_language(titles_of(groups[i])) : s.group_title) + "\n";
    if (languages) {
      for (std::size_t t = 0; t < s.texts.size(); ++t)
        out += (t == 0 ? "  - " : "    ") + s.texts[t].language + ": " + shown(s.texts[t].text) + "\n";
    } else {
      out += "  - " + shown(s.text) + "\n";
    }
    out += "      " + std::string(to_string(s.status)) + ": " + s.ref + "\n";
    if (s.status == StatementStatus::reworded)
      out += "      was: " + shown(s.original) + "\n";
  }
  if (!pledge.excluded.empty()) {
    out += "\nExcluded\n";
    for (const auto& e : pledge.excluded) {
      out += "  - " + e.ref + "\n      reason: " + shown(e.reason) + "\n";
    }
  }
  if (!pledge.asks.empty()) {
    out += "\nWhat we ask of you\n";
    for (const auto& ask : pledge.asks) {
      if (languages) {
        for (std::size_t i = 0; i < ask.texts.size(); ++i)
          out += (i == 0 ? "  - " : "    ") + ask.texts[i].language + ": " + shown(ask.texts[i].text) + "\n";
      } else {
        out += "  - " + shown(ask.text) + "\n";
      }
    }
  }
  if (!pledge.leaflet.empty()) {
    out += "\nOn the leaflet\n";
    for (const auto& text : pledge.leaflet) {
      const std::string label = "  " + text.panel + " " + text.part + ":";
      if (languages) {
        out += label + "\n";
        for (const auto& t : text.texts)
          out += "    " + t.language + ": " + shown(t.text) + "\n";
      } else {
        out += label + " " + shown(text.texts.front().text) + "\n";
      }
    }
  }
  out += "\n" + std::to_string(pledge.statements.size()) + " statements (";
  std::size_t counts[3] = {0, 0, 0};
  for (const auto& s : pledge.statements)
    ++counts[static_cast<int>(s.status)];
  out += std::to_string(counts[0]) + " kept, " + std::to_string(counts[1]) + " reworded, " +
         std::to_string(counts[2]) + " added), " + std::to_string(pledge.excluded.size()) + " excluded\n";
  return out;
}

std::string to_markdown(const ResolvedPledge& pledge) {
  const bool languages = names_languages(pledge);
  std::string out = "# Our pledge: " + markdown_escape(pledge.service) + "\n";
  if (!pledge.audience.empty())
    out += "\nFor: " + markdown_escape(pledge.audience) + "\n";
  if (const std::string version = version_line(pledge); !version.empty())
    out += "\n" + markdown_escape(version) + "\n";
  if (languages) {
    std::string list;
    for (const auto& language : pledge.languages)
      list += (list.empty() ? "" : ", ") + language;
    out += "\nLanguages: " + list + "\n";
  }
  const std::vector<const ResolvedGroup*> groups = group_of_each(pledge);
  for (std::size_t i = 0; i < pledge.statements.size(); ++i) {
    const ResolvedStatement& s = pledge.statements[i];
    if (i == 0 || s.group != pledge.statements[i - 1].group)
      out +=
          "\n## " + markdown_escape(languages ? each_language(titles_of(groups[i])) : s.group_title) + "\n\n";
    const std::string comment = " <!-- " + std::string(to_string(s.status)) + ": " + s.ref + " -->\n";
    if (!languages) {
      out += "- " + markdown_escape(s.text) + comment;
      continue;
    }
    for (std::size_t t = 0; t < s.texts.size(); ++t) {
      out += (t == 0 ? "- " : "  ") + std::string("**") + s.texts[t].language + ":** " +
             markdown_escape(s.texts[t].text) + (t == 0 ? comment : "\n");
    }
  }
  if (!pledge.excluded.empty()) {
    out += "\n## Not included\n\n| Statement | Reason |\n|---|---|\n";
    for (const auto& e : pledge.excluded)
      out += "| " + e.ref + " | " + markdown_escape(e.reason) + " |\n";
  }
  if (!pledge.asks.empty()) {
    out += "\n## What we ask of you\n\n";
    for (const auto& ask : pledge.asks) {
      if (!languages) {
        out += "- " + markdown_escape(ask.text) + "\n";
        continue;
      }
      for (std::size_t i = 0; i < ask.texts.size(); ++i) {
        out += (i == 0 ? "- " : "  ") + std::string("**") + ask.texts[i].language + ":** " +
               markdown_escape(ask.texts[i].text) + "\n";
      }
    }
  }
  if (!pledge.leaflet.empty()) {
    out += "\n## On the leaflet\n\n";
    for (const auto& text : pledge.leaflet) {
      const std::string label = "- " + text.panel + " " + text.part + ":";
      if (!languages) {
        out += label + " " + markdown_escape(text.texts.front().text) + "\n";
        continue;
      }
      out += label + "\n";
      for (const auto& t : text.texts)
        out += "  **" + t.language + ":** " + markdown_escape(t.text) + "\n";
    }
  }
  return out;
}

}  // namespace

const NameTable<ResolveFormat> resolve_formats(
    "format", {
                  {"text", "for people at a terminal: each statement with its status and ref", to_text},
                  {"json", "for programs", to_json},
                  {"yaml", "for programs and people who read YAML", to_yaml},
                  {"markdown", "for a wiki or a pull request", to_markdown},
              });

}  // namespace pledge::report
