#include "model/fixed_texts.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>

#include "base/nearest_name.hpp"
#include "model/language.hpp"
#include "model/yaml_reader.hpp"

namespace pledge {

using Need = MappingReader::Need;

namespace {

void replace(std::string& text, std::string_view from, const std::string& to) {
  if (const std::size_t at = text.find(from); at != std::string::npos)
    text.replace(at, from.size(), to);
}

}  // namespace

const std::string& FixedTexts::text(std::string_view key) const {
  auto it = m_texts.find(key);
  if (it == m_texts.end())
    throw Error("no fixed text '" + std::string(key) + "'; the keys are those of en-GB.yaml");
  return it->second;
}

std::string FixedTexts::page_of(int page, int pages) const {
  std::string out = text("page-x-of-y");
  replace(out, "{page}", std::to_string(page));
  replace(out, "{pages}", std::to_string(pages));
  return out;
}

std::vector<FixedTextKey> fixed_text_keys_of(const SourceText& reference) {
  const YamlNode root = parse_yaml(reference);
  const YamlNode* texts = root.is_mapping() ? root.find("texts") : nullptr;
  std::vector<FixedTextKey> keys;
  if (!texts || !texts->is_mapping())
    return keys;
  for (const auto& entry : texts->entries()) {
    if (entry.key.scalar() == "months")
      continue;
    FixedTextKey& key = keys.emplace_back(FixedTextKey{entry.key.scalar(), {}});
    const std::string& text = entry.value.scalar();
    for (std::size_t open = text.find('{'); open != std::string::npos; open = text.find('{', open + 1)) {
      const std::size_t close = text.find('}', open);
      if (close == std::string::npos)
        break;
      const std::string_view name = std::string_view(text).substr(open + 1, close - open - 1);
      if (!name.empty() && std::all_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
        key.placeholders.push_back(text.substr(open, close - open + 1));
    }
  }
  return keys;
}

FixedTexts load_fixed_texts(std::shared_ptr<const SourceText> source, const std::vector<FixedTextKey>& keys) {
  const YamlNode root = parse_yaml(*source);
  DiagnosticList problems;
  std::string language;
  std::map<std::string, std::string, std::less<>> found;
  std::array<std::string, 12> months;
  MappingReader file(root, *source, problems, "fixed-text file", {"language", "texts"});
  if (!file.is_mapping()) {
    problems.add(*source, 1, 1,
                 "a fixed-text file needs 'language:' and 'texts:'; copy en-GB.yaml to start one");
    problems.throw_if_any();
  }
  language = read_language(file);
  const YamlNode& texts = file.value("texts", Need::required);
  std::vector<std::string> known;
  known.reserve(keys.size() + 1);
  for (const FixedTextKey& key : keys)
    known.push_back(key.name);
  known.emplace_back("months");
  if (texts.is_mapping()) {
    for (const auto& entry : texts.entries()) {
      const std::string& key = entry.key.scalar();
      if (std::find(known.begin(), known.end(), key) == known.end()) {
        file.problem(entry.key, "unknown fixed text '" + key + "'" + did_you_mean(key, known));
      } else if (key == "months") {
        const auto& items = entry.value.items();
        if (items.size() != 12 ||
            !std::all_of(items.begin(), items.end(), [](const YamlNode& n) { return n.is_scalar(); })) {
          file.problem(entry.value, "'months' must list the twelve month names, January first");
          continue;
        }
        for (std::size_t m = 0; m < 12; ++m)
          months[m] = items[m].scalar();
      } else if (!entry.value.is_scalar() || entry.value.scalar().empty()) {
        file.problem(entry.value.is_defined() ? entry.value : entry.key,
                     "fixed text '" + key + "' must be a text, but it is " + describe_kind(entry.value));
      } else {
        const auto row =
            std::find_if(keys.begin(), keys.end(), [&](const FixedTextKey& k) { return k.name == key; });
        for (const std::string& placeholder : row->placeholders) {
          if (entry.value.scalar().find(placeholder) == std::string::npos)
            file.problem(entry.value, "fixed text '" + key + "' must keep " + placeholder +
                                          ", which the documents fill in");
        }
        found.emplace(key, entry.value.scalar());
      }
    }
    std::string missing;
    for (std::string_view key : known) {
      const bool given = key == "months" ? !months[0].empty() : found.count(key) != 0;
      if (!given && texts.find(key) == nullptr)
        missing += (missing.empty() ? "" : ", ") + std::string(key);
    }
    if (!missing.empty())
      file.problem(texts, "the fixed texts of " + language + " lack " + missing +
                              "; add each under 'texts:' (see en-GB.yaml)");
  } else if (texts.is_defined()) {
    file.problem(texts, "'texts' must be a mapping of keys to texts, but it is " + describe_kind(texts));
  }
  problems.throw_if_any();
  return FixedTexts(std::move(language), std::move(found), std::move(months));
}

std::optional<std::filesystem::path> find_fixed_text_file(std::string_view language,
                                                          const std::vector<std::filesystem::path>& folders) {
  for (const std::filesystem::path& folder : folders) {
    std::filesystem::path path = folder / (std::string(language) + ".yaml");
    std::error_code ec;
    if (std::filesystem::is_regular_file(path, ec))
      return path;
  }
  return std::nullopt;
}

std::vector<std::string> fixed_text_languages(const std::vector<std::filesystem::path>& folders) {
  std::vector<std::string> out;
  for (const std::filesystem::path& folder : folders) {
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
      std::error_code kind;
      if (entry.path().extension() == ".yaml" && entry.is_regular_file(kind))
        out.push_back(entry.path().stem().string());
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

Error missing_fixed_texts(std::string_view language, const std::vector<std::filesystem::path>& folders) {
  const std::vector<std::string> there = fixed_text_languages(folders);
  const auto primary = [](std::string_view tag) {
    std::string subtag(tag.substr(0, tag.find('-')));
    std::transform(subtag.begin(), subtag.end(), subtag.begin(),
                   [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
    return subtag;
  };
  std::vector<std::string> same_primary;
  std::copy_if(there.begin(), there.end(), std::back_inserter(same_primary),
               [&](const std::string& tag) { return primary(tag) == primary(language); });
  const std::string meant = same_primary.size() == 1 ? "; did you mean '" + same_primary.front() + "'?"
                                                     : did_you_mean(language, there);
  std::string list;
  for (const std::string& tag : there)
    list += (list.empty() ? "" : ", ") + tag;
  const std::string file = std::string(language) + ".yaml";
  std::string message = "no fixed texts for " + std::string(language) + (meant.empty() ? "." : meant) +
                        " There are fixed texts for " + (list.empty() ? std::string("no language") : list) +
                        "; to add " + std::string(language) + ", write " +
                        (folders.empty() ? file : (folders.front() / file).string()) +
                        " (copy en-GB.yaml and translate each text)";
  if (folders.size() > 1) {
    message += "; looked in";
    for (const std::filesystem::path& folder : folders)
      message += " " + folder.string();
  }
  return Error(message);
}

}  // namespace pledge
