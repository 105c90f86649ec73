#include "lint/lint_data.hpp"

#include <system_error>

#include "model/yaml_reader.hpp"

namespace pledge::lint {

using Need = MappingReader::Need;

namespace {

std::vector<std::string> words_of(std::string_view phrase) {
  std::vector<std::string> words;
  for (const auto& token : tokenize(phrase).tokens)
    words.push_back(token.lower);
  return words;
}

// True if `words` are the tokens from `start` on, whatever separates them.
bool words_at(const std::vector<Token>& tokens, std::size_t start, const std::vector<std::string>& words) {
  if (start + words.size() > tokens.size())
    return false;
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (tokens[start + k].lower != words[k])
      return false;
  }
  return true;
}

// True if tokens [index, index + length) lie inside an occurrence of one of the entry's exceptions.
bool inside_exception(const JargonEntry& entry, const std::vector<Token>& tokens, std::size_t index,
                      std::size_t length) {
  for (const auto& exception : entry.exceptions) {
    if (exception.size() < length)
      continue;
    const std::size_t earliest = index + length > exception.size() ? index + length - exception.size() : 0;
    for (std::size_t start = earliest; start <= index; ++start) {
      if (words_at(tokens, start, exception))
        return true;
    }
  }
  return false;
}

}  // namespace

void JargonList::add(std::string_view phrase, std::string plain, std::string source,
                     const std::vector<std::string>& exceptions) {
  JargonEntry entry;
  entry.phrase = std::string(phrase);
  entry.words = words_of(phrase);
  entry.plain = std::move(plain);
  entry.source = std::move(source);
  for (const auto& exception : exceptions)
    entry.exceptions.push_back(words_of(exception));
  if (entry.words.empty())
    return;
  m_by_first_word[entry.words.front()].push_back(m_entries.size());
  m_entries.push_back(std::move(entry));
}

const JargonEntry* JargonList::match(std::string_view text, const std::vector<Token>& tokens,
                                     std::size_t index, std::size_t& length) const {
  auto it = m_by_first_word.find(tokens[index].lower);
  if (it == m_by_first_word.end())
    return nullptr;
  const JargonEntry* best = nullptr;
  length = 0;
  for (std::size_t candidate : it->second) {
    const JargonEntry& entry = m_entries[candidate];
    if (entry.words.size() <= length || index + entry.words.size() > tokens.size())
      continue;
    bool matches = true;
    for (std::size_t k = 1; k < entry.words.size() && matches; ++k) {
      const Token& previous = tokens[index + k - 1];
      const Token& token = tokens[index + k];
      matches = token.lower == entry.words[k] &&
                text.substr(previous.end, token.begin - previous.end).find_first_not_of(' ') ==
                    std::string_view::npos;
    }
    if (matches && !inside_exception(entry, tokens, index, entry.words.size())) {
      best = &entry;
      length = entry.words.size();
    }
  }
  return best;
}

