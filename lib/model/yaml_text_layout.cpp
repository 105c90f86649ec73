#include "model/yaml_text_layout.hpp"

#include <algorithm>

namespace pledge {

std::string apply_splices(std::string_view text, std::vector<TextSplice> splices) {
  std::sort(splices.begin(), splices.end(),
            [](const TextSplice& a, const TextSplice& b) { return a.begin < b.begin; });
  std::string out;
  std::size_t at = 0;
  for (const auto& splice : splices) {
    out.append(text.substr(at, splice.begin - at));
    out += splice.text;
    at = splice.end;
  }
  out.append(text.substr(at));
  return out;
}

namespace {

std::string double_quoted(std::string_view value) {
  static const char digits[] = "0123456789ABCDEF";
  std::string out = "\"";
  for (const char c : value) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\r') {
      out += "\\r";
    } else if (byte < 0x20 || byte == 0x7F) {
      out += "\\x";
      out += digits[byte >> 4];
      out += digits[byte & 15];
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string single_quoted(std::string_view value) {
  std::string out = "'";
  for (const char c : value) {
    out += c;
    if (c == '\'')
      out += '\'';
  }
  return out + "'";
}

// True if `written` after "key: " reads back as the scalar `value`.
bool reads_back(std::string_view written, std::string_view value) {
  if (written.find_first_of("\r\n") != std::string_view::npos)
    return false;
  try {
    const SourceText check("check", "key: " + std::string(written) + "\n");
    const YamlNode root = parse_yaml(check);
    const YamlNode* found = root.find("key");
    return root.entries().size() == 1 && found && found->is_scalar() && found->scalar() == value;
  } catch (const Error&) {
    return false;
  }
}

bool is_space(char c) {
  return c == ' ' || c == '\t';
}

// The end of `text` without trailing spaces, from `begin`.
std::size_t trim_end(std::string_view text, std::size_t begin, std::size_t end) {
  while (end > begin && is_space(text[end - 1]))
    --end;
  return end;
}

// Where a comment starts on a line of plain text (a '#' after a space, or at its start), or npos.
std::size_t comment_start(std::string_view line, std::size_t from) {
  for (std::size_t i = from; i < line.size(); ++i) {
    if (line[i] == '#' && (i == 0 || is_space(line[i - 1])))
      return i;
  }
  return std::string_view::npos;
}

// The scalar written after "KEY:" on a commented line, without quotes or a trailing comment.
std::string commented_value(std::string_view text) {
  std::size_t begin = 0;
  while (begin < text.size() && is_space(text[begin]))
    ++begin;
  text.remove_prefix(begin);
  if (!text.empty() && (text.front() == '"' || text.front() == '\'')) {
    const char quote = text.front();
    const std::size_t close = text.find(quote, 1);
    if (close != std::string_view::npos)
      return std::string(text.substr(1, close - 1));
  }
  std::size_t end = comment_start(text, 0);
  if (end == std::string_view::npos)
    end = text.size();
  return std::string(text.substr(0, trim_end(text, 0, end)));
}

}  // namespace

std::string write_scalar(std::string_view value, ScalarStyle preferred) {
  std::string written;
  switch (preferred) {
    case ScalarStyle::plain:
    case ScalarStyle::block:
      written = std::string(value);
      break;
    case ScalarStyle::single_quoted:
      written = single_quoted(value);
      break;
    case ScalarStyle::double_quoted:
      return double_quoted(value);
  }
  return reads_back(written, value) ? written : double_quoted(value);
}

YamlTextLayout::YamlTextLayout(const SourceText& source, const YamlNode& root)
    : m_source(source), m_root(root) {
  const std::string& text = source.content();
  m_line_starts.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n')
      m_line_starts.push_back(i + 1);
  }
  const std::size_t first_break = text.find('\n');
  if (first_break != std::string::npos && first_break > 0 && text[first_break - 1] == '\r')
    m_line_break = "\r\n";
}

std::size_t YamlTextLayout::line_begin(std::size_t line) const {
  return line < m_line_starts.size() ? m_line_starts[line] : content().size();
}

std::size_t YamlTextLayout::next_line_begin(std::size_t line) const {
  return line_begin(line + 1);
}

std::size_t YamlTextLayout::line_end(std::size_t line) const {
  if (line + 1 >= m_line_starts.size())
    return content().size();                      // the last line has no line break
  std::size_t end = m_line_starts[line + 1] - 1;  // its '\n'
  if (end > m_line_starts[line] && content()[end - 1] == '\r')
    --end;
  return end;
}

std::string_view YamlTextLayout::line_text(std::size_t line) const {
  const std::size_t begin = line_begin(line);
  return std::string_view(content()).substr(begin, line_end(line) - begin);
}

std::size_t YamlTextLayout::indentation(std::size_t line) const {
  const std::string_view text = line_text(line);
  std::size_t n = 0;
  while (n < text.size() && text[n] == ' ')
    ++n;
  return n;
}

bool YamlTextLayout::is_blank(std::size_t line) const {
  const std::string_view text = line_text(line);
  return std::all_of(text.begin(), text.end(), is_space);
}

bool YamlTextLayout::is_comment(std::size_t line) const {
  const std::string_view text = line_text(line);
  const std::size_t first = text.find_first_not_of(" \t");
  return first != std::string_view::npos && text[first] == '#';
}

std::size_t YamlTextLayout::offset_of(const YamlNode& node) const {
  const Location where = node.location(m_source);
  if (where.line < 1)
    return content().size();
  const std::size_t line = static_cast<std::size_t>(where.line - 1);
  const std::string_view text = line_text(line);
  // Columns count characters; step over that many UTF-8 sequences.
  std::size_t byte = 0;
  for (int column = 1; column < where.column && byte < text.size(); ++column) {
    ++byte;
    while (byte < text.size() && (static_cast<unsigned char>(text[byte]) & 0xC0) == 0x80)
      ++byte;
  }
  return line_begin(line) + byte;
}

std::size_t YamlTextLayout::line_of(const YamlNode& node) const {
  const Location where = node.location(m_source);
  return where.line < 1 ? line_count() : static_cast<std::size_t>(where.line - 1);
}

bool YamlTextLayout::has_block_root() const {
  return m_root.is_mapping() && !is_flow(m_root);
}

bool YamlTextLayout::is_flow(const YamlNode& node) const {
  const std::size_t at = offset_of(node);
  return at < content().size() && (content()[at] == '[' || content()[at] == '{');
}

std::vector<YamlTextLayout::Section> YamlTextLayout::sections() const {
  std::vector<Section> out;
  if (!has_block_root())
    return out;
  const auto& entries = m_root.entries();
  for (std::size_t i = 0; i < entries.size(); ++i) {
    Section section;
    section.key = &entries[i].key;
    section.value = &entries[i].value;
    section.key_line = line_of(entries[i].key);
    section.search_end = i + 1 < entries.size() ? line_of(entries[i + 1].key) : line_count();
    std::size_t end = section.search_end;
    while (end > section.key_line + 1 &&
           (is_blank(end - 1) || (is_comment(end - 1) && indentation(end - 1) == 0)))
      --end;
    section.end_line = end;
    out.push_back(section);
  }
  return out;
}

std::optional<YamlTextLayout::Section> YamlTextLayout::section(std::string_view key) const {
  for (const auto& section : sections()) {
    if (section.key->is_scalar() && section.key->scalar() == key)
      return section;
  }
  return std::nullopt;
}

std::vector<YamlTextLayout::Item> YamlTextLayout::items(const Section& section) const {
  std::vector<Item> out;
  if (!section.value->is_sequence() || is_flow(*section.value))
    return out;
  const std::string& text = content();
  for (const auto& node : section.value->items()) {
    // The item's node starts after its dash (`- ref: x`), or on a later line (`-` alone, then the mapping).
    std::size_t at = offset_of(node);
    while (at > 0 && text[at - 1] != '-')
      --at;
    if (at == 0)
      continue;
    Item item;
    item.node = &node;
    const std::size_t dash = at - 1;
    item.first_line = static_cast<std::size_t>(
        std::upper_bound(m_line_starts.begin(), m_line_starts.end(), dash) - m_line_starts.begin() - 1);
    item.dash_column = dash - line_begin(item.first_line);
    out.push_back(item);
  }
  for (std::size_t i = 0; i < out.size(); ++i) {
    std::size_t end = i + 1 < out.size() ? out[i + 1].first_line : section.end_line;
    while (end > out[i].first_line + 1 && (is_blank(end - 1) || is_comment(end - 1)))
      --end;
    out[i].end_line = end;
  }
  return out;
}

YamlTextLayout::ScalarSpan YamlTextLayout::scalar_span(const YamlNode& key, const YamlNode& value,
                                                       std::size_t limit_line) const {
  const std::string& text = content();
  const std::size_t key_line = line_of(key);
  const std::size_t key_column = offset_of(key) - line_begin(key_line);
  ScalarSpan span;
  if (value.is_null()) {
    // The colon after the key; the value would go after it, before any comment.
    const std::string_view line = line_text(key_line);
    const std::size_t colon = line.find(':', key_column);
    span.begin = line_begin(key_line) + (colon == std::string_view::npos ? line.size() : colon + 1);
    std::size_t end = comment_start(line, colon == std::string_view::npos ? line.size() : colon + 1);
    if (end == std::string_view::npos)
      end = line.size();
    span.end = line_begin(key_line) + trim_end(line, span.begin - line_begin(key_line), end);
    span.end = std::max(span.end, span.begin);
    span.null_value = true;
    return span;
  }
  span.begin = offset_of(value);
  const std::size_t value_line = line_of(value);
  const char first = span.begin < text.size() ? text[span.begin] : '\0';
  if (first == '"' || first == '\'') {
    span.style = first == '"' ? ScalarStyle::double_quoted : ScalarStyle::single_quoted;
    std::size_t i = span.begin + 1;
    while (i < text.size()) {
      if (first == '"' && text[i] == '\\') {
        i += 2;
      } else if (text[i] == first) {
        if (first == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
          i += 2;
        } else {
          break;
        }
      } else {
        ++i;
      }
    }
    span.end = std::min(i + 1, text.size());
    return span;
  }
  if (first == '|' || first == '>') {
    // Content lines are indented deeper than the key; a comment line back at its level is not content.
    span.style = ScalarStyle::block;
    std::size_t last = value_line;
    for (std::size_t line = value_line + 1; line < limit_line && line < line_count(); ++line) {
      if (!is_blank(line) && indentation(line) > key_column)
        last = line;
    }
    if (last == value_line) {
      const std::string_view line = line_text(value_line);
      std::size_t end = comment_start(line, span.begin - line_begin(value_line));
      span.end = line_begin(value_line) + trim_end(line, span.begin - line_begin(value_line),
                                                   end == std::string_view::npos ? line.size() : end);
    } else {
      span.end = line_end(last);
    }
    return span;
  }
  // A plain scalar ends at a comment, and may continue on lines indented deeper than its key.
  span.style = ScalarStyle::plain;
  std::size_t line = value_line;
  std::size_t from = span.begin - line_begin(line);
  while (true) {
    const std::string_view current = line_text(line);
    const std::size_t comment = comment_start(current, from);
    const std::size_t end = comment == std::string_view::npos ? current.size() : comment;
    span.end = line_begin(line) + trim_end(current, from, end);
    if (comment != std::string_view::npos)
      break;
    const std::size_t next = line + 1;
    if (next >= limit_line || next >= line_count() || is_blank(next) || is_comment(next) ||
        indentation(next) <= key_column)
      break;
    line = next;
    from = indentation(line);
  }
  return span;
}

std::optional<YamlTextLayout::CommentedItem> YamlTextLayout::find_commented_item(
    const Section& section, std::string_view key, std::string_view value) const {
  const std::string head = "# - " + std::string(key) + ":";
  for (std::size_t line = section.key_line + 1; line < section.search_end; ++line) {
    const std::string_view text = line_text(line);
    const std::size_t column = indentation(line);
    if (text.substr(column, head.size()) != head)
      continue;
    if (commented_value(text.substr(column + head.size())) != value)
      continue;
    CommentedItem item{column, line, line + 1};
    while (item.end_line < section.search_end) {
      const std::string_view next = line_text(item.end_line);
      const std::string prefix = std::string(column, ' ') + "#   ";
      if (next.substr(0, prefix.size()) != prefix || next.size() == prefix.size())
        break;
      ++item.end_line;
    }
    return item;
  }
  return std::nullopt;
}

TextSplice YamlTextLayout::comment_out(std::size_t first_line, std::size_t end_line,
                                       std::size_t column) const {
  TextSplice splice{line_begin(first_line), line_end(end_line - 1), {}};
  const std::string& text = content();
  for (std::size_t line = first_line; line < end_line; ++line) {
    const std::string_view current = line_text(line);
    if (current.size() <= column && is_blank(line)) {
      splice.text += std::string(column, ' ') + "#";
    } else {
      const std::size_t at = std::min(column, indentation(line));
      splice.text += std::string(current.substr(0, at)) + "# " + std::string(current.substr(at));
    }
    if (line + 1 < end_line)
      splice.text += text.substr(line_end(line), line_begin(line + 1) - line_end(line));
  }
  return splice;
}

TextSplice YamlTextLayout::replace_lines(std::size_t first_line, std::size_t end_line,
                                         const std::vector<std::string>& lines) const {
  TextSplice splice{line_begin(first_line), line_end(end_line - 1), {}};
  for (std::size_t i = 0; i < lines.size(); ++i)
    splice.text += (i == 0 ? "" : m_line_break) + lines[i];
  return splice;
}

TextSplice YamlTextLayout::insert_lines(std::size_t line, const std::vector<std::string>& lines) const {
  const std::string& text = content();
  TextSplice splice;
  splice.begin = splice.end = line < line_count() ? line_begin(line) : text.size();
  const bool at_unfinished_end = splice.begin == text.size() && !text.empty() && text.back() != '\n';
  if (at_unfinished_end)
    splice.text += m_line_break;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    splice.text += lines[i];
    if (!at_unfinished_end || i + 1 < lines.size())
      splice.text += m_line_break;
  }
  return splice;
}

}  // namespace pledge
