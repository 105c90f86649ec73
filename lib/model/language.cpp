#include "model/language.hpp"

#include <algorithm>

#include "model/yaml_reader.hpp"

namespace pledge {

namespace {

bool is_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

bool all_of(std::string_view s, bool (*test)(char)) {
  return std::all_of(s.begin(), s.end(), test);
}

bool is_alphanumeric(char c) {
  return is_alpha(c) || is_digit(c);
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  return out;
}

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    c = c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
  return out;
}

std::vector<std::string_view> subtags_of(std::string_view tag) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (;;) {
    const std::size_t dash = tag.find('-', start);
    out.push_back(tag.substr(start, dash - start));
    if (dash == std::string_view::npos)
      return out;
    start = dash + 1;
  }
}

// "-x-..." to the end: each subtag 1 to 8 letters or digits. `from` is the index of the "x".
bool private_use_from(const std::vector<std::string_view>& subtags, std::size_t from) {
  if (from + 1 >= subtags.size())
    return false;
  return std::all_of(subtags.begin() + static_cast<std::ptrdiff_t>(from) + 1, subtags.end(),
                     [](std::string_view s) { return s.size() <= 8 && all_of(s, is_alphanumeric); });
}

}  // namespace

std::optional<std::string> canonical_language_tag(std::string_view tag) {
  if (tag.empty() || tag.size() > 64)
    return std::nullopt;
  const std::vector<std::string_view> subtags = subtags_of(tag);
  for (std::string_view s : subtags) {
    if (s.empty() || s.size() > 8 || !all_of(s, is_alphanumeric))
      return std::nullopt;
  }
  if (lower(subtags[0]) == "x")
    return private_use_from(subtags, 0) ? std::optional(lower(tag)) : std::nullopt;
  // RFC 5646: language (2-3 letters, with up to three 3-letter extlangs), then optional script, region,
  // variants, extensions and private use, in that order. Its 4-8 letter languages are refused: none is
  // registered, and "Welsh" or "english" is what someone writes who means cy or en.
  const std::string_view language = subtags[0];
  if (!all_of(language, is_alpha) || language.size() < 2 || language.size() > 3)
    return std::nullopt;
  std::string out = lower(language);
  std::size_t i = 1;
  for (int extlangs = 0;
       extlangs < 3 && i < subtags.size() && subtags[i].size() == 3 && all_of(subtags[i], is_alpha);
       ++extlangs, ++i) {
    out += "-" + lower(subtags[i]);
  }
  if (i < subtags.size() && subtags[i].size() == 4 && all_of(subtags[i], is_alpha)) {
    out += "-" + upper(subtags[i].substr(0, 1)) + lower(subtags[i].substr(1));
    ++i;
  }
  if (i < subtags.size() && ((subtags[i].size() == 2 && all_of(subtags[i], is_alpha)) ||
                             (subtags[i].size() == 3 && all_of(subtags[i], is_digit)))) {
    out += "-" + upper(subtags[i]);
    ++i;
  }
  while (i < subtags.size() &&
         (subtags[i].size() >= 5 || (subtags[i].size() == 4 && is_digit(subtags[i][0])))) {
    out += "-" + lower(subtags[i]);
    ++i;
  }
  while (i < subtags.size() && subtags[i].size() == 1 && lower(subtags[i]) != "x") {
    const std::size_t singleton = i++;
    std::size_t parts = 0;
    for (; i < subtags.size() && subtags[i].size() >= 2; ++i, ++parts) {
    }
    if (parts == 0)
      return std::nullopt;
    for (std::size_t j = singleton; j < i; ++j)
      out += "-" + lower(subtags[j]);
  }
  if (i < subtags.size()) {
    if (lower(subtags[i]) != "x" || !private_use_from(subtags, i))
      return std::nullopt;
    for (; i < subtags.size(); ++i)
      out += "-" + lower(subtags[i]);
  }
  return out;
}

std::string_view primary_language(std::string_view tag) {
  return tag.substr(0, tag.find('-'));
}

const LanguageText* find_language(const std::vector<LanguageText>& texts, std::string_view language) {
  auto it =
      std::find_if(texts.begin(), texts.end(), [&](const LanguageText& t) { return t.language == language; });
  return it == texts.end() ? nullptr : &*it;
}

namespace {

// The canonical tag of `node`, or nothing after recording why it is not one.
std::optional<std::string> tag_of(MappingReader& reader, const YamlNode& node, std::string_view what) {
  if (!node.is_scalar() || node.scalar().empty()) {
    reader.problem(node, std::string(what) + " must be a language tag such as en-GB or cy, but it is " +
                             describe_kind(node));
    return std::nullopt;
  }
  auto tag = canonical_language_tag(node.scalar());
  if (!tag) {
    reader.problem(node, "'" + node.scalar() +
                             "' is not a BCP 47 language tag; write one such as en-GB (British English), cy "
                             "(Welsh), pl (Polish) or ur (Urdu)");
  }
  return tag;
}

}  // namespace

std::string read_language(MappingReader& file) {
  const YamlNode& node = file.value("language", MappingReader::Need::optional);
  if (!node.is_defined())
    return std::string(default_language);
  return tag_of(file, node, "'language'").value_or(std::string(default_language));
}

std::vector<LanguageText> read_translations(MappingReader& mapping, std::string_view own_language) {
  std::vector<LanguageText> out;
  const YamlNode& node = mapping.value("translations", MappingReader::Need::optional);
  if (!node.is_defined() || node.is_null())
    return out;
  if (!node.is_mapping()) {
    mapping.problem(node,
                    "'translations' must be a mapping of language tags to texts (such as 'cy: Rydym yn "
                    "gwrando.'), but it is " +
                        describe_kind(node));
    return out;
  }
  for (const auto& entry : node.entries()) {
    auto tag = tag_of(mapping, entry.key, "each key of 'translations'");
    if (!tag)
      continue;
    if (*tag == own_language) {
      mapping.problem(entry.key, "a translation into " + *tag + ", the language this is written in (" +
                                     "'language:' of its file, " + std::string(default_language) +
                                     " if not given); remove it or change the file's language");
      continue;
    }
    if (find_language(out, *tag)) {
      mapping.problem(entry.key, "a second translation into " + *tag + "; keep one");
      continue;
    }
    const YamlNode& value = entry.value;
    if (!value.is_scalar() || value.scalar().empty()) {
      mapping.problem(value.is_defined() && !value.is_null() ? value : entry.key,
                      "the translation into " + *tag + " must be a text, but it is " + describe_kind(value));
      continue;
    }
    if (value.scalar().size() > MappingReader::max_text_bytes) {
      mapping.problem(value, "the translation into " + *tag + " is longer than " +
                                 std::to_string(MappingReader::max_text_bytes) +
                                 " bytes (a statement has to fit on a poster)");
      continue;
    }
    out.push_back(LanguageText{*tag, value.scalar(), value.location(mapping.source())});
  }
  return out;
}

std::vector<std::string> read_languages(MappingReader& file) {
  std::vector<std::string> out;
  for (const YamlNode& item : file.list("languages", MappingReader::Need::optional)) {
    auto tag = tag_of(file, item, "each item of 'languages'");
    if (!tag)
      continue;
    if (std::find(out.begin(), out.end(), *tag) != out.end()) {
      file.problem(item, "language " + *tag + " is listed twice under 'languages'; list it once");
      continue;
    }
    out.push_back(*tag);
  }
  return out;
}

}  // namespace pledge
