#include "report/pledge_report.hpp"

#include <yaml-cpp/yaml.h>
#include <nlohmann/json.hpp>

namespace pledge {

std::optional<ReportFormat> parse_report_format(std::string_view name) {
  if (name == "text")
    return ReportFormat::text;
  if (name == "json")
    return ReportFormat::json;
  if (name == "yaml")
    return ReportFormat::yaml;
  if (name == "markdown")
    return ReportFormat::markdown;
  return std::nullopt;
}

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
  // Replacement, not an exception, for invalid UTF-8: a report should never fail on a stray byte.
  return out.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

std::string to_yaml(const ResolvedPledge& pledge) {
  YAML::Emitter out;
  out << YAML::BeginMap;
  out << YAML::Key << "service" << YAML::Value << pledge.service;
  out << YAML::Key << "audience" << YAML::Value << pledge.audience;
  out << YAML::Key << "version" << YAML::Value << pledge.version;
  out << YAML::Key << "agreed" << YAML::Value << (pledge.agreed ? iso_text(*pledge.agreed) : std::string());
  out << YAML::Key << "statements" << YAML::Value << YAML::BeginSeq;
  for (const auto& s : pledge.statements) {
    out << YAML::BeginMap;
    out << YAML::Key << "ref" << YAML::Value << s.ref;
    out << YAML::Key << "group" << YAML::Value << s.group;
    out << YAML::Key << "group_title" << YAML::Value << s.group_title;
    out << YAML::Key << "text" << YAML::Value << s.text;
    out << YAML::Key << "status" << YAML::Value << std::string(to_string(s.status));
    if (s.status == StatementStatus::reworded)
      out << YAML::Key << "original" << YAML::Value << s.original;
    out << YAML::EndMap;
  }
  out << YAML::EndSeq;
  out << YAML::Key << "excluded" << YAML::Value << YAML::BeginSeq;
  for (const auto& e : pledge.excluded) {
    out << YAML::BeginMap << YAML::Key << "ref" << YAML::Value << e.ref << YAML::Key << "reason"
        << YAML::Value << e.reason << YAML::EndMap;
  }
  out << YAML::EndSeq << YAML::EndMap;
  return std::string(out.c_str()) + "\n";
}

// Text for a terminal: group headings, then each statement with its status and ref, originals indented.
std::string to_text(const ResolvedPledge& pledge) {
  std::string out = "Our pledge: " + pledge.service + "\n";
  if (!pledge.audience.empty())
    out += "For: " + pledge.audience + "\n";
  if (const std::string version = version_line(pledge); !version.empty())
    out += version + "\n";
  std::string group;
  for (const auto& s : pledge.statements) {
    if (s.group != group || out.empty()) {
      group = s.group;
      out += "\n" + s.group_title + "\n";
    }
    out += "  - " + s.text + "\n";
    out += "      " + std::string(to_string(s.status)) + ": " + s.ref + "\n";
    if (s.status == StatementStatus::reworded)
      out += "      was: " + s.original + "\n";
  }
  if (!pledge.excluded.empty()) {
    out += "\nExcluded\n";
    for (const auto& e : pledge.excluded) {
      out += "  - " + e.ref + "\n      reason: " + e.reason + "\n";
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

// Markdown escapes for text that came from users: enough that a statement never turns into markup.
std::string markdown_escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\\' || c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '<' || c == '>' ||
        c == '#' || c == '|') {
      out += '\\';
    }
    out += c;
  }
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
  return out;
}

}  // namespace

std::string format_report(const ResolvedPledge& pledge, ReportFormat format) {
  switch (format) {
    case ReportFormat::json:
      return to_json(pledge);
    case ReportFormat::yaml:
      return to_yaml(pledge);
    case ReportFormat::markdown:
      return to_markdown(pledge);
    case ReportFormat::text:
      break;
  }
  return to_text(pledge);
}

}  // namespace pledge
