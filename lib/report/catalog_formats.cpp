#include "report/catalog_formats.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "report/json_document.hpp"

namespace pledge::report {

namespace {

using Json = nlohmann::ordered_json;

std::string libraries_text(const std::vector<const Library*>& libraries) {
  std::size_t width = 7;
  for (const Library* l : libraries)
    width = std::max(width, l->id.size());
  std::string out = fmt::format("{:<{}}  {:>10}  {}\n", "LIBRARY", width, "STATEMENTS", "TITLE");
  for (const Library* l : libraries)
    out += fmt::format("{:<{}}  {:>10}  {}\n", l->id, width, l->statements.size(), l->title);
  return out;
}

std::string libraries_json(const std::vector<const Library*>& libraries) {
  Json out = Json::array();
  for (const Library* l : libraries) {
    out.push_back({{"id", l->id},
                   {"title", l->title},
                   {"source", l->source},
                   {"version", l->version},
                   {"statements", l->statements.size()},
                   {"path", l->source_text->name()}});
  }
  return json_document(out);
}

std::string statements_text(const Library& library) {
  std::string out = fmt::format("{}: {}\n", library.id, library.title);
  out += fmt::format("Source: {}{}\n", library.source,
                     library.version.empty() ? "" : " (" + library.version + ")");
  for (const auto& group : library.groups) {
    out += fmt::format("\n{}\n", group.title);
    for (const auto& s : library.statements) {
      if (s.group == group.id)
        out += fmt::format("  {}/{}\n      {}\n", library.id, s.id, s.text);
    }
  }
  return out;
}

std::string statements_json(const Library& library) {
  Json out = Json::array();
  for (const auto& s : library.statements) {
    out.push_back({{"ref", library.id + "/" + s.id},
                   {"group", s.group},
                   {"group_title", library.find_group(s.group)->title},
                   {"text", s.text}});
  }
  return json_document(out);
}

std::string defined_at(const Statement& s) {
  return fmt::format("{}:{}", s.location.file, s.location.line);
}

std::string statement_text(const Library& library, const Statement& s) {
  std::string out = fmt::format("{}/{}\n\n  {}\n\n", library.id, s.id, s.text);
  out += fmt::format("Group:     {}\n", library.find_group(s.group)->title);
  out += fmt::format("Library:   {} ({})\n", library.title, library.id);
  out +=
      fmt::format("Source:    {}{}\n", library.source, library.version.empty() ? "" : ", " + library.version);
  if (!s.refs.empty())
    out += fmt::format("Refs:      {}\n", fmt::join(s.refs, "; "));
  for (std::size_t i = 0; i < s.evidence.size(); ++i)
    out += fmt::format("{}{}\n", i == 0 ? "Evidence:  - " : "           - ", s.evidence[i]);
  out += fmt::format("Defined:   {}\n", defined_at(s));
  return out;
}

std::string statement_json(const Library& library, const Statement& s) {
  const Group& group = *library.find_group(s.group);
  return json_document(Json{{"ref", library.id + "/" + s.id},
                            {"library", library.id},
                            {"library_title", library.title},
                            {"source", library.source},
                            {"version", library.version},
                            {"group", group.id},
                            {"group_title", group.title},
                            {"text", s.text},
                            {"refs", s.refs},
                            {"evidence", s.evidence},
                            {"defined_at", defined_at(s)}});
}

}  // namespace

const NameTable<ListFormat> list_formats(
    "format", {
                  {"text", "for people: a table of libraries, or a library's statements by group",
                   libraries_text, statements_text},
                  {"json", "for programs and shell completion", libraries_json, statements_json},
              });

const NameTable<ShowFormat> show_formats("format", {
                                                       {"text", "for people", statement_text},
                                                       {"json", "for programs", statement_json},
                                                   });

}  // namespace pledge::report
