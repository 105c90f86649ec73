#include "model/library.hpp"

#include <algorithm>
#include <unordered_set>

#include "base/nearest_name.hpp"
#include "model/yaml_reader.hpp"

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

// The ids read so far of a library's groups and statements: sets, so that checking each new one is not a
// search of all before it (quadratic in a 100,000-statement library).
struct LibraryIds {
  std::unordered_set<std::string> groups;
  std::unordered_set<std::string> statements;
};

void read_group(MappingReader& group, Library& library, LibraryIds& ids) {
  auto id = group.id("id", Need::required);
  auto title = group.text("title", Need::required);  // if missing, reported, and the id stands in
  if (id && !ids.groups.insert(*id).second) {
    group.problem(group.value("id", Need::optional),
                  "duplicate group id '" + *id + "'; each group needs its own id");
  } else if (id) {
    library.groups.push_back(Group{*id, title.value_or(*id), read_translations(group, library.language),
                                   group.location_of_value("title")});
  }
}

void read_statement(MappingReader& statement, Library& library, LibraryIds& ids) {
  StatementEntry entry = read_statement_entry(statement, library.language);
  if (entry.group && !ids.groups.count(*entry.group)) {
    statement.problem(statement.value("group", Need::optional),
                      "statement is in group '" + *entry.group + "', which is not declared under 'groups:'" +
                          did_you_mean(*entry.group, group_ids(library)));
  }
  if (entry.id && ids.statements.count(*entry.id)) {
    statement.problem(
        statement.value("id", Need::optional),
        "duplicate statement id '" + *entry.id + "'; each statement of a library needs its own id");
  } else if (entry.id && entry.text) {
    ids.statements.insert(*entry.id);
    library.statements.push_back(Statement{
        *entry.id, entry.group.value_or(""), *entry.text, std::move(entry.refs), std::move(entry.evidence),
        statement.location(), statement.location_of_value("text"), std::move(entry.translations)});
  }
}

// `address:` is one web address or a list of them: the pages the library's statements were read from.
std::vector<std::string> read_addresses(MappingReader& file) {
  const YamlNode& node = file.value("address", Need::optional);
  const std::vector<YamlNode> items =
      node.is_scalar() ? std::vector<YamlNode>{node} : file.list("address", Need::optional);
  std::vector<std::string> addresses;
  for (const auto& item : items) {
    if (!item.is_scalar()) {
      file.problem(item,
                   "each address must be a web address written as text, but this is " + describe_kind(item));
      continue;
    }
    const std::string& address = item.scalar();
    if (!address.starts_with("https://") && !address.starts_with("http://")) {
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

const std::vector<std::string>& statement_keys() {
  static const std::vector<std::string> keys = {"id", "group", "text", "refs", "evidence", "translations"};
  return keys;
}

const std::vector<std::string>& group_keys() {
  static const std::vector<std::string> keys = {"id", "title", "translations"};
  return keys;
}

StatementEntry read_statement_entry(MappingReader& statement, std::string_view language) {
  StatementEntry entry;
  entry.id = statement.id("id", MappingReader::Need::required);
  entry.group = statement.id("group", MappingReader::Need::required);
  entry.text = statement.text("text", MappingReader::Need::required);
  entry.refs = statement.texts("refs", MappingReader::Need::optional);
  entry.evidence = statement.texts("evidence", MappingReader::Need::optional);
  entry.translations = read_translations(statement, language);
  return entry;
}

std::vector<GlossaryEntry> read_glossary(MappingReader& file) {
  std::vector<GlossaryEntry> out;
  const YamlNode& node = file.value("glossary", Need::optional);
  if (!node.is_defined() || node.is_null())
    return out;
  if (!node.is_mapping()) {
    file.problem(
        node,
        "'glossary' must be a mapping of terms to their meanings (such as 'GP: family doctor'), but it "
        "is " +
            describe_kind(node));
    return out;
  }
  for (const auto& entry : node.entries()) {
    if (!entry.key.is_scalar() || !entry.value.is_scalar() || entry.value.scalar().empty()) {
      file.problem(entry.key, "each glossary entry must be 'TERM: what it means', with both written as text");
      continue;
    }
    out.push_back(GlossaryEntry{entry.key.scalar(), entry.value.scalar()});
  }
  return out;
}

Library load_library(std::shared_ptr<const SourceText> source, std::string_view file_stem) {
  const YamlNode root = parse_yaml(*source);
  return load_library(root, std::move(source), file_stem);
}

Library load_library(const YamlNode& root, std::shared_ptr<const SourceText> source,
                     std::string_view file_stem) {
  DiagnosticList problems;
  Library library;
  library.source_text = source;
  if (!root.is_defined() || root.is_null()) {
    problems.add(
        *source, 1, 1,
        "library file is empty; it needs 'library:', 'title:', 'source:', 'groups:' and 'statements:'");
    problems.throw_if_any();
  }
  MappingReader file(root, *source, problems, "library file",
                     {"library", "title", "source", "version", "address", "read", "licence", "language",
                      "groups", "statements", "glossary"});
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
    library.read = file.date("read", Need::optional, "the day the statements were read from their source");
    library.licence = file.text("licence", Need::optional).value_or("");
    library.language = read_language(file);
    LibraryIds ids;
    file.read_each("groups", Need::required, "group", group_keys(), read_group, library, ids);
    file.read_each("statements", Need::required, "statement", statement_keys(), read_statement, library, ids);
    library.glossary = read_glossary(file);
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
