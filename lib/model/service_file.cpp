#include "model/service_file.hpp"

#include <algorithm>

#include "base/nearest_name.hpp"
#include "model/yaml_reader.hpp"

namespace pledge {

using Need = MappingReader::Need;

namespace {

void read_libraries(MappingReader& file, const SourceText& source, ServiceFile& service) {
  for (const auto& item : file.list("libraries", Need::required)) {
    if (!item.is_scalar()) {
      file.problem(item, "each item of 'libraries' must be a library id, but this is " + describe_kind(item));
      continue;
    }
    const std::string& id = item.scalar();
    const Location where = location_of(item, source);
    auto same = [&](const LibrarySelection& s) { return s.id == id; };
    if (std::any_of(service.libraries.begin(), service.libraries.end(), same)) {
      file.problem(item, "library '" + id + "' is listed twice under 'libraries'; list it once");
      continue;
    }
    service.libraries.push_back(LibrarySelection{id, where});
  }
}

void read_groups(MappingReader& file, const SourceText& source, DiagnosticList& problems,
                 ServiceFile& service) {
  for (const auto& item : file.list("groups", Need::optional)) {
    MappingReader group(item, source, problems, "group", {"id", "title"});
    if (!group.is_mapping())
      continue;
    auto id = group.id("id", Need::required);
    auto title = group.text("title", Need::required);
    if (!id || !title)
      continue;
    auto same = [&](const Group& g) { return g.id == *id; };
    if (std::any_of(service.groups.begin(), service.groups.end(), same)) {
      group.problem(group.value("id", Need::optional),
                    "duplicate group id '" + *id + "'; declare each group once");
      continue;
    }
    service.groups.push_back(Group{*id, *title, location_of(group.value("id", Need::optional), source)});
  }
}

void read_exclusions(MappingReader& file, const SourceText& source, DiagnosticList& problems,
                     ServiceFile& service) {
  for (const auto& item : file.list("exclude", Need::optional)) {
    MappingReader exclusion(item, source, problems, "exclusion", {"ref", "reason"});
    if (!exclusion.is_mapping())
      continue;
    auto ref = exclusion.text("ref", Need::required);
    auto reason = exclusion.text("reason", Need::optional);
    if (!ref)
      continue;
    if (!reason) {
      exclusion.problem(
          item, "the exclusion of '" + *ref +
                    "' has no reason; add 'reason:' saying why the statement does not fit your service "
                    "(auditors ask)");
      continue;
    }
    service.exclude.push_back(
        Exclusion{*ref, *reason, location_of(exclusion.value("ref", Need::optional), source)});
  }
}

void read_rewordings(MappingReader& file, const SourceText& source, DiagnosticList& problems,
                     ServiceFile& service) {
  for (const auto& item : file.list("reword", Need::optional)) {
    MappingReader rewording(item, source, problems, "rewording", {"ref", "text"});
    if (!rewording.is_mapping())
      continue;
    auto ref = rewording.text("ref", Need::required);
    auto text = rewording.text("text", Need::required);
    if (!ref || !text)
      continue;
    service.reword.push_back(Rewording{*ref, *text,
                                       location_of(rewording.value("ref", Need::optional), source),
                                       location_of(rewording.value("text", Need::optional), source)});
  }
}

void read_additions(MappingReader& file, const SourceText& source, DiagnosticList& problems,
                    ServiceFile& service) {
  for (const auto& item : file.list("add", Need::optional)) {
    MappingReader addition(item, source, problems, "added statement",
                           {"id", "group", "text", "refs", "evidence"});
    if (!addition.is_mapping())
      continue;
    auto id = addition.id("id", Need::required);
    auto group = addition.id("group", Need::required);
    auto text = addition.text("text", Need::required);
    auto refs = addition.texts("refs", Need::optional);
    auto evidence = addition.texts("evidence", Need::optional);
    if (!id || !group || !text)
      continue;
    auto same = [&](const LocalStatement& s) { return s.id == *id; };
    if (std::any_of(service.add.begin(), service.add.end(), same)) {
      addition.problem(addition.value("id", Need::optional),
                       "duplicate id '" + *id + "' under 'add'; each added statement needs its own id");
      continue;
    }
    service.add.push_back(LocalStatement{*id, *group, *text, std::move(refs), std::move(evidence),
                                         location_of(addition.value("id", Need::optional), source),
                                         location_of(addition.value("group", Need::optional), source),
                                         location_of(addition.value("text", Need::optional), source)});
  }
}

void read_poster(MappingReader& file, const SourceText& source, DiagnosticList& problems,
                 ServiceFile& service) {
  const YamlNode& node = file.value("poster", Need::optional);
  if (!node.is_defined() || node.is_null())
    return;
  MappingReader poster(node, source, problems, "poster section", {"size", "copies"});
  if (!poster.is_mapping())
    return;
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
}

void read_evidence(MappingReader& file, const SourceText& source, DiagnosticList& problems,
                   ServiceFile& service) {
  for (const auto& item : file.list("evidence", Need::optional)) {
    MappingReader record(item, source, problems, "evidence record", {"ref", "status", "owner", "notes"});
    if (!record.is_mapping())
      continue;
    auto ref = record.text("ref", Need::required);
    auto status = record.text("status", Need::optional);
    if (!ref)
      continue;
    if (status) {
      const auto& statuses = evidence_statuses();
      auto same = [&](const std::string& s) { return edit_distance(s, *status) == 0; };  // any letter case
      auto it = std::find_if(statuses.begin(), statuses.end(), same);
      if (it == statuses.end()) {
        record.problem(record.value("status", Need::optional),
                       "evidence status '" + *status + "' is not one of Met, Partly met, Not met" +
                           did_you_mean(*status, statuses));
        continue;
      }
      status = *it;
    }
    auto same_ref = [&](const EvidenceRecord& e) { return e.ref == *ref; };
    if (std::any_of(service.evidence.begin(), service.evidence.end(), same_ref)) {
      record.problem(record.value("ref", Need::optional),
                     "'" + *ref + "' has two evidence records; keep one");
      continue;
    }
    service.evidence.push_back(EvidenceRecord{*ref, status.value_or(""),
                                              record.text("owner", Need::optional).value_or(""),
                                              record.text("notes", Need::optional).value_or(""),
                                              location_of(record.value("ref", Need::optional), source)});
  }
}

}  // namespace

const std::vector<std::string>& evidence_statuses() {
  static const std::vector<std::string> statuses = {"Met", "Partly met", "Not met"};
  return statuses;
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
  MappingReader file(root, *source, problems, "service file",
                     {"service", "audience", "libraries", "groups", "exclude", "reword", "add", "staff",
                      "contact", "version", "agreed", "poster", "evidence", "words", "glossary", "lint"});
  if (!file.is_mapping())
    return service;
  service.service = file.text("service", Need::required).value_or("");
  service.audience = file.text("audience", Need::optional).value_or("");
  read_libraries(file, *source, service);
  read_groups(file, *source, problems, service);
  read_exclusions(file, *source, problems, service);
  read_rewordings(file, *source, problems, service);
  read_additions(file, *source, problems, service);
  service.staff = file.texts("staff", Need::optional);
  service.contact = file.text("contact", Need::optional).value_or("");
  service.version = file.text("version", Need::optional).value_or("");
  if (auto agreed = file.text("agreed", Need::optional)) {
    service.agreed = parse_calendar_date(*agreed);
    if (!service.agreed)
      file.problem(file.value("agreed", Need::optional),
                   "agreed '" + *agreed +
                       "' is not a date; write the day the team agreed the pledge as "
                       "YYYY-MM-DD, e.g. 2026-03-03");
  }
  read_poster(file, *source, problems, service);
  read_evidence(file, *source, problems, service);
  service.words = file.texts("words", Need::optional);
  service.glossary = read_glossary(file, *source);
  service.lint = read_lint_settings(file.value("lint", Need::optional), source);
  return service;
}

ServiceFile load_service_file(const std::filesystem::path& path) {
  DiagnosticList problems;
  ServiceFile service =
      read_service_file(std::make_shared<const SourceText>(SourceText::read(path)), problems);
  problems.throw_if_any();
  return service;
}

}  // namespace pledge
