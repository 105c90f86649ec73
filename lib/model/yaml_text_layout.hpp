#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/source_text.hpp"
#include "model/yaml_reader.hpp"

namespace pledge {

// A change to a text: the bytes [begin, end) replaced by `text`.
struct TextSplice {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string text;
};

// `text` with every splice made. Splices must not overlap; their order does not matter.
std::string apply_splices(std::string_view text, std::vector<TextSplice> splices);

// How a scalar is written in a file.
enum class ScalarStyle { plain, single_quoted, double_quoted, block };

// `value` written as a one-line YAML scalar: in `preferred` style when that reads back as exactly `value`
// (checked by parsing it), else double-quoted with escapes, which always does.
std::string write_scalar(std::string_view value, ScalarStyle preferred = ScalarStyle::plain);

// A YAML file's text seen as lines, with where the parsed nodes sit in it: the ground for changing a file in
// place, keeping its comments and layout, instead of writing it out again from the tree. Lines count from 0;
// offsets are bytes into source.content().
class YamlTextLayout {
 public:
  // `root` must have been parsed from `source`; both must outlive the layout.
  YamlTextLayout(const SourceText& source, const YamlNode& root);

  const std::string& content() const { return m_source.content(); }
  // "\n" or "\r\n": how the file's first line ends ("\n" for a file of one line), for the lines we add.
  const std::string& line_break() const { return m_line_break; }
  std::size_t line_count() const { return m_line_starts.size(); }
  std::size_t line_begin(std::size_t line) const;
  std::size_t line_end(std::size_t line) const;  // before "\r\n" or "\n"
  // Where line `line` + 1 begins: the end of the text for the last line.
  std::size_t next_line_begin(std::size_t line) const;
  std::string_view line_text(std::size_t line) const;
  std::size_t indentation(std::size_t line) const;
  bool is_blank(std::size_t line) const;
  bool is_comment(std::size_t line) const;  // only a comment, at any indentation

  // Where a node starts (its first character: a quote, `|`, `[`, `-` or the first key of a block mapping).
  std::size_t offset_of(const YamlNode& node) const;
  std::size_t line_of(const YamlNode& node) const;

  // True if the root is a mapping written as `key: value` lines (not `{...}`), the only form edited in place.
  bool has_block_root() const;

  // A key of the root mapping and the lines of its value: up to the next key of the root, but without the
  // blank lines and unindented comments just before that key, which introduce it.
  struct Section {
    const YamlNode* key = nullptr;
    const YamlNode* value = nullptr;
    std::size_t key_line = 0;
    std::size_t end_line = 0;    // one past the section's last line
    std::size_t search_end = 0;  // one past the line before the next key: where commented items may lie
  };
  std::optional<Section> section(std::string_view key) const;
  std::vector<Section> sections() const;

  // True if `node` is written in flow style (`[...]` or `{...}`).
  bool is_flow(const YamlNode& node) const;

  // An item of a block sequence, from its dash to its last line that is neither blank nor only a comment.
  struct Item {
    const YamlNode* node = nullptr;
    std::size_t dash_column = 0;  // bytes from the start of its line
    std::size_t first_line = 0;
    std::size_t end_line = 0;  // one past its last line
  };
  // The items of a section whose value is a block sequence; none otherwise.
  std::vector<Item> items(const Section& section) const;

  // Where a scalar value is written, after `key` in a block mapping: for a block scalar (`|`, `>`) its
  // header and content lines, for a plain scalar every line it continues on; never a comment after it. A
  // null value (`key:` and nothing) gives the empty span just after the colon. `limit_line` is the first
  // line the value cannot reach (the next key's, or the end of the item).
  struct ScalarSpan {
    std::size_t begin = 0;
    std::size_t end = 0;
    ScalarStyle style = ScalarStyle::plain;
    bool null_value = false;
  };
  ScalarSpan scalar_span(const YamlNode& key, const YamlNode& value, std::size_t limit_line) const;

  // A list item kept as comments, as `pledge init` writes them and as comment_out leaves them: a line
  // "# - KEY: VALUE" then lines "#   ..." at the same indentation.
  struct CommentedItem {
    std::size_t column = 0;  // of the '#'
    std::size_t first_line = 0;
    std::size_t end_line = 0;
  };
  std::optional<CommentedItem> find_commented_item(const Section& section, std::string_view key,
                                                   std::string_view value) const;

  // Lines [first_line, end_line) turned into comments: "# " inserted at `column`, so that they read back as
  // a CommentedItem and can be uncommented by hand.
  TextSplice comment_out(std::size_t first_line, std::size_t end_line, std::size_t column) const;

  // Lines [first_line, end_line) replaced by `lines` (each without a line break).
  TextSplice replace_lines(std::size_t first_line, std::size_t end_line,
                           const std::vector<std::string>& lines) const;

  // `lines` inserted before line `line` (at the end of the text when `line` is line_count()).
  TextSplice insert_lines(std::size_t line, const std::vector<std::string>& lines) const;

 private:
  const SourceText& m_source;
  const YamlNode& m_root;
  std::vector<std::size_t> m_line_starts;
  std::string m_line_break = "\n";
};

}  // namespace pledge
