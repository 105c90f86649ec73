#include "report/pledge_report.hpp"

#include <yaml-cpp/yaml.h>

#include "base/utf8.hpp"
#include "report/json_document.hpp"
#include "report/markdown.hpp"

namespace pledge::report {

namespace {

std::string to_json(const ResolvedPledge& pledge) {
  nlohmann::ordered_json out;
  out["service"] = pledge.service;
  out["audience"] = pledge.audience;
  out["version"] = pledge.version;
  out["agreed"] = pledge.agreed ? iso_text(*pledge.agreed) : std::string();
  out["statements"] = nlohmann::ordered_json::array();
  for (const auto& s : pledge.statements) {
    nlohmann::ordered_json item;
    item["ref"] = s.ref;
    item["group"] = s.group;
    item["group_title"] = s.group_title;
    item["text"] = s.text;
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
    for (const auto& ask : pledge.asks)
      out["asks"].push_back(ask.text);
  }
  return json_document(out);
}

// Every value double-quoted: a plain `2.10`, `yes`, `off`, `~` or `2026-03-03` is read back by YAML readers
// as a number, a boolean, null or a date, not the text the service wrote.
std::string to_yaml(const ResolvedPledge& pledge) {
  YAML::Emitter out;
  const auto field = [&](std::string_view key, const std::string& value) {
    out << YAML::Key << std::string(key) << YAML::Value << YAML::DoubleQuoted << value;
  };
  out << YAML::BeginMap;
  field("service", pledge.service);
  field("audience", pledge.audience);
  field("version", pledge.version);
  field("agreed", pledge.agreed ? iso_text(*pledge.agreed) : std::string());
  out << YAML::Key << "statements" << YAML::Value << YAML::BeginSeq;
  for (const auto& s : pledge.statements) {
    out << YAML::BeginMap;
    field("ref", s.ref);
    field("group", s.group);
    field("group_title", s.group_title);
    field("text", s.text);
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
    for (const auto& ask : pledge.asks)
      out << ask.text;
    out << YAML::EndSeq;
  }
  out << YAML::EndMap;
  return std::string(out.c_str()) + "\n";
}

// Text for a terminal: group headings, then each statement with its status and ref, originals indented. Every
// value with its control characters escaped (see escape_control_characters).
std::string to_text(const ResolvedPledge& pledge) {
  const auto shown = [](const std::string& value) { return escape_control_characters(value); };
  std::string out = "Our pledge: " + shown(pledge.service) + "\n";
  if (!pledge.audience.empty())
    out += "For: " + shown(pledge.audience) + "\n";
  if (const std::string version = version_line(pledge); !version.empty())
    out += shown(version) + "\n";
  std::string group;
  for (const auto& s : pledge.statements) {
    if (s.group != group || out.empty()) {
      group = s.group;
      out += "\n" + shown(s.group_title) + "\n";
    }
    out += "  - " + shown(s.text) + "\n";
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
    for (const auto& ask : pledge.asks)
      out += "  - " + ask.text + "\n";
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
  std::string out = "# Our pledge: " + markdown_escape(pledge.service) + "\n";
  if (!pledge.audience.empty())
    out += "\nFor: " + markdown_escape(pledge.audience) + "\n";
  if (const std::string version = version_line(pledge); !version.empty())
    out += "\n" + markdown_escape(version) + "\n";
  std::string group;
  for (const auto& s : pledge.statements) {
    if (s.group != group) {
      group = s.group;
      out += "\n## " + markdown_escape(s.group_title) + "\n\n";
    }
    out += "- " + markdown_escape(s.text) + " <!-- " + std::string(to_string(s.status)) + ": " + s.ref +
           " -->\n";
  }
  if (!pledge.excluded.empty()) {
    out += "\n## Not included\n\n| Statement | Reason |\n|---|---|\n";
    for (const auto& e : pledge.excluded)
      out += "| " + e.ref + " | " + markdown_escape(e.reason) + " |\n";
  }
  if (!pledge.asks.empty()) {
    out += "\n## What we ask of you\n\n";
    for (const auto& ask : pledge.asks)
      out += "- " + markdown_escape(ask.text) + "\n";
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
