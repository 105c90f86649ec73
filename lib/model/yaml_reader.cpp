#include "model/yaml_reader.hpp"

#include <algorithm>
#include <sstream>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>

#include "base/nearest_name.hpp"

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

// Length of the valid UTF-8 sequence at `i`, or 0 if it is not one (overlong forms, surrogates and code
// points past U+10FFFF are invalid too).
std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  std::size_t length = 0;
  unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
  if (lead < 0x80)
    return 1;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0)
      low = 0xA0;
    if (lead == 0xED)
      high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0)
      low = 0x90;
    if (lead == 0xF4)
      high = 0x8F;
  } else {
    return 0;
  }
  if (i + length > text.size())
    return 0;
  if (byte(i + 1) < low || byte(i + 1) > high)
    return 0;
  for (std::size_t k = 2; k < length; ++k) {
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF)
      return 0;
  }
  return length;
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

// Aliases make yaml-cpp's node graph a DAG that its loader walks exponentially (an "alias bomb" of 200
// aliases takes seconds). Pledge files have no need for them, so they are refused, found by a linear event
// pass.
class AliasFinder : public YAML::EventHandler {
 public:
  struct Found {
    YAML::Mark mark;
  };

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override { throw Found{mark}; }
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
  }
  void OnMapEnd() override {}
};

}  // namespace

YAML::Node parse_yaml(const SourceText& source) {
  check_text_encoding(source);
  try {
    if (source.content().find('*') != std::string::npos) {
      std::istringstream in(source.content());
      YAML::Parser parser(in);
      AliasFinder finder;
      try {
        while (parser.HandleNextDocument(finder)) {
        }
      } catch (const AliasFinder::Found& found) {
        const int line = found.mark.line + 1;
        throw Error("aliases (*name) are not supported in pledge files; write the value out in full",
                    source.location(line, character_column(source, line, found.mark.column)),
                    std::string(source.line(line)));
      }
    }
    return YAML::Load(source.content());
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

Location location_of(const YAML::Node& node, const SourceText& source) {
  const YAML::Mark mark = node.Mark();
  if (mark.is_null())
    return source.location(0, 0);
  return source.location(mark.line + 1, character_column(source, mark.line + 1, mark.column));
}

std::string describe_kind(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Scalar:
      return "a text";
    case YAML::NodeType::Sequence:
      return "a list";
    case YAML::NodeType::Map:
      return "a mapping of keys to values";
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
      break;
  }
  return "empty";
}

bool is_valid_id(std::string_view id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

MappingReader::MappingReader(YAML::Node node, const SourceText& source, DiagnosticList& problems,
                             std::string what, std::vector<std::string> keys)
    : m_node(std::move(node)),
      m_source(source),
      m_problems(problems),
      m_what(std::move(what)),
      m_keys(std::move(keys)),
      m_is_mapping(m_node.IsMap()) {
  if (!m_is_mapping) {
    problem(m_node,
            "this " + m_what + " must be written as 'key: value' lines, but it is " + describe_kind(m_node));
    return;
  }
  check_keys();
}

void MappingReader::problem(const YAML::Node& at, std::string message) {
  const Location where = location_of(at, m_source);
  m_problems.add(where, m_source.line(where.line), std::move(message));
}

void MappingReader::check_keys() {
  std::vector<std::string> seen;
  for (const auto& entry : m_node) {
    const YAML::Node& key = entry.first;
    if (!key.IsScalar()) {
      problem(key, "a key in a " + m_what + " must be a plain name, but this is " + describe_kind(key));
      continue;
    }
    const std::string name = key.Scalar();
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
        hint = "; a " + m_what + " may have: " + all;
      }
      problem(key, "unknown key '" + name + "' in " + m_what + hint);
    }
  }
}

YAML::Node MappingReader::value(std::string_view key, Need need) {
  if (!m_is_mapping)
    return YAML::Node(YAML::NodeType::Undefined);
  for (const auto& entry : m_node) {
    if (entry.first.IsScalar() && entry.first.Scalar() == key)
      return entry.second;
  }
  if (need == Need::required) {
    problem(m_node,
            "missing '" + std::string(key) + "' in " + m_what + "; add '" + std::string(key) + ": ...'");
  }
  return YAML::Node(YAML::NodeType::Undefined);
}

std::optional<std::string> MappingReader::text(std::string_view key, Need need) {
  YAML::Node v = value(key, need);
  if (!v.IsDefined())
    return std::nullopt;
  if (v.IsNull() || (v.IsScalar() && v.Scalar().empty())) {
    if (need == Need::required) {
      problem(v, "'" + std::string(key) + "' in " + m_what + " is empty; write a value after '" +
                     std::string(key) + ":'");
    }
    return std::nullopt;
  }
  if (!v.IsScalar()) {
    problem(v, "'" + std::string(key) + "' in " + m_what + " must be a text, but it is " + describe_kind(v));
    return std::nullopt;
  }
  if (v.Scalar().size() > max_text_bytes) {
    problem(v, "'" + std::string(key) + "' in " + m_what + " is " + std::to_string(v.Scalar().size() / 1024) +
                   " KiB long; a value may be at most " + std::to_string(max_text_bytes) +
                   " bytes (a statement has to fit on a poster)");
    return std::nullopt;
  }
  return v.Scalar();
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

std::vector<YAML::Node> MappingReader::list(std::string_view key, Need need) {
  YAML::Node v = value(key, need);
  std::vector<YAML::Node> items;
  if (!v.IsDefined() || v.IsNull()) {
    if (v.IsDefined() && need == Need::required) {
      problem(v, "'" + std::string(key) + "' in " + m_what + " is empty; give at least one item");
    }
    return items;
  }
  if (!v.IsSequence()) {
    problem(v, "'" + std::string(key) + "' in " + m_what +
                   " must be a list (items starting with '- ', or [a, b]), but it is " + describe_kind(v));
    return items;
  }
  for (const auto& item : v)
    items.push_back(item);
  return items;
}

std::vector<std::string> MappingReader::texts(std::string_view key, Need need) {
  std::vector<std::string> out;
  for (const auto& item : list(key, need)) {
    if (!item.IsScalar()) {
      problem(item,
              "each item of '" + std::string(key) + "' must be a text, but this is " + describe_kind(item));
      continue;
    }
    out.push_back(item.Scalar());
  }
  return out;
}

}  // namespace pledge
