#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/calendar_date.hpp"
#include "base/source_text.hpp"

namespace pledge {

// A node of a parsed input file: yaml-cpp's tree copied into plain values that keep their place in the file,
// so that yaml-cpp stays private to this reader and nothing else depends on its types.
class YamlNode {
 public:
  enum class Kind { absent, null, scalar, sequence, mapping };
  struct Entry;

  YamlNode() = default;

  Kind kind() const { return m_kind; }
  bool is_defined() const { return m_kind != Kind::absent; }
  // True for `~`, `null` and a key with nothing after it (but not for an absent node).
  bool is_null() const { return m_kind == Kind::null; }
  bool is_scalar() const { return m_kind == Kind::scalar; }
  bool is_sequence() const { return m_kind == Kind::sequence; }
  bool is_mapping() const { return m_kind == Kind::mapping; }

  // The text of a scalar, as written (YAML 1.1 leaves `off` and `2.10` as text); empty for other kinds.
  const std::string& scalar() const { return m_scalar; }
  // The items of a sequence; empty for other kinds.
  const std::vector<YamlNode>& items() const { return m_items; }
  // The key-value pairs of a mapping in file order; empty for other kinds.
  const std::vector<Entry>& entries() const { return m_entries; }
  // The value of the first entry whose key is the scalar `key`, or null.
  const YamlNode* find(std::string_view key) const;

  // A scalar read as YAML reads a number, a whole number or a boolean (true/false, yes/no, on/off); nothing
  // if it is not one, or not a scalar.
  std::optional<double> as_number() const;
  std::optional<int> as_whole_number() const;
  std::optional<bool> as_boolean() const;

  // Where the node starts in `source` (its own file), counting characters; line and column 0 if unknown.
  Location location(const SourceText& source) const;

  // Fills nodes in from yaml-cpp's tree (yaml_reader.cpp).
  friend class YamlNodeBuilder;

 private:
  Kind m_kind = Kind::absent;
  std::string m_scalar;
  std::vector<YamlNode> m_items;
  std::vector<Entry> m_entries;
  int m_line = -1;         // from 0, as yaml-cpp counts; -1 if unknown
  int m_byte_column = -1;  // from 0, in bytes
};

struct YamlNode::Entry {
  YamlNode key;
  YamlNode value;
};

// Parses an input file as YAML, in time linear in its size. Invalid UTF-8, aliases, runaway nesting, syntax
// errors, a second document and text yaml-cpp cannot take into the document throw Error at the line and
// column where they are found.
YamlNode parse_yaml(const SourceText& source);

// The most values (keys, scalars, lists and mappings) parse_yaml takes from one file: 10,000 statements with
// their keys, refs and evidence fit many times over, and the tree stays a few tens of MB.
inline constexpr std::size_t max_yaml_nodes = 250'000;

// "a text", "a list", "a mapping" or "empty": how a node reads to someone who writes YAML by hand.
std::string describe_kind(const YamlNode& node);

// True if `id` matches [a-z0-9-]+, the form of library, group and statement ids.
bool is_valid_id(std::string_view id);

// Reads one YAML mapping of an input file field by field, recording every problem (unknown or duplicate keys,
// missing fields, wrong types) in a DiagnosticList rather than stopping at the first. The node and the source
// must outlive the reader.
class MappingReader {
 public:
  enum class Need { required, optional };

  // Longest text value accepted: a poster statement is a sentence or two; this only stops runaway input.
  static constexpr std::size_t max_text_bytes = 4000;
  // The most items of one list (statements, added statements, staff, ...): a limit that fails early with a
  // message, so that a huge file costs neither minutes nor gigabytes before it is refused.
  static constexpr std::size_t max_list_items = 10'000;

  // `what` names the mapping in messages ("service file", "statement"); `keys` are the keys it may have.
  MappingReader(const YamlNode& node, const SourceText& source, DiagnosticList& problems, std::string what,
                std::vector<std::string> keys);
  MappingReader(YamlNode&&, const SourceText&, DiagnosticList&, std::string,
                std::vector<std::string>) = delete;

  // A reader of `node`, a mapping inside this one's value (an item of a list of texts or mappings), that
  // records its problems with this one's.
  MappingReader nested(const YamlNode& node, std::string what, std::vector<std::string> keys) const {
    return MappingReader(node, m_source, m_problems, std::move(what), std::move(keys));
  }

  bool is_mapping() const { return m_is_mapping; }
  const YamlNode& node() const { return *m_node; }
  const SourceText& source() const { return m_source; }
  Location location() const { return m_node->location(m_source); }

  // The value of `key`, or an absent node if there is none (recording a problem if required).
  const YamlNode& value(std::string_view key, Need need);

  // Where the value of `key` starts (line and column 0 if there is none).
  Location location_of_value(std::string_view key) { return value(key, Need::optional).location(m_source); }

  // A single text value, without line breaks at its end (a block scalar's last one). Empty values count as
  // missing when required.
  std::optional<std::string> text(std::string_view key, Need need);

  // An id: a text of the form [a-z0-9-]+.
  std::optional<std::string> id(std::string_view key, Need need);

  // A day written YYYY-MM-DD; anything else is a problem at the value that says to write `what` so
  // ("the day the team agreed the pledge").
  std::optional<CalendarDate> date(std::string_view key, Need need, std::string_view what);

  // A list (sequence). Absent or empty (`key:` with nothing after it) gives no items.
  const std::vector<YamlNode>& list(std::string_view key, Need need);

  // A list of texts, e.g. refs or staff names.
  std::vector<std::string> texts(std::string_view key, Need need);

  // Reads each item of the list `key` as a mapping (`what`, with `keys`, as for the constructor): for each
  // item that is a mapping, in order, `read(reader, args...)` is called with a reader of it; an item that is
  // not is a problem recorded.
  template <typename Read, typename... Args>
  void read_each(std::string_view key, Need need, const std::string& what,
                 const std::vector<std::string>& keys, Read&& read, Args&&... args) {
    for (const YamlNode& item : list(key, need)) {
      MappingReader reader(item, m_source, m_problems, what, keys);
      if (reader.is_mapping())
        read(reader, args...);
    }
  }

  // Reads the value of the optional `key`, unless it is absent or empty, as a mapping (`what`, with `keys`):
  // `read(reader, args...)` is called with its reader if it is a mapping; if it is not, that is a problem
  // recorded.
  template <typename Read, typename... Args>
  void read_mapping(std::string_view key, const std::string& what, const std::vector<std::string>& keys,
                    Read&& read, Args&&... args) {
    const YamlNode& node = value(key, Need::optional);
    if (!node.is_defined() || node.is_null())
      return;
    MappingReader reader(node, m_source, m_problems, what, keys);
    if (reader.is_mapping())
      read(reader, args...);
  }

  void problem(const YamlNode& at, std::string message);

 private:
  void check_keys();

  const YamlNode* m_node;
  const SourceText& m_source;
  DiagnosticList& m_problems;
  std::string m_what;
  std::vector<std::string> m_keys;
  bool m_is_mapping = false;
};

}  // namespace pledge
