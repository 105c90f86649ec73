#include "model/fixed_texts.hpp"

#include <algorithm>

#include "base/nearest_name.hpp"
#include "model/language.hpp"
#include "model/yaml_reader.hpp"

namespace pledge {

using Need = MappingReader::Need;

const std::vector<std::string_view>& fixed_text_keys() {
  static const std::vector<std::string_view> keys = {
      "our-pledge",
      "signed-by-our-team",
      "signing-promise",
      "name",
      "signature",
      "date",
      "what-we-ask-of-you",
      "continued",
      "sheet-x-of-y",
      "copy-requested",
      "copies-requested",
      "our-pledge-to-you",
      "a-guide-for-new-staff",
      "who-we-care-for",
      "everyone-who-uses-our-service",
      "why-we-have-a-pledge",
      "your-part",
      "who-to-contact",
      "ask-your-team-leader",
      "our-pledge-leaflet",
      "good-care-means",
      "our-pledge-tells",
      "we-wrote-it-together",
      "read-the-pledge",
      "speak-up",
      "feedback-and-concerns",
      "how-to-give-feedback",
      "evidence-checklist",
      "statement",
      "source",
      "evidence-prompts",
      "evidence-and-notes",
      "status",
      "owner",
      "met",
      "partly-met",
      "not-met",
      "statements-not-in-this-pledge",
      "library-wording",
      "reason",
      "who-the-service-is-for",
      "pledge-worksheet",
      "how-to-use-this-sheet",
      "keep",
      "cross-off",
      "reword",
      "new-wording",
      "statements-of-our-own",
      "worksheet-our-customers",
      "worksheet-tip-team",
      "worksheet-tip-cross-off",
      "worksheet-tip-tick",
      "worksheet-tip-plain",
      "worksheet-tip-big-group",
      "worksheet-tip-numbers",
      "reason-for-crossing-off",
      "crossed-off-in-service-file",
      "added-in-service-file",
      "new-statements-of-our-own",
      "new-statements-note",
      "worksheet-value",
      "statement-coverage",
      "service-one",
      "service-many",
      "statement-one",
      "statement-many",
      "library-statement-one",
      "library-statement-many",
      "library-one",
      "library-many",
      "coverage-counts",
      "library-version",
      "coverage-about",
      "services-heading",
      "service-column",
      "file-column",
      "excluded",
      "not-selected",
      "mark-kept",
      "mark-reworded",
      "mark-excluded",
      "coverage-added-note",
      "coverage-against-all",
      "coverage-page-set",
      "legend-kept",
      "legend-reworded",
      "legend-excluded",
      "legend-not-selected",
      "statement-ref-and-wording",
      "total",
      "coverage-added-row",
      "why-excluded",
      "none-excluded",
      "coverage-excluded-note",
      "coverage-of",
      "evidence-across-services",
      "evidence-counted-on",
      "overdue-reviews",
      "no-review-overdue",
      "evidence-overdue-note",
      "reviewer",
      "review-by-column",
      "days-overdue",
      "statements-column",
      "no-record",
      "all-services",
      "evidence-of",
      "page-x-of-y",
      "version",
      "agreed-on",
      "change",
      "kept",
      "reworded",
      "added",
      "ref",
      "pledge-edition",
      "statements-from",
      "made-with",
      "what-the-service-asks",
      "checklist-how-to",
      "checklist-numbered",
      "checklist-change-column",
      "checklist-excluded-note",
      "checked-on",
      "checked-on-by",
      "checked-by",
      "evidence-at",
      "review-by",
      "who-this-is-for",
      "for-audience",
      "our-pledge-large-print",
  };
  return keys;
}

namespace {

// The placeholders a key's text must keep, which the documents fill in; a key not listed has none.
struct KeyPlaceholders {
  std::string_view key;
  std::vector<std::string_view> placeholders;
};
const std::vector<KeyPlaceholders>& key_placeholders() {
  static const std::vector<KeyPlaceholders> table = {
      {"page-x-of-y", {"{page}", "{pages}"}},
      {"sheet-x-of-y", {"{sheet}", "{sheets}"}},
      {"copy-requested", {"{copies}"}},
      {"copies-requested", {"{copies}"}},
      {"version", {"{version}"}},
      {"agreed-on", {"{date}"}},
      {"pledge-edition", {"{version}"}},
      {"statements-from", {"{sources}"}},
      {"made-with", {"{version}"}},
      {"checked-on", {"{date}"}},
      {"checked-on-by", {"{date}", "{name}"}},
      {"checked-by", {"{name}"}},
      {"evidence-at", {"{link}"}},
      {"for-audience", {"{audience}"}},
      {"review-by", {"{date}"}},
      {"coverage-counts", {"{services}", "{statements}", "{libraries}"}},
      {"coverage-against-all", {"{services}"}},
      {"coverage-of", {"{services}"}},
      {"evidence-of", {"{services}"}},
      {"coverage-page-set", {"{first}", "{last}", "{services}", "{set}", "{sets}"}},
      {"evidence-counted-on", {"{date}"}},
  };
  return table;
}

std::vector<std::string_view> placeholders_of(std::string_view key) {
  for (const KeyPlaceholders& row : key_placeholders()) {
    if (row.key == key)
      return row.placeholders;
  }
  return {};
}

void replace(std::string& text, std::string_view from, const std::string& to) {
  if (const std::size_t at = text.find(from); at != std::string::npos)
    text.replace(at, from.size(), to);
}

}  // namespace

const std::string& FixedTexts::text(std::string_view key) const {
  auto it = m_texts.find(key);
  if (it == m_texts.end())
    throw Error("no fixed text '" + std::string(key) + "'; the keys are listed in fixed_text_keys()");
  return it->second;
}

std::string FixedTexts::page_of(int page, int pages) const {
  std::string out = text("page-x-of-y");
  replace(out, "{page}", std::to_string(page));
  replace(out, "{pages}", std::to_string(pages));
  return out;
}

FixedTexts load_fixed_texts(std::shared_ptr<const SourceText> source) {
  const YamlNode root = parse_yaml(*source);
  DiagnosticList problems;
  FixedTexts out;
  MappingReader file(root, *source, problems, "fixed-text file", {"language", "texts"});
  if (!file.is_mapping()) {
    problems.add(*source, 1, 1,
                 "a fixed-text file needs 'language:' and 'texts:'; copy en-GB.yaml to start one");
    problems.throw_if_any();
  }
  out.m_language = read_language(file);
  const YamlNode& texts = file.value("texts", Need::required);
  std::vector<std::string> known(fixed_text_keys().begin(), fixed_text_keys().end());
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
          out.m_months[m] = items[m].scalar();
      } else if (!entry.value.is_scalar() || entry.value.scalar().empty()) {
        file.problem(entry.value.is_defined() ? entry.value : entry.key,
                     "fixed text '" + key + "' must be a text, but it is " + describe_kind(entry.value));
      } else {
        for (std::string_view placeholder : placeholders_of(key)) {
          if (entry.value.scalar().find(placeholder) == std::string::npos)
            file.problem(entry.value, "fixed text '" + key + "' must keep " + std::string(placeholder) +
                                          ", which the documents fill in");
        }
        out.m_texts.emplace(key, entry.value.scalar());
      }
    }
    std::string missing;
    for (std::string_view key : known) {
      const bool given = key == "months" ? !out.m_months[0].empty() : out.m_texts.count(key) != 0;
      if (!given && texts.find(key) == nullptr)
        missing += (missing.empty() ? "" : ", ") + std::string(key);
    }
    if (!missing.empty())
      file.problem(texts, "the fixed texts of " + out.m_language + " lack " + missing +
                              "; add each under 'texts:' (see en-GB.yaml)");
  } else if (texts.is_defined()) {
    file.problem(texts, "'texts' must be a mapping of keys to texts, but it is " + describe_kind(texts));
  }
  problems.throw_if_any();
  return out;
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

FixedTexts texts_for(std::string_view language, const std::vector<std::filesystem::path>& folders) {
  const std::optional<std::filesystem::path> found = find_fixed_text_file(language, folders);
  if (!found) {
    const std::string file = std::string(language) + ".yaml";
    std::string message = "no fixed texts for " + std::string(language) + ": write " +
                          (folders.empty() ? file : (folders.front() / file).string()) +
                          " (copy en-GB.yaml and translate each text)";
    if (folders.size() > 1) {
      message += "; looked in";
      for (const std::filesystem::path& folder : folders)
        message += " " + folder.string();
    }
    throw Error(message);
  }
  const std::filesystem::path& path = *found;
  FixedTexts texts = load_fixed_texts(std::make_shared<const SourceText>(SourceText::read(path)));
  if (texts.language() != language) {
    throw Error(path.string() + " says 'language: " + texts.language() + "' but is named for " +
                std::string(language) + "; make them the same");
  }
  return texts;
}

}  // namespace pledge
