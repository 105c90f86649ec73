#include "lint/scalar_columns.hpp"

#include "lint/tokens.hpp"

namespace pledge::lint {

namespace {

// Byte index in `line` of character `column` (from 1), or npos past the end.
std::size_t byte_of_column(std::string_view line, int column) {
  int seen = 1;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if ((static_cast<unsigned char>(line[i]) & 0xC0) == 0x80)
      continue;
    if (seen == column)
      return i;
    ++seen;
  }
  return std::string_view::npos;
}

}  // namespace

Location locate_in_scalar(const SourceText* source, const Location& scalar, std::string_view value,
                          std::size_t offset) {
  if (!source || scalar.line < 1 || scalar.column < 1 || offset > value.size())
    return scalar;
  const std::string_view line = source->line(scalar.line);
  const std::size_t start = byte_of_column(line, scalar.column);
  if (start == std::string_view::npos)
    return scalar;
  const char quote = line[start] == '"' || line[start] == '\'' ? line[start] : '\0';
  if (line[start] == '|' || line[start] == '>')
    return scalar;
  // Walk value and line together; any difference means the scalar is folded or escaped beyond what we map.
  std::size_t pos = start + (quote ? 1 : 0);
  std::size_t offset_pos = std::string_view::npos;
  for (std::size_t k = 0; k <= value.size(); ++k) {
    if (k == offset)
      offset_pos = pos;
    if (k == value.size())
      break;
    if (pos >= line.size())
      return scalar;
    if (quote == '\'' && line[pos] == '\'') {
      if (value[k] != '\'' || pos + 1 >= line.size() || line[pos + 1] != '\'')
        return scalar;
      pos += 2;
    } else if (quote == '"' && line[pos] == '\\') {
      if (pos + 1 >= line.size() || value[k] != line[pos + 1])
        return scalar;
      pos += 2;
    } else if (line[pos] == value[k]) {
      ++pos;
    } else {
      return scalar;
    }
  }
  // The scalar must end on this line: at its closing quote, or (plain) at the end of the line, a comment, or,
  // inside a flow mapping or list ({cy: ...}, [...]), the ',', '}' or ']' that ends it there.
  if (quote) {
    if (pos >= line.size() || line[pos] != quote)
      return scalar;
  } else {
    const std::size_t rest = line.find_first_not_of(" \t", pos);
    if (rest != std::string_view::npos && std::string_view("#,}]").find(line[rest]) == std::string_view::npos)
      return scalar;
  }
  Location where = scalar;
  where.column = scalar.column + count_characters(line.substr(start, offset_pos - start));
  return where;
}

bool suppresses(std::string_view line_text, std::string_view rule) {
  static constexpr std::string_view marker = "pledge-lint:";
  std::size_t at = 0;
  while ((at = line_text.find(marker, at)) != std::string_view::npos) {
    // Only inside a comment: a '#' before it, at the start of the line or after a space.
    const std::size_t hash = line_text.rfind('#', at);
    const bool in_comment = hash != std::string_view::npos &&
                            (hash == 0 || line_text[hash - 1] == ' ' || line_text[hash - 1] == '\t');
    std::size_t pos = at + marker.size();
    at = pos;
    if (!in_comment)
      continue;
    while (pos < line_text.size() && line_text[pos] == ' ')
      ++pos;
    if (line_text.compare(pos, 8, "disable=") != 0)
      continue;
    pos += 8;
    std::size_t end = line_text.find_first_of(" \t#", pos);
    if (end == std::string_view::npos)
      end = line_text.size();
    std::string_view list = line_text.substr(pos, end - pos);
    while (!list.empty()) {
      const std::size_t comma = list.find(',');
      const std::string_view name = list.substr(0, comma);
      if (name == rule || name == "all")
        return true;
      if (comma == std::string_view::npos)
        break;
      list.remove_prefix(comma + 1);
    }
  }
  return false;
}

}  // namespace pledge::lint
