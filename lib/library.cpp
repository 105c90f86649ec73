#include "library.hpp"

#include <algorithm>

#include "nearest_name.hpp"
#include "yaml_reader.hpp"

namespace pledge {

using Need = MappingReader::Need;

const Statement* Library::find_statement(std::string_view statement_id) const {
  auto it = std::find_if(statements.begin(), statements.end(),
                         [&](const Statement& s) { return s.id == statement_id; });
  return it == statements.end() ? nullptr : &*it;
}

const Group* Library::find_group(std::string_view group_id) const {
  auto it = std::find_if(groups.begin(), groups.end(), [&](const Group& g) { return g.id == group_id; });
  return it == groups.end() ? nullptr : &*it;
}

std::vector<std::string> Library::statement_ids() const {
  std::vector<std::string> ids;
  ids.reserve(statements.size());
  for (const auto& s : statements)
    ids.push_back(s.id);
  return ids;
}

namespace {

std::vector<std::string> group_ids(const Library& library) {
  std::vector<std::string> ids;
  for (const auto& g : library.groups)
    ids.push_back(g.id);
  return ids;
}

void read_groups(MappingReader& file, const SourceText& source, DiagnosticList& problems, Library& library) {
  for (const auto& item : file.list("groups", Need::required)) {
    MappingReader group(item, source, problems, "group", {"id", "title"});
    if (!group.is_mapping())
      continue;
    auto id = group.id("id", Need::required);
    auto title = group.text("title", Need::required);
    if (!id)
      continue;
    if (library.find_group(*id)) {
      group.problem(group.value("id", Need::optional),
                    "duplicate group id '" + *id + "'; each group needs its own id");
      continue;
    }
    library.groups.push_back(Group{*id, title.value_or(*id), group.location()});
  }
}

void read_statements(MappingReader& file, const SourceText& source, DiagnosticList& problems,
                     Library& library) {
  for (const auto& item : file.list("statements", Need::required)) {
    MappingReader statement(item, source, problems, "statement", {"id", "group", "text", "refs", "evidence"});
    if (!statement.is_mapping())
      continue;
    auto id = statement.id("id", Need::required);
    auto group = statement.id("group", Need::required);
    auto text = statement.text("text", Need::required);
    auto refs = statement.texts("refs", Need::optional);
    auto evidence = statement.texts("evidence", Need::optional);
    if (group && !library.find_group(*group)) {
      statement.problem(statement.value("group", Need::optional),
                        "statement is in group '" + *group + "', which is not declared under 'groups:'" +
                            did_you_mean(*group, group_ids(library)));
    }
    if (id && library.find_statement(*id)) {
      statement.problem(statement.value("id", Need::optional),
                        "duplicate statement id '" + *id + "'; each statement of a library needs its own id");
      continue;
    }
    if (!id || !text)
      continue;
    library.statements.push_back(Statement{*id, group.value_or(""), *text, std::move(refs),
                                           std::move(evidence), statement.location(),
                                           location_of(statement.value("text", Need::optional), source)});
  }
}

// `address:` is one web address or a list of them: the pages the library's statements were read from.
std::vector<std::string> read_addresses(MappingReader& file) {
  const YAML::Node node = file.value("address", Need::optional);
  const std::vector<YAML::Node> items =
      node.IsScalar() ? std::vector<YAML::Node>{node} : file.list("address", Need::optional);
  std::vector<std::string> addresses;
  for (const auto& item : items) {
    if (!item.IsScalar()) {
      file.problem(item,
                   "each address must be a web address written as text, but this is " + describe_kind(item));
      continue;
    }
    const std::string& address = item.Scalar();
    if (address.rfind("https://", 0) != 0 && address.rfind("http://", 0) != 0) {
      file.problem(item, "address '" + address +
                             "' is not a web address; give the page the statements were read from, starting "
                             "https://");
      continue;
    }
    addresses.push_back(address);
  }
  return addresses;
}

}  // namespace

std::vector<GlossaryEntry> read_glossary(MappingReader& file, const SourceText& source) {
  std::vector<GlossaryEntry> out;
  YAML::Node node = file.value("glossary", Need::optional);
  if (!node.IsDefined() || node.IsNull())
    return out;
  if (!node.IsMap()) {
    file.problem(
        node,
        "'glossary' must be a mapping of terms to their meanings (such as 'GP: family doctor'), but it "
        "is " +
            describe_kind(node));
    return out;
  }
  for (const auto& entry : node) {
    if (!entry.first.IsScalar() || !entry.second.IsScalar() || entry.second.Scalar().empty()) {
      file.problem(entry.first,
                   "each glossary entry must be 'TERM: what it means', with both written as text");
      continue;
    }
    out.push_back(
        GlossaryEntry{entry.first.Scalar(), entry.second.Scalar(), location_of(entry.first, source)});
  }
  return out;
}

Library load_library(std::shared_ptr<const SourceText> source, std::string_view file_stem) {
  const YAML::Node root = parse_yaml(*source);
  DiagnosticList problems;
  Library library;
  library.source_text = source;
  if (!root.IsDefined() || root.IsNull()) {
    problems.add(
        *source, 1, 1,
        "library file is empty; it needs 'library:', 'title:', 'source:', 'groups:' and 'statements:'");
    problems.throw_if_any();
  }
  MappingReader file(root, *source, problems, "library file",
                     {"library", "title", "source", "version", "address", "read", "licence", "groups",
                      "statements", "glossary"});
  if (file.is_mapping()) {
    if (auto id = file.id("library", Need::required)) {
      library.id = *id;
      if (*id != file_stem) {
        file.problem(file.value("library", Need::optional),
                     "library id '" + *id + "' does not match its file name '" + std::string(file_stem) +
                         ".yaml'; rename the file or change the id so that they are the same");
      }
    }
    library.title = file.text("title", Need::required).value_or("");
    library.source = file.text("source", Need::required).value_or("");
    library.version = file.text("version", Need::optional).value_or("");
    library.addresses = read_addresses(file);
    if (auto read = file.text("read", Need::optional)) {
      library.read = parse_calendar_date(*read);
      if (!library.read)
        file.problem(file.value("read", Need::optional),
                     "read '" + *read +
                         "' is not a date; write the day the statements were read from their source as "
                         "YYYY-MM-DD, e.g. 2026-03-03");
    }
    library.licence = file.text("licence", Need::optional).value_or("");
    read_groups(file, *source, problems, library);
    read_statements(file, *source, problems, library);
    library.glossary = read_glossary(file, *source);
    if (library.statements.empty() && problems.empty()) {
      file.problem(file.value("statements", Need::optional), "library has no statements; add at least one");
    }
  }
  problems.throw_if_any();
  return library;
}

Library load_library_file(const std::filesystem::path& path) {
  auto source = std::make_shared<const SourceText>(SourceText::read(path));
  return load_library(source, path.stem().string());
}

}  // namespace pledge
