#include "lint/baseline.hpp"

#include <algorithm>
#include <tuple>

#include <fmt/core.h>

#include "base/source_text.hpp"
#include "model/yaml_reader.hpp"

namespace pledge::lint {

namespace {

using Need = MappingReader::Need;

auto key_of(const BaselineEntry& entry) {
  return std::tie(entry.rule, entry.ref, entry.text_digest);
}
auto key_of(const Finding& finding) {
  return std::tie(finding.rule, finding.ref, finding.text_digest);
}

// A YAML double-quoted scalar: every value of the file is written this way, so that no message or ref can
// be read back as something else (a number, a mapping, a comment).
std::string yaml_quoted(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      out += fmt::format("\\x{:02x}", static_cast<unsigned char>(c));
    } else {
      out += c;
    }
  }
  return out + "\"";
}

bool is_digest(std::string_view text) {
  return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

}  // namespace

Baseline Baseline::read(const std::filesystem::path& path) {
  const SourceText source = SourceText::read(path);
  const YamlNode root = parse_yaml(source);
  DiagnosticList problems;
  MappingReader file(root, source, problems, "baseline file", {"pledge-lint-baseline", "findings"});
  Baseline baseline;
  if (file.is_mapping()) {
    const YamlNode& version = file.value("pledge-lint-baseline", Need::required);
    if (version.is_defined() && version.as_whole_number() != 1)
      file.problem(version,
                   "this pledge reads baseline files of version 1; write the baseline again with "
                   "pledge lint --write-baseline");
    file.read_each("findings", Need::optional, "baseline entry", {"rule", "ref", "text-sha256", "message"},
                   [&](MappingReader& entry) {
                     BaselineEntry out;
                     out.location = entry.location();
                     out.rule = entry.text("rule", Need::required).value_or("");
                     out.ref = entry.text("ref", Need::optional).value_or("");
                     out.message = entry.text("message", Need::optional).value_or("");
                     const auto digest = entry.text("text-sha256", Need::required);
                     if (digest && !is_digest(*digest))
                       entry.problem(entry.value("text-sha256", Need::required),
                                     "'text-sha256' must be 64 lower-case hex digits, as --write-baseline "
                                     "writes it");
                     out.text_digest = digest.value_or("");
                     baseline.m_entries.push_back(std::move(out));
                   });
  }
  problems.throw_if_any();
  std::stable_sort(baseline.m_entries.begin(), baseline.m_entries.end(),
                   [](const BaselineEntry& a, const BaselineEntry& b) { return key_of(a) < key_of(b); });
  return baseline;
}

bool Baseline::accepts(const Finding& finding) const {
  const auto at = std::lower_bound(
      m_entries.begin(), m_entries.end(), finding,
      [](const BaselineEntry& entry, const Finding& f) { return key_of(entry) < key_of(f); });
  return at != m_entries.end() && key_of(*at) == key_of(finding);
}

std::vector<StaleBaselineEntry> Baseline::remove_accepted(std::vector<Finding>& findings,
                                                          const std::set<std::string>& linted_refs,
                                                          const std::set<std::string>& linted_files) const {
  std::vector<bool> used(m_entries.size(), false);
  std::erase_if(findings, [&](const Finding& finding) {
    auto [first, last] = std::equal_range(m_entries.begin(), m_entries.end(), finding,
                                          [](const auto& a, const auto& b) { return key_of(a) < key_of(b); });
    for (auto at = first; at != last; ++at)
      used[static_cast<std::size_t>(at - m_entries.begin())] = true;
    return first != last;
  });
  std::vector<StaleBaselineEntry> stale;
  for (std::size_t i = 0; i < m_entries.size(); ++i) {
    const BaselineEntry& entry = m_entries[i];
    const bool linted =
        entry.ref.empty() ? linted_files.contains(entry.text_digest) : linted_refs.contains(entry.ref);
    if (!used[i] && linted)
      stale.push_back({m_entries[i].location, m_entries[i].rule, m_entries[i].ref});
  }
  std::sort(stale.begin(), stale.end(), [](const StaleBaselineEntry& a, const StaleBaselineEntry& b) {
    return a.location.line < b.location.line;
  });
  return stale;
}

std::string baseline_text(const std::vector<Finding>& findings) {
  std::vector<const Finding*> sorted;
  for (const auto& f : findings)
    sorted.push_back(&f);
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const Finding* a, const Finding* b) { return key_of(*a) < key_of(*b); });
  sorted.erase(std::unique(sorted.begin(), sorted.end(),
                           [](const Finding* a, const Finding* b) { return key_of(*a) == key_of(*b); }),
               sorted.end());
  std::string out =
      "# Lint findings accepted, written by pledge lint --write-baseline: pledge lint --baseline FILE (and\n"
      "# pledge build --baseline FILE) report only findings not listed here. Each is keyed by rule, ref and "
      "the\n"
      "# SHA-256 of the statement's text: moving a statement keeps it listed, rewording it does not.\n"
      "pledge-lint-baseline: 1\n";
  out += sorted.empty() ? "findings: []\n" : "findings:\n";
  for (const Finding* f : sorted) {
    out += fmt::format("  - {{rule: {}, ref: {}, text-sha256: {}, message: {}}}\n", yaml_quoted(f->rule),
                       yaml_quoted(f->ref), yaml_quoted(f->text_digest), yaml_quoted(f->message));
  }
  return out;
}

}  // namespace pledge::lint
