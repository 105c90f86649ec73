#include "model/yaml_reader.hpp"

#include <algorithm>
#include <sstream>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include "base/nearest_name.hpp"
#include "base/utf8.hpp"

namespace pledge {

namespace {

// yaml-cpp counts columns in bytes; people (and SARIF's default) count characters.
int character_column(const SourceText& source, int line, int byte_column) {
  const std::string_view text = source.line(line);
  int column = 1;
  for (int i = 0; i < byte_column && static_cast<std::size_t>(i) < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[static_cast<std::size_t>(i)]) & 0xC0) != 0x80)
      ++column;
  }
  return column;
}

}  // namespace

namespace {

std::string hex_byte(unsigned char byte) {
  static const char digits[] = "0123456789ABCDEF";
  return std::string("0x") + digits[byte >> 4] + digits[byte & 15];
}

// yaml-cpp passes invalid UTF-8 through silently and stops at NUL bytes; both mean the file is not the text
// the user thinks it is, so say so at the first bad byte.
void check_text_encoding(const SourceText& source) {
  const std::string& text = source.content();
  int line = 1;
  int column = 1;
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte == 0) {
      // No source line: echoing binary data would garble the terminal.
      throw Error("the file contains a NUL byte; is it a text file? Save it as UTF-8 text",
                  source.location(line, column));
    }
    const std::size_t length = utf8_sequence_length(text, i);
    if (length == 0) {
      throw Error("the file is not valid UTF-8 (byte " + hex_byte(byte) + "); save it with UTF-8 encoding",
                  source.location(line, column));
    }
    if (byte == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
    i += length;
  }
}

struct AliasFound {
  YAML::Mark mark;
};

struct TooManyNodes {
  int line, byte_column;  // from 0
};

// Where yaml-cpp would start another document after the first: a second `---`, or text it could not take
// into the first (it then reads the same tokens again and again, which is how `,` then `*` once hung).
struct MoreAfterDocument {
  YAML::Mark mark;
};

class NextDocumentFinder : public YAML::EventHandler {
 public:
  void OnDocumentStart(const YAML::Mark& mark) override { throw MoreAfterDocument{mark}; }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
  }
  void OnMapEnd() override {}
};

[[noreturn]] void refuse_more_after_document(const SourceText& source, const YAML::Mark& mark) {
  const int line = mark.line + 1;
  const std::string_view text = source.line(line);
  const auto at = static_cast<std::size_t>(std::max(mark.column, 0));
  const Location where = source.location(line, character_column(source, line, mark.column));
  if (text.substr(at, 3) == "---") {
    throw Error(
        "a second YAML document starts here; a pledge file holds one: remove this '---' and what follows, "
        "or move it into a file of its own",
        where, std::string(text));
  }
  const std::size_t length = at < text.size() ? std::max<std::size_t>(utf8_sequence_length(text, at), 1) : 0;
  throw Error("YAML syntax error: '" + std::string(text.substr(at, length)) +
                  "' cannot start a value here, so nothing from here on can be read; check the indentation "
                  "and quoting on this line or the one before",
              where, std::string(text));
}

}  // namespace

// Builds YamlNodes straight from yaml-cpp's parser events, in one linear pass: yaml-cpp's own node graph is
// never made. Aliases are refused as they are met: they make that graph a DAG which its loader walks
// exponentially (an "alias bomb" of 200 aliases took seconds), and pledge files have no need for them.
class YamlNodeBuilder : public YAML::EventHandler {
 public:
  explicit YamlNodeBuilder(const SourceText& source) : m_source(source) {}

