#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "base/source_text.hpp"

namespace pledge {

// Parses an input file as YAML. Syntax errors throw Error at the line and column yaml-cpp reports.
YAML::Node parse_yaml(const SourceText& source);

// Where a node starts in its file (yaml-cpp marks count from 0; ours from 1).
Location location_of(const YAML::Node& node, const SourceText& source);

// "a text", "a list", "a mapping" or "empty": how a node reads to someone who writes YAML by hand.
std::string describe_kind(const YAML::Node& node);

// True if `id` matches [a-z0-9-]+, the form of library, group and statement ids.
bool is_valid_id(std::string_view id);

// Reads one YAML mapping of an input file field by field, recording every problem (unknown or duplicate keys,
// missing fields, wrong types) in a DiagnosticList rather than stopping at the first.
class MappingReader {
 public:
  enum class Need { required, optional };

  // Longest text value accepted: a poster statement is a sentence or two; this only stops runaway input.
  static constexpr std::size_t max_text_bytes = 4000;

  // `what` names the mapping in messages ("service file", "statement"); `keys` are the keys it may have.
  MappingReader(YAML::Node node, const SourceText& source, DiagnosticList& problems, std::string what,
                std::vector<std::string> keys);

  bool is_mapping() const { return m_is_mapping; }
  const YAML::Node& node() const { return m_node; }
  Location location() const { return location_of(m_node, m_source); }

  // The value of `key`, or an undefined node if absent (recording a problem if required).
  YAML::Node value(std::string_view key, Need need);

  // A single text value. Empty values count as missing when required.
  std::optional<std::string> text(std::string_view key, Need need);

  // An id: a text of the form [a-z0-9-]+.
  std::optional<std::string> id(std::string_view key, Need need);

  // A list (sequence). Absent or empty (`key:` with nothing after it) gives an empty, non-null node list.
  std::vector<YAML::Node> list(std::string_view key, Need need);

  // A list of texts, e.g. refs or staff names.
  std::vector<std::string> texts(std::string_view key, Need need);

  void problem(const YAML::Node& at, std::string message);

 private:
  void check_keys();

  YAML::Node m_node;
  const SourceText& m_source;
  DiagnosticList& m_problems;
  std::string m_what;
  std::vector<std::string> m_keys;
  bool m_is_mapping = false;
};

}  // namespace pledge
