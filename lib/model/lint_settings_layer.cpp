#include "model/lint_settings_layer.hpp"

#include <algorithm>

#include "model/yaml_reader.hpp"

namespace pledge {

using Need = MappingReader::Need;

namespace {

// The keys a mapping has: a reader that takes them all checks only the mapping's form (plain, unrepeated
// keys). Which of them name rules and options is for lint/ to say, against its rules table.
std::vector<std::string> keys_of(const YamlNode& mapping) {
  std::vector<std::string> keys;
  for (const auto& entry : mapping.entries()) {
    if (entry.key.is_scalar())
      keys.push_back(entry.key.scalar());
  }
  return keys;
}

// The entries with a plain key, each key once (the first, as MappingReader::value reads it); the reader has
// reported the others.
std::vector<const YamlNode::Entry*> named_entries(const YamlNode& mapping) {
  std::vector<const YamlNode::Entry*> out;
  std::vector<std::string_view> seen;
  for (const auto& entry : mapping.entries()) {
    if (!entry.key.is_scalar() || std::find(seen.begin(), seen.end(), entry.key.scalar()) != seen.end())
      continue;
    seen.push_back(entry.key.scalar());
    out.push_back(&entry);
  }
  return out;
}

WrittenValue written(const YamlNode& value, const SourceText& source) {
  WrittenValue out;
  out.is_scalar = value.is_scalar();
  out.text = value.scalar();
  out.number = value.as_number();
  out.whole_number = value.as_whole_number();
  out.boolean = value.as_boolean();
  out.location = value.location(source);
  return out;
}

WrittenRuleSettings read_rule(const YamlNode::Entry& entry, const SourceText& source) {
  WrittenRuleSettings rule{entry.key.scalar(), entry.key.location(source), std::nullopt, {}, {}};
  if (entry.value.is_scalar()) {
    rule.severity = written(entry.value, source);
    return rule;
  }
  MappingReader options(entry.value, source, rule.problems, "'" + rule.rule + "' setting",
                        keys_of(entry.value));
  if (!options.is_mapping())
    return rule;
  for (const YamlNode::Entry* option : named_entries(entry.value)) {
    if (option->key.scalar() == "severity") {
      rule.severity = written(option->value, source);
    } else {
      rule.options.push_back(
          WrittenOption{option->key.scalar(), option->key.location(source), written(option->value, source)});
    }
  }
  return rule;
}

}  // namespace

LintSettingsLayer read_lint_settings(const YamlNode& node, std::shared_ptr<const SourceText> source) {
  LintSettingsLayer layer;
  layer.source = std::move(source);
  if (!node.is_defined() || node.is_null())
    return layer;
  MappingReader reader(node, *layer.source, layer.problems, "lint settings", keys_of(node));
  if (!reader.is_mapping())
    return layer;
  for (const YamlNode::Entry* entry : named_entries(node)) {
    if (entry->key.scalar() != "words")
      layer.rules.push_back(read_rule(*entry, *layer.source));
  }
  layer.words = reader.texts("words", Need::optional);
  return layer;
}

LintSettingsLayer read_lint_settings_file(const std::filesystem::path& path) {
  auto source = std::make_shared<const SourceText>(SourceText::read(path));
  const YamlNode root = parse_yaml(*source);
  return read_lint_settings(root, std::move(source));
}

}  // namespace pledge