  YamlNode take_root() { return std::move(m_root); }

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t) override { add(leaf(YamlNode::Kind::null, mark)); }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override { throw AliasFound{mark}; }
  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                const std::string& value) override {
    YamlNode node = leaf(YamlNode::Kind::scalar, mark);
    node.m_scalar = value;
    add(std::move(node));
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {
    m_open.push_back(Open{leaf(YamlNode::Kind::sequence, mark), {}, false});
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {
    m_open.push_back(Open{leaf(YamlNode::Kind::mapping, mark), {}, false});
  }
  void OnMapEnd() override { close(); }

 private:
  // A sequence or mapping whose end has not been seen yet, and a mapping's key waiting for its value.
  struct Open {
    YamlNode node;
    YamlNode key;
    bool has_key;
  };

  static YamlNode leaf(YamlNode::Kind kind, const YAML::Mark& mark) {
    YamlNode node;
    node.m_kind = kind;
    if (!mark.is_null()) {
      node.m_line = mark.line;
      node.m_byte_column = mark.column;
    }
    return node;
  }

  void add(YamlNode node) {
    count(node);
    if (m_open.empty()) {
      m_root = std::move(node);
      return;
    }
    Open& parent = m_open.back();
    if (parent.node.m_kind == YamlNode::Kind::sequence) {
      parent.node.m_items.push_back(std::move(node));
    } else if (!parent.has_key) {
      parent.key = std::move(node);
      parent.has_key = true;
    } else {
      if (node.m_kind == YamlNode::Kind::null)
        place_after_key(node, parent.key);
      parent.node.m_entries.push_back(YamlNode::Entry{std::move(parent.key), std::move(node)});
      parent.has_key = false;
    }
  }

  // Throws TooManyNodes past max_yaml_nodes, so that a file is refused while it is read, before its tree
  // costs more memory than any pledge needs.
  void count(const YamlNode& node) {
    if (++m_nodes > max_yaml_nodes)
      throw TooManyNodes{node.m_line, node.m_byte_column};
  }

  // yaml-cpp places an empty value (`service:` with nothing after it) at the next token, often on the next
  // line, where a message about it would point at the wrong key: it belongs just after its key's ':'.
  void place_after_key(YamlNode& value, const YamlNode& key) const {
    if (key.m_line < 0 || value.m_line == key.m_line)
      return;
    const std::string_view line = m_source.line(key.m_line + 1);
    const std::size_t colon =
        line.find(':', static_cast<std::size_t>(key.m_byte_column) + key.m_scalar.size());
    value.m_line = key.m_line;
    value.m_byte_column = static_cast<int>(colon == std::string_view::npos ? line.size() : colon + 1);
  }

  void close() {
    YamlNode node = std::move(m_open.back().node);
    m_open.pop_back();
    add(std::move(node));
  }

  const SourceText& m_source;
  std::size_t m_nodes = 0;
  YamlNode m_root = leaf(YamlNode::Kind::null, YAML::Mark::null_mark());
  std::vector<Open> m_open;
};

YamlNode parse_yaml(const SourceText& source) {
  check_text_encoding(source);
  try {
    std::istringstream in(source.content());
    YAML::Parser parser(in);
    YamlNodeBuilder builder(source);
    parser.HandleNextDocument(builder);
    // Called once, never in a loop: if yaml-cpp left tokens it could not use, a loop would never end.
    NextDocumentFinder finder;
    parser.HandleNextDocument(finder);
    return builder.take_root();
  } catch (const TooManyNodes& at) {
    const int line = at.line + 1;
    throw Error(
        "the file holds more than " + std::to_string(max_yaml_nodes) +
            " values (keys, texts and list items) by here; a pledge file needs far fewer: split it, or "
            "is it the right file?",
        source.location(line, character_column(source, line, at.byte_column)),
        std::string(source.line(line)));
  } catch (const MoreAfterDocument& more) {
    refuse_more_after_document(source, more.mark);
  } catch (const AliasFound& found) {
    const int line = found.mark.line + 1;
    throw Error("aliases (*name) are not supported in pledge files; write the value out in full",
                source.location(line, character_column(source, line, found.mark.column)),
                std::string(source.line(line)));
  } catch (const YAML::DeepRecursion& e) {
    const int line = e.mark.line + 1;
    throw Error("the YAML is nested too deeply (more than " + std::to_string(e.depth() - 1) +
                    " levels); pledge files need only a few levels",
                source.location(line, character_column(source, line, e.mark.column)),
                std::string(source.line(line)));
  } catch (const YAML::ParserException& e) {
    const int line = e.mark.line >= 0 ? e.mark.line + 1 : 0;
    const int column = e.mark.column >= 0 ? character_column(source, line, e.mark.column) : 0;
    throw Error(
        "YAML syntax error: " + e.msg + "; check the indentation and quoting on this line or the one before",
        source.location(line, column), std::string(source.line(line)));
  } catch (const YAML::Exception& e) {
    throw Error("cannot read YAML: " + e.msg, source.location(0, 0));
  }
}

const YamlNode* YamlNode::find(std::string_view key) const {
  for (const auto& entry : m_entries) {
    if (entry.key.is_scalar() && entry.key.scalar() == key)
      return &entry.value;
  }
  return nullptr;
}

// Conversions as yaml-cpp makes them, so that what a file means does not depend on who reads it.
std::optional<double> YamlNode::as_number() const {
  double value = 0;
  if (!is_scalar() || !YAML::convert<double>::decode(YAML::Node(m_scalar), value))
    return std::nullopt;
  return value;
}

std::optional<int> YamlNode::as_whole_number() const {
  int value = 0;
  if (!is_scalar() || !YAML::convert<int>::decode(YAML::Node(m_scalar), value))
    return std::nullopt;
  return value;
}

std::optional<bool> YamlNode::as_boolean() const {
  bool value = false;
  if (!is_scalar() || !YAML::convert<bool>::decode(YAML::Node(m_scalar), value))
    return std::nullopt;
  return value;
}

Location YamlNode::location(const SourceText& source) const {
  if (m_line < 0)
    return source.location(0, 0);
  return source.location(m_line + 1, character_column(source, m_line + 1, m_byte_column));
}

std::string describe_kind(const YamlNode& node) {
  switch (node.kind()) {
    case YamlNode::Kind::scalar:
      return "a text";
    case YamlNode::Kind::sequence:
      return "a list";
    case YamlNode::Kind::mapping:
      return "a mapping of keys to values";
    case YamlNode::Kind::null:
    case YamlNode::Kind::absent:
      break;
  }
  return "empty";
}

bool is_valid_id(std::string_view id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

namespace {

const YamlNode& absent_node() {
  static const YamlNode absent;
  return absent;
}

}  // namespace

MappingReader::MappingReader(const YamlNode& node, const SourceText& source, DiagnosticList& problems,
                             std::string what, std::vector<std::string> keys)
    : m_node(&node),
      m_source(source),
      m_problems(problems),
      m_what(std::move(what)),
      m_keys(std::move(keys)),
      m_is_mapping(node.is_mapping()) {
  if (!m_is_mapping) {
    problem(node,
            "this " + m_what + " must be written as 'key: value' lines, but it is " + describe_kind(node));
    return;
  }
  check_keys();
}

void MappingReader::problem(const YamlNode& at, std::string message) {
  const Location where = at.location(m_source);
  m_problems.add(where, m_source.line(where.line), std::move(message));
}

void MappingReader::check_keys() {
  std::vector<std::string> seen;
  for (const auto& entry : m_node->entries()) {
    const YamlNode& key = entry.key;
    if (!key.is_scalar()) {
      problem(key, "a key in a " + m_what + " must be a plain name, but this is " + describe_kind(key));
      continue;
    }
    const std::string& name = key.scalar();
    if (std::find(seen.begin(), seen.end(), name) != seen.end()) {
      problem(key, "duplicate key '" + name + "' in " + m_what + "; keep one of them");
      continue;
    }
    seen.push_back(name);
    if (std::find(m_keys.begin(), m_keys.end(), name) == m_keys.end()) {
      std::string hint = did_you_mean(name, m_keys);
      if (hint.empty()) {
        std::string all;
        for (const auto& k : m_keys)
          all += (all.empty() ? "" : ", ") + k;
        const bool vowel =
            !m_what.empty() && std::string_view("aeiou").find(m_what[0]) != std::string_view::npos;
        hint = std::string(vowel ? "; an " : "; a ") + m_what + " may have: " + all;
      }
      problem(key, "unknown key '" + name + "' in " + m_what + hint);
    }
  }
}

const YamlNode& MappingReader::value(std::string_view key, Need need) {
  if (!m_is_mapping)
    return absent_node();
  if (const YamlNode* found = m_node->find(key))
    return *found;
  if (need == Need::required) {
    problem(*m_node,
            "missing '" + std::string(key) + "' in " + m_what + "; add '" + std::string(key) + ": ...'");
  }
  return absent_node();
}

namespace {

// Empty, or only spaces: `service: " "` names no service any more than `service: ""` does. Spaces include the
// no-break and other Unicode spaces a word processor pastes.
bool is_blank(std::string_view text) {
  static constexpr std::string_view unicode_spaces[] = {
      "\u00A0", "\u2000", "\u2001", "\u2002", "\u2003", "\u2004", "\u2005", "\u2006", "\u2007",
      "\u2008", "\u2009", "\u200A", "\u200B", "\u202F", "\u205F", "\u3000", "\uFEFF"};
  while (!text.empty()) {
    if (text.front() == ' ' || text.front() == '\t' || text.front() == '\n' || text.front() == '\r') {
      text.remove_prefix(1);
      continue;
    }
    const auto space = std::find_if(std::begin(unicode_spaces), std::end(unicode_spaces),
                                    [&](std::string_view s) { return text.starts_with(s); });
    if (space == std::end(unicode_spaces))
      return false;
    text.remove_prefix(space->size());
  }
  return true;
}

}  // namespace

std::optional<std::string> MappingReader::text(std::string_view key, Need need) {
  const YamlNode& v = value(key, need);
  if (!v.is_defined())
    return std::nullopt;
  // A block scalar (`text: >` or `|`) ends with the line break before the next key, and `|+` keeps blank
  // lines too: line breaks at the end are never part of a value (as with `>-`), and a statement that kept
  // one would print with it and lint as ending in a space.
  std::string_view written = v.is_scalar() ? std::string_view(v.scalar()) : std::string_view();
  while (!written.empty() && (written.back() == '\n' || written.back() == '\r'))
    written.remove_suffix(1);
  if (v.is_null() || (v.is_scalar() && is_blank(written))) {
    if (need == Need::required) {
      problem(v, "'" + std::string(key) + "' in " + m_what + " is empty; write a value after '" +
                     std::string(key) + ":'");
    }
    return std::nullopt;
  }
  if (!v.is_scalar()) {
    problem(v, "'" + std::string(key) + "' in " + m_what + " must be a text, but it is " + describe_kind(v));
    return std::nullopt;
  }
  if (v.scalar().size() > max_text_bytes) {
    problem(v, "'" + std::string(key) + "' in " + m_what + " is " + std::to_string(v.scalar().size() / 1024) +
                   " KiB long; a value may be at most " + std::to_string(max_text_bytes) +
                   " bytes (a statement has to fit on a poster)");
    return std::nullopt;
  }
  return std::string(written);
}

std::optional<CalendarDate> MappingReader::date(std::string_view key, Need need, std::string_view what) {
  const std::optional<std::string> written = text(key, need);
  if (!written)
    return std::nullopt;
  std::optional<CalendarDate> date = parse_calendar_date(*written);
  if (!date) {
    problem(value(key, Need::optional), std::string(key) + " '" + *written + "' is not a date; write " +
                                            std::string(what) + " as YYYY-MM-DD, e.g. 2026-03-03");
  }
  return date;
}

std::optional<std::string> MappingReader::id(std::string_view key, Need need) {
  auto value_text = text(key, need);
  if (!value_text)
    return std::nullopt;
  if (!is_valid_id(*value_text)) {
    problem(value(key, Need::optional),
            "'" + *value_text + "' is not a valid " + std::string(key) +
                ": use lower-case letters, digits and hyphens only (such as 'second-opinion')");
    return std::nullopt;
  }
  return value_text;
}

const std::vector<YamlNode>& MappingReader::list(std::string_view key, Need need) {
  static const std::vector<YamlNode> none;
  const YamlNode& v = value(key, need);
  if (!v.is_defined() || v.is_null()) {
    if (v.is_defined() && need == Need::required) {
      problem(v, "'" + std::string(key) + "' in " + m_what + " is empty; give at least one item");
    }
    return none;
  }
  if (!v.is_sequence()) {
    problem(v, "'" + std::string(key) + "' in " + m_what +
                   " must be a list (items starting with '- ', or [a, b]), but it is " + describe_kind(v));
    return none;
  }
  if (v.items().size() > max_list_items) {
    problem(v, "'" + std::string(key) + "' in " + m_what + " holds " + std::to_string(v.items().size()) +
                   " items; a list may hold at most " + std::to_string(max_list_items) +
                   " (far more than a pledge needs): split the file, or is it the right file?");
    return none;
  }
  return v.items();
}

std::vector<std::string> MappingReader::texts(std::string_view key, Need need) {
  std::vector<std::string> out;
  for (const auto& item : list(key, need)) {
    if (!item.is_scalar()) {
      problem(item,
              "each item of '" + std::string(key) + "' must be a text, but this is " + describe_kind(item));
      continue;
    }
    out.push_back(item.scalar());
  }
  return out;
}

}  // namespace pledge
