#include "report/catalog_formats.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "base/calendar_date.hpp"
#include "report/json_document.hpp"

namespace pledge::report {

namespace {

using Json = nlohmann::ordered_json;

std::string libraries_text(const std::vector<const Library*>& libraries) {
  std::size_t width = 7;
  std::size_t version_width = 7;
  for (const Library* l : libraries) {
    width = std::max(width, l->id.size());
    version_width = std::max(version_width, l->version.size());
  }
  std::string out = fmt::format("{:<{}}  {:>10}  {:<{}}  {}\n", "LIBRARY", width, "STATEMENTS", "VERSION",
                                version_width, "TITLE");
  for (const Library* l : libraries) {
    out += fmt::format("{:<{}}  {:>10}  {:<{}}  {}\n", l->id, width, l->statements.size(),
                       l->version.empty() ? "-" : l->version, version_width, l->title);
  }
  return out;
}

std::string libraries_json(const std::vector<const Library*>& libraries) {
  Json out = Json::array();
  for (const Library* l : libraries) {
    out.push_back({{"id", l->id},
                   {"title", l->title},
                   {"source", l->source},
                   {"version", l->version},
                   {"address", l->addresses},
                   {"read", l->read ? iso_text(*l->read) : std::string()},
                   {"licence", l->licence},
                   {"statements", l->statements.size()},
                   {"path", l->source_text->name()}});
  }
  return json_document(out);
}

std::string statements_text(const Library& library) {
  std::string out = fmt::format("{}: {}\n", library.id, library.title);
  out += fmt::format("Source: {}{}\n", library.source,
                     library.version.empty() ? "" : " (" + library.version + ")");
  if (!library.addresses.empty()) {
    out += fmt::format("Read{} from:\n", library.read ? " " + long_text(*library.read) : std::string());
    for (const auto& address : library.addresses)
      out += fmt::format("  {}\n", address);
  } else if (library.read) {
    out += fmt::format("Read {}\n", long_text(*library.read));
  }
  if (!library.licence.empty())
    out += fmt::format("Licence: {}\n", library.licence);
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
