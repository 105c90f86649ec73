#include "model/service_file.hpp"

#include <algorithm>
#include <unordered_set>

#include "base/nearest_name.hpp"
#include "model/yaml_reader.hpp"

namespace pledge {

using Need = MappingReader::Need;

namespace {

// The ids (or refs) read so far of one list: a second library, group, statement or record of one id is a
// mistake. A set, not a search of the list: 100,000 added statements took 31 s to check one by one.
using SeenIds = std::unordered_set<std::string>;

// True if `key` was seen before; records it.
bool listed(SeenIds& seen, const std::string& key) {
  return !seen.insert(key).second;
}

void read_libraries(MappingReader& file, ServiceFile& service) {
  SeenIds seen;
  for (const auto& item : file.list("libraries", Need::required)) {
    if (!item.is_scalar()) {
      file.problem(item, "each item of 'libraries' must be a library id, but this is " + describe_kind(item));
      continue;
    }
    const std::string& id = item.scalar();
    if (listed(seen, id)) {
      file.problem(item, "library '" + id + "' is listed twice under 'libraries'; list it once");
      continue;
    }
    service.libraries.push_back(LibrarySelection{id, item.location(file.source())});
  }
}

void read_group(MappingReader& group, ServiceFile& service, SeenIds& seen) {
  auto id = group.id("id", Need::required);
  auto title = group.text("title", Need::required);
  if (!id || !title)
    return;
  if (listed(seen, *id)) {
    group.problem(group.value("id", Need::optional),
                  "duplicate group id '" + *id + "'; declare each group once");
  } else {
    service.groups.push_back(
        Group{*id, *title, read_translations(group, service.language), group.location_of_value("title")});
  }
}

void read_exclusion(MappingReader& exclusion, ServiceFile& service) {
  auto ref = exclusion.text("ref", Need::required);
  auto reason = exclusion.text("reason", Need::optional);
  if (ref && reason) {
    service.exclude.push_back(Exclusion{*ref, *reason, exclusion.location_of_value("ref")});
  } else if (ref) {
    exclusion.problem(exclusion.node(),
                      "the exclusion of '" + *ref +
                          "' has no reason; add 'reason:' saying why the statement does not "
                          "fit your service (auditors ask)");
  }
}

void read_rewording(MappingReader& rewording, ServiceFile& service) {
  auto ref = rewording.text("ref", Need::required);
  auto text = rewording.text("text", Need::required);
  if (ref && text) {
    service.reword.push_back(Rewording{*ref, *text, rewording.location_of_value("ref"),
                                       rewording.location_of_value("text"),
                                       read_translations(rewording, service.language)});
  }
}

void read_addition(MappingReader& addition, ServiceFile& service, SeenIds& seen) {
  StatementEntry entry = read_statement_entry(addition, service.language);
  if (!entry.id || !entry.group || !entry.text)
    return;
  if (listed(seen, *entry.id)) {
    addition.problem(addition.value("id", Need::optional),
                     "duplicate id '" + *entry.id + "' under 'add'; each added statement needs its own id");
    return;
  }
  service.add.push_back(LocalStatement{*entry.id, *entry.group, *entry.text, std::move(entry.refs),
                                       std::move(entry.evidence), addition.location_of_value("group"),
                                       addition.location_of_value("text"), std::move(entry.translations)});
}

void read_poster(MappingReader& poster, ServiceFile& service) {
  if (auto size = poster.text("size", Need::optional)) {
    static const std::vector<std::string> sizes = {"A4", "A3", "A2"};
    if (std::find(sizes.begin(), sizes.end(), *size) == sizes.end()) {
      poster.problem(poster.value("size", Need::optional),
                     "poster size '" + *size + "' is not one of A4, A3, A2" + did_you_mean(*size, sizes));
    } else {
      service.poster.size = *size;
    }
  }
  if (auto copies = poster.text("copies", Need::optional)) {
    const bool digits = copies->size() <= 4 && std::all_of(copies->begin(), copies->end(),
                                                           [](char c) { return c >= '0' && c <= '9'; });
    if (!digits || std::stoi(*copies) < 1) {
      poster.problem(poster.value("copies", Need::optional),
                     "poster copies must be a whole number from 1 to 9999, not '" + *copies + "'");
    } else {
      service.poster.copies = std::stoi(*copies);
    }
  }
  if (auto sheets = poster.text("sheets", Need::optional)) {
    const bool digit = sheets->size() == 1 && (*sheets)[0] >= '1' && (*sheets)[0] <= '9';
    if (!digit) {
      poster.problem(poster.value("sheets", Need::optional),
                     "poster sheets must be a whole number from 1 to 9, not '" + *sheets +
                         "' (leave it out to take as many sheets as the pledge and the team need)");
    } else {
      service.poster.sheets = (*sheets)[0] - '0';
    }
  }
  const YamlNode& numbers = poster.value("numbers", Need::optional);
  if (numbers.is_defined() && !numbers.is_null()) {
    if (auto flag = numbers.as_boolean()) {
      service.poster.numbers = *flag;
    } else {
      poster.problem(numbers, "poster numbers must be true or false, not " + describe_kind(numbers));
    }
  }
}

// Each ask is a text, or a mapping of its text and translations (`- text: ...` with `translations: {cy:
// ...}`).
void read_asks(MappingReader& file, ServiceFile& service) {
  for (const auto& item : file.list("asks", Need::optional)) {
    if (item.is_mapping()) {
      MappingReader ask = file.nested(item, "ask", {"text", "translations"});
      if (auto text = ask.text("text", Need::required)) {
        service.asks.push_back(
            Ask{*text, ask.location_of_value("text"), read_translations(ask, service.language)});
      }
      continue;
    }
    if (!item.is_scalar() || item.scalar().empty()) {
      file.problem(item,
                   "each item of 'asks' must be a short text saying what you ask of patients, "
                   "relatives and carers (or 'text:' with 'translations:'), but this is " +
                       describe_kind(item));
      continue;
    }
    service.asks.push_back(Ask{item.scalar(), item.location(file.source())});
  }
}

// A panel's `heading:` or `text:`: a text, or a mapping of its text and translations, as an ask is written.
void read_leaflet_text(MappingReader& panel, const std::string& name, const std::string& part,
                       ServiceFile& service) {
  const YamlNode& node = panel.value(part, Need::optional);
  if (!node.is_defined() || node.is_null())
    return;
  if (node.is_mapping()) {
    MappingReader text = panel.nested(node, "leaflet text", {"text", "translations"});
    if (auto written = text.text("text", Need::required)) {
      service.leaflet.push_back(LeafletText{name, part, *written, text.location_of_value("text"),
                                            read_translations(text, service.language)});
    }
    return;
  }
  if (auto written = panel.text(part, Need::optional))
    service.leaflet.push_back(LeafletText{name, part, *written, panel.location_of_value(part)});
}

void read_leaflet(MappingReader& leaflet, ServiceFile& service) {
  for (const std::string& name : leaflet_panels()) {
    leaflet.read_mapping(name, "'" + name + "' panel of the leaflet", {"heading", "text"},
                         [&](MappingReader& panel) {
                           read_leaflet_text(panel, name, "heading", service);
                           read_leaflet_text(panel, name, "text", service);
                         });
  }
}

// "Met", "Partly met" or "Not met" as the list spells it, whatever the letter case; nothing if it is none.
std::optional<std::string> known_status(const std::string& status) {
  const auto& statuses = evidence_statuses();
  auto same = [&](const std::string& s) { return edit_distance(s, status) == 0; };
  auto it = std::find_if(statuses.begin(), statuses.end(), same);
  if (it == statuses.end())
    return std::nullopt;
  return *it;
}

void read_evidence_record(MappingReader& record, ServiceFile& service, SeenIds& seen) {
  auto ref = record.text("ref", Need::required);
  auto status = record.text("status", Need::optional);
  if (!ref)
    return;
  if (status) {
    auto known = known_status(*status);
    if (!known) {
      const std::string hint = did_you_mean(*status, evidence_statuses());
      record.problem(record.value("status", Need::optional),
                     "evidence status '" + *status + "' is not one of Met, Partly met, Not met" + hint);
      return;
    }
    status = std::move(known);
  }
  if (listed(seen, *ref)) {
    record.problem(record.value("ref", Need::optional), "'" + *ref + "' has two evidence records; keep one");
    return;
  }
  EvidenceRecord evidence;
  evidence.ref = *ref;
  evidence.status = status.value_or("");
  evidence.owner = record.text("owner", Need::optional).value_or("");
  evidence.notes = record.text("notes", Need::optional).value_or("");
  evidence.location = record.location_of_value("ref");
  evidence.checked = record.date("checked", Need::optional, "the day the evidence was checked");
  evidence.reviewer = record.text("reviewer", Need::optional).value_or("");
  evidence.link = record.text("link", Need::optional).value_or("");
  evidence.review_by = record.date("review-by", Need::optional, "the day the evidence is due for review");
  evidence.review_by_location = record.location_of_value("review-by");
  service.evidence.push_back(std::move(evidence));
}

}  // namespace

const std::vector<std::string>& leaflet_panels() {
  static const std::vector<std::string> panels = {"who", "why", "your-part", "contact", "feedback"};
  return panels;
}

const std::vector<std::string>& evidence_statuses() {
  static const std::vector<std::string> statuses = {"Met", "Partly met", "Not met"};
  return statuses;
}

std::optional<Diagnostic> library_instead_of_service(const YamlNode& root, const SourceText& source) {
  if (!root.is_mapping() || root.find("service"))
    return std::nullopt;
  const auto library = std::find_if(root.entries().begin(), root.entries().end(),
                                    [](const YamlNode::Entry& e) { return e.key.scalar() == "library"; });
  if (library == root.entries().end())
    return std::nullopt;
  const Location where = library->key.location(source);
  return quoting_line(
      where,
      "this is a statement library, not a service file; to use its statements, give its folder with "
      "--library-path FOLDER and list " +
          (library->value.is_scalar() ? "'" + library->value.scalar() + "'" : std::string("it")) +
          " under a service file's 'libraries:'; to lint it, run 'pledge lint " + source.name() + "'",
      source.line(where.line));
}

ServiceFile read_service_file(std::shared_ptr<const SourceText> source, DiagnosticList& problems) {
  const YamlNode root = parse_yaml(*source);
  return read_service_file(root, std::move(source), problems);
}

ServiceFile read_service_file(const YamlNode& root, std::shared_ptr<const SourceText> source,
                              DiagnosticList& problems) {
  ServiceFile service;
  service.source_text = source;
  if (!root.is_defined() || root.is_null()) {
    problems.add(
        *source, 1, 1,
        "service file is empty; it needs at least 'service:' and 'libraries:' (try 'pledge init' for a "
        "starter file)");
    return service;
  }
  // A library given where a service file is wanted: one message, not one for each key a library has.
  if (auto library = library_instead_of_service(root, *source)) {
    problems.add(std::move(*library));
    return service;
  }
  MappingReader file(root, *source, problems, "service file",
                     {"service", "audience", "language", "languages", "libraries", "groups", "exclude",
                      "reword",  "add",      "staff",    "contact",   "version",   "agreed", "poster",
                      "asks",    "leaflet",  "evidence", "words",     "glossary",  "lint",   "identity"});
  if (!file.is_mapping())
    return service;
  service.service = file.text("service", Need::required).value_or("");
  service.audience = file.text("audience", Need::optional).value_or("");
  service.language = read_language(file);
  service.languages = read_languages(file);
  service.languages_location = file.location_of_value("languages");
  read_libraries(file, service);
  SeenIds groups, additions, records;
  file.read_each("groups", Need::optional, "group", group_keys(), read_group, service, groups);
  file.read_each("exclude", Need::optional, "exclusion", {"ref", "reason"}, read_exclusion, service);
  file.read_each("reword", Need::optional, "rewording", {"ref", "text", "translations"}, read_rewording,
                 service);
  file.read_each("add", Need::optional, "added statement", statement_keys(), read_addition, service,
                 additions);
  service.staff = file.texts("staff", Need::optional);
  service.contact = file.text("contact", Need::optional).value_or("");
  service.version = file.text("version", Need::optional).value_or("");
  service.agreed = file.date("agreed", Need::optional, "the day the team agreed the pledge");
  file.read_mapping("poster", "poster section", {"size", "copies", "sheets", "numbers"}, read_poster,
                    service);
  read_asks(file, service);
  file.read_mapping("leaflet", "leaflet section", leaflet_panels(), read_leaflet, service);
  file.read_each("evidence", Need::optional, "evidence record",
                 {"ref", "status", "owner", "notes", "checked", "reviewer", "link", "review-by"},
                 read_evidence_record, service, records);
  service.words = file.texts("words", Need::optional);
  service.glossary = read_glossary(file);
  service.lint = read_lint_settings(file.value("lint", Need::optional), source);
  if (auto identity_file = find_identity_file(source->name()))
    read_identity_file(*identity_file, service.identity, problems);
  file.read_mapping("identity", "identity section", identity_keys(),
                    [&](MappingReader& identity) { read_identity_keys(identity, service.identity); });
  return service;
}

}  // namespace pledge