namespace {

struct DataFile {
  SourceText source;
  YamlNode root;
};

DataFile open_data_file(const std::filesystem::path& path) {
  SourceText source = SourceText::read(path);
  YamlNode root = parse_yaml(source);
  return DataFile{std::move(source), std::move(root)};
}

// Where a jargon entry comes from: the published guides it follows, or our own or a local judgement, which
// must then say why (`why:`), so that every entry can be checked against its source.
bool needs_reason(std::string_view source) {
  return source == "pledgekit" || source == "local";
}

bool is_known_source(std::string_view source) {
  return source == "nhs-a-to-z" || source == "nhs-content-guide" || source == "gov-uk" ||
         needs_reason(source);
}

void read_jargon(const std::filesystem::path& path, LintData& data, DiagnosticList& problems) {
  DataFile file = open_data_file(path);
  MappingReader reader(file.root, file.source, problems, "jargon file", {"jargon"});
  for (const auto& item : reader.list("jargon", Need::required)) {
    MappingReader entry(item, file.source, problems, "jargon entry",
                        {"avoid", "use", "source", "why", "except"});
    if (!entry.is_mapping())
      continue;
    if (const auto source = entry.text("source", Need::required)) {
      if (!is_known_source(*source)) {
        entry.problem(entry.value("source", Need::optional),
                      "unknown jargon source '" + *source +
                          "': use nhs-a-to-z, nhs-content-guide or gov-uk for an entry from those guides, or "
                          "pledgekit or local with 'why:' saying why the words are jargon");
      } else if (needs_reason(*source) && !entry.text("why", Need::optional)) {
        entry.problem(entry.node(), "a jargon entry from source '" + *source +
                                        "' needs 'why:' saying why the words are jargon for a patient");
      }
    }
    const auto plain = entry.text("use", Need::required);
    const std::string source = entry.text("source", Need::optional).value_or("");
    // Phrases where the words are a name or a legal term, not jargon.
    const std::vector<std::string> exceptions = entry.texts("except", Need::optional);
    std::vector<std::string> forms;
    const YamlNode& avoid = entry.value("avoid", Need::required);
    if (avoid.is_scalar()) {
      forms.push_back(avoid.scalar());
    } else if (avoid.is_defined()) {
      forms = entry.texts("avoid", Need::required);
    }
    if (!plain || forms.empty())
      continue;
    for (const auto& form : forms)
      data.jargon.add(form, *plain, source, exceptions);
    ++data.jargon_entries;
  }
}

// Words the Welsh word list lacks, as words.yaml's are for British English.
void read_welsh_words(const std::filesystem::path& path, LintData& data, DiagnosticList& problems) {
  DataFile file = open_data_file(path);
  MappingReader reader(file.root, file.source, problems, "Welsh word list", {"words"});
  data.welsh_words = reader.texts("words", Need::required);
}

void read_words(const std::filesystem::path& path, LintData& data, DiagnosticList& problems) {
  DataFile file = open_data_file(path);
  MappingReader reader(file.root, file.source, problems, "word list", {"words", "acronyms"});
  data.words = reader.texts("words", Need::required);
  for (auto& acronym : reader.texts("acronyms", Need::optional))
    data.known_acronyms.insert(std::move(acronym));
}

void read_syllables(const std::filesystem::path& path, LintData& data, DiagnosticList& problems) {
  DataFile file = open_data_file(path);
  MappingReader reader(file.root, file.source, problems, "syllable exceptions file", {"syllables"});
  const YamlNode& node = reader.value("syllables", Need::required);
  if (!node.is_defined())
    return;
  if (!node.is_mapping()) {
    reader.problem(node,
                   "'syllables' must be a mapping of words to their syllable counts (such as 'people: 2')");
    return;
  }
  for (const auto& entry : node.entries()) {
    const std::optional<int> count = entry.value.as_whole_number();
    if (!entry.key.is_scalar() || !count || *count < 1) {
      reader.problem(entry.key, "each syllable exception must be 'word: count', with a count of 1 or more");
      continue;
    }
    std::string word = entry.key.scalar();
    for (char& c : word) {
      if (c >= 'A' && c <= 'Z')
        c = static_cast<char>(c - 'A' + 'a');
    }
    data.syllables[word] = *count;
  }
}

void read_participles(const std::filesystem::path& path, LintData& data, DiagnosticList& problems) {
  DataFile file = open_data_file(path);
  MappingReader reader(file.root, file.source, problems, "participles file", {"irregular", "adjectives"});
  for (auto& word : reader.texts("irregular", Need::required))
    data.participles.insert(std::move(word));
  for (auto& word : reader.texts("adjectives", Need::optional))
    data.adjectives.insert(std::move(word));
}

}  // namespace

LintData load_lint_data(const std::filesystem::path& folder) {
  std::error_code ec;
  if (!std::filesystem::is_directory(folder, ec)) {
    throw Error("cannot find the lint data folder " + folder.string() +
                " (jargon, word lists and default settings); reinstall pledgekit or check the installation");
  }
  LintData data;
  DiagnosticList problems;
  auto each = [&](const char* name, void (*read)(const std::filesystem::path&, LintData&, DiagnosticList&)) {
    try {
      read(folder / name, data, problems);
    } catch (const Error& e) {
      problems.append(e);
    }
  };
  each("jargon.yaml", read_jargon);
  each("words.yaml", read_words);
  each("words.cy.yaml", read_welsh_words);
  each("syllables.yaml", read_syllables);
  each("participles.yaml", read_participles);
  try {
    data.settings = read_lint_settings_file(folder / "settings.yaml");
    data.defaults = layered_settings({.data_folder = &data.settings});
  } catch (const Error& e) {
    problems.append(e);
  }
  problems.throw_if_any();
  return data;
}

}  // namespace pledge::lint
