#include "model/service_file_edit.hpp"

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <set>

#include "base/calendar_date.hpp"
#include "model/language.hpp"
#include "model/service_file.hpp"
#include "model/yaml_reader.hpp"
#include "model/yaml_text_layout.hpp"

namespace pledge {

namespace {

template <class... Ts>
struct Overloaded : Ts... {
  using Ts::operator()...;
};
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";

bool is_blank_text(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// The `lint:` settings as text: each rule's severity and options as written, then the words.
std::string describe_lint(const LintSettingsLayer& lint) {
  std::string out;
  for (const auto& rule : lint.rules) {
    out += rule.rule + "{";
    if (rule.severity)
      out += "severity=" + rule.severity->text + ",";
    for (const auto& option : rule.options)
      out += option.name + "=" + option.value.text + ",";
    out += "}";
  }
  out += "words[";
  for (const auto& word : lint.words)
    out += word + ",";
  return out + "]";
}

// Everything a service file means, as text, to compare two readings of it. Exclusions, rewordings and
// evidence records are sorted: where an entry sits in its list changes no statement of the pledge.
// Translations as text: "|cy=..." for each, in the order written.
std::string describe_translations(const std::vector<LanguageText>& translations) {
  std::string out;
  for (const auto& t : translations)
    out += "|" + t.language + "=" + t.text;
  return out;
}

std::string meaning(const ServiceFile& file) {
  std::string out;
  auto line = [&](std::string_view key, std::string_view value) {
    out += std::string(key) + "=" + std::string(value) + "\n";
  };
  auto sorted_lines = [&](std::vector<std::string> lines) {
    std::sort(lines.begin(), lines.end());
    for (const auto& l : lines)
      out += l + "\n";
  };
  line("service", file.service);
  line("audience", file.audience);
  line("language", file.language);
  for (const auto& language : file.languages)
    line("languages", language);
  for (const auto& library : file.libraries)
    line("library", library.id);
  for (const auto& group : file.groups)
    line("group", group.id + "|" + group.title + describe_translations(group.translations));
  std::vector<std::string> lines;
  for (const auto& exclusion : file.exclude)
    lines.push_back("exclude=" + exclusion.ref + "|" + exclusion.reason);
  for (const auto& rewording : file.reword)
    lines.push_back("reword=" + rewording.ref + "|" + rewording.text +
                    describe_translations(rewording.translations));
  for (const auto& record : file.evidence)
    lines.push_back("evidence=" + record.ref + "|" + record.status + "|" + record.owner + "|" + record.notes +
                    "|" + (record.checked ? iso_text(*record.checked) : "") + "|" + record.reviewer + "|" +
                    record.link + "|" + (record.review_by ? iso_text(*record.review_by) : ""));
  sorted_lines(lines);
  for (const auto& local : file.add) {
    line("add", local.id + "|" + local.group + "|" + local.text + describe_translations(local.translations));
    for (const auto& ref : local.refs)
      line("add.ref", ref);
    for (const auto& evidence : local.evidence)
      line("add.evidence", evidence);
  }
  for (const auto& name : file.staff)
    line("staff", name);
  line("contact", file.contact);
  line("version", file.version);
  line("agreed", file.agreed ? iso_text(*file.agreed) : "");
  line("poster", file.poster.size + "|" + std::to_string(file.poster.copies));
  for (const auto& ask : file.asks)
    line("ask", ask.text + describe_translations(ask.translations));
  for (const auto& text : file.leaflet)
    line("leaflet",
         text.panel + "|" + text.part + "|" + text.text + describe_translations(text.translations));
  for (const auto& word : file.words)
    line("word", word);
  for (const auto& entry : file.glossary)
    line("glossary", entry.term + "|" + entry.meaning);
  line("lint", describe_lint(file.lint));
  return out;
}

ServiceFile read_checked(std::shared_ptr<const SourceText> source) {
  DiagnosticList problems;
  ServiceFile file = read_service_file(std::move(source), problems);
  problems.throw_if_any();
  return file;
}

// The lists an edit writes to, and the field that tells their entries apart.
struct ListKind {
  std::string_view key;
  std::string_view field;
  std::vector<std::string_view> keys_before;  // pledge-formats(5) order: a new list goes after these
};

const ListKind exclude_list{"exclude", "ref", {"service", "audience", "libraries", "groups"}};
const ListKind reword_list{"reword", "ref", {"service", "audience", "libraries", "groups", "exclude"}};
const ListKind add_list{"add", "id", {"service", "audience", "libraries", "groups", "exclude", "reword"}};
const ListKind asks_list{"asks",
                         "",
                         {"service", "audience", "libraries", "groups", "exclude", "reword", "add", "staff",
                          "contact", "version", "agreed", "poster"}};
const ListKind evidence_list{"evidence",
                             "ref",
                             {"service", "audience", "libraries", "groups", "exclude", "reword", "add",
                              "staff", "contact", "version", "agreed", "poster"}};

// Lines of one list entry, written at `column`.
using EntryLines = std::function<std::vector<std::string>(std::size_t column)>;

EntryLines exclusion_lines(Exclusion exclusion) {
  return [exclusion](std::size_t column) {
    const std::string pad(column, ' ');
    return std::vector<std::string>{pad + "- ref: " + write_scalar(exclusion.ref),
                                    pad + "  reason: " + write_scalar(exclusion.reason)};
  };
}

// `translations:` and a line for each, under an entry's keys at `pad`.
void append_translations(std::vector<std::string>& lines, const std::string& pad,
                         const std::vector<LanguageText>& translations) {
  if (translations.empty())
    return;
  lines.push_back(pad + "  translations:");
  for (const auto& t : translations)
    lines.push_back(pad + "    " + write_scalar(t.language) + ": " + write_scalar(t.text));
}

EntryLines rewording_lines(Rewording rewording) {
  return [rewording](std::size_t column) {
    const std::string pad(column, ' ');
    std::vector<std::string> lines{pad + "- ref: " + write_scalar(rewording.ref),
                                   pad + "  text: " + write_scalar(rewording.text)};
    append_translations(lines, pad, rewording.translations);
    return lines;
  };
}

EntryLines addition_lines(LocalStatement local) {
  return [local](std::size_t column) {
    const std::string pad(column, ' ');
    std::vector<std::string> lines{pad + "- id: " + write_scalar(local.id),
                                   pad + "  group: " + write_scalar(local.group),
                                   pad + "  text: " + write_scalar(local.text)};
    auto list = [&](std::string_view key, const std::vector<std::string>& items) {
      if (items.empty())
        return;
      lines.push_back(pad + "  " + std::string(key) + ":");
      for (const auto& item : items)
        lines.push_back(pad + "    - " + write_scalar(item));
    };
    list("refs", local.refs);
    list("evidence", local.evidence);
    append_translations(lines, pad, local.translations);
    return lines;
  };
}

// An ask with translations is written as `- text:` and `translations:`; one without as its text alone.
EntryLines ask_entry_lines(Ask ask) {
  return [ask](std::size_t column) {
    const std::string pad(column, ' ');
    if (ask.translations.empty())
      return std::vector<std::string>{pad + "- " + write_scalar(ask.text)};
    std::vector<std::string> lines{pad + "- text: " + write_scalar(ask.text)};
    append_translations(lines, pad, ask.translations);
    return lines;
  };
}

EntryLines ask_lines(std::string text) {
  return [text](std::size_t column) {
    return std::vector<std::string>{std::string(column, ' ') + "- " + write_scalar(text)};
  };
}

EntryLines evidence_lines(EvidenceRecord record) {
  return [record](std::size_t column) {
    const std::string pad(column, ' ');
    auto text = [](const std::string& value) { return value.empty() ? value : write_scalar(value); };
    auto date = [](const std::optional<CalendarDate>& value) {
      return value ? iso_text(*value) : std::string();
    };
    // The fields a record has, in the order they are written; an empty one is left out.
    const std::pair<const char*, std::string> fields[] = {
        {"status", text(record.status)},      {"owner", text(record.owner)},
        {"notes", text(record.notes)},        {"checked", date(record.checked)},
        {"reviewer", text(record.reviewer)},  {"link", text(record.link)},
        {"review-by", date(record.review_by)}};
    std::vector<std::string> lines{pad + "- ref: " + write_scalar(record.ref)};
    for (const auto& [key, value] : fields) {
      if (!value.empty())
        lines.push_back(pad + "  " + key + ": " + value);
    }
    return lines;
  };
}

// One edit being worked out: the splices that make it in the text, and the service file it must read back
// as (`expected`), built side by side so that the result can be checked.
class EditPlan {
 public:
  EditPlan(std::string_view content, const std::string& name)
      : m_source(std::make_shared<const SourceText>(name, std::string(content))),
        m_root(parse_yaml(*m_source)),
        m_layout(*m_source, m_root),
        m_old(read_checked(m_source)),
        m_expected(m_old) {
    if (!m_layout.has_block_root()) {
      throw Error(
          "pledge serve changes service files written as 'key: value' lines; this one is a {...} mapping. "
          "Write it out in block style first",
          m_source->location(1, 1), std::string(m_source->line(1)));
    }
  }

  void make(const edit::CrossOff& e);
  void make(const edit::KeepAgain& e);
  void make(const edit::Reword& e);
  void make(const edit::UseOriginal& e);
  void make(const edit::AddStatement& e);
  void make(const edit::RemoveStatement& e);
  void make(const edit::AddAsk& e);
  void make(const edit::RewordAsk& e);
  void make(const edit::RemoveAsk& e);
  void make(const edit::Translate& e);

  EditedServiceFile finish();

 private:
  Location file_location() const { return m_source->location(0, 0); }

  template <typename Entry>
  static std::optional<std::size_t> index_of(const std::vector<Entry>& entries,
                                             std::function<bool(const Entry&)> same) {
    auto it = std::find_if(entries.begin(), entries.end(), same);
    if (it == entries.end())
      return std::nullopt;
    return static_cast<std::size_t>(it - entries.begin());
  }

  // Takes the entry `same` finds out of `entries` (what the file should mean) and comments it out of `list`
  // in the text, where its field is `value`; false if there is none.
  template <typename Entry>
  bool take_out(std::vector<Entry>& entries, std::function<bool(const Entry&)> same, const ListKind& list,
                const std::string& value) {
    const auto i = index_of<Entry>(entries, std::move(same));
    if (!i)
      return false;
    entries.erase(entries.begin() + static_cast<std::ptrdiff_t>(*i));
    take_out_entry(list, value);
    return true;
  }

  std::optional<YamlTextLayout::Item> find_item(const YamlTextLayout::Section& section,
                                                std::string_view field, std::string_view value) const;
  // Adds an entry to a list; `match` is the value of its field to look for among commented-out entries
  // (empty: do not look).
  void add_entry(const ListKind& list, const std::string& match, const EntryLines& lines);
  // The entry of `list` whose field is `value`; nothing if the list is written [...] and is to be written
  // again in block style (which writes every entry anew).
  std::optional<YamlTextLayout::Item> block_item(const ListKind& list, const std::string& value);
  // Comments out the entry whose field is `value`.
  void take_out_entry(const ListKind& list, const std::string& value);
  // Sets `key` of the entry whose field is `value` to `text`; `lines` writes the whole entry when it has to
  // be written again (a {...} entry).
  void set_field(const ListKind& list, const std::string& value, std::string_view key,
                 const std::string& text, const EntryLines& lines);
  void rewrite_in_block_style(const ListKind& list);
  // The ask at `number` (from 1) as the file writes it; nothing if `asks:` is written [...] and is to be
  // written again in block style. Throws Error if there is no such ask.
  std::optional<YamlTextLayout::Item> ask_item(std::size_t number);
  // Sets the translation into `language` of the entry of `list` whose field is `value`; `lines` writes the
  // whole entry when it has to be written again.
  void set_translation(const ListKind& list, const std::string& value, const std::string& language,
                       const std::string& text, const EntryLines& lines);

  std::shared_ptr<const SourceText> m_source;
  YamlNode m_root;
  YamlTextLayout m_layout;
  ServiceFile m_old;
  ServiceFile m_expected;
  std::vector<TextSplice> m_splices;
  std::set<std::string> m_rewrites;  // lists in flow style, written again from m_expected at the end
  std::vector<std::string> m_notes;
};

std::optional<YamlTextLayout::Item> EditPlan::find_item(const YamlTextLayout::Section& section,
                                                        std::string_view field,
                                                        std::string_view value) const {
  for (const auto& item : m_layout.items(section)) {
    const YamlNode* found = item.node->find(field);
    if (found && found->is_scalar() && found->scalar() == value)
      return item;
  }
  return std::nullopt;
}

void EditPlan::add_entry(const ListKind& list, const std::string& match, const EntryLines& lines) {
  const auto section = m_layout.section(list.key);
  if (!section) {
    // After the last of the keys that come before this list, wherever they are in the file.
    std::size_t at = m_layout.line_count();
    std::size_t latest = 0;
    bool found = false;
    for (const auto& other : m_layout.sections()) {
      const auto& before = list.keys_before;
      if (other.key->is_scalar() &&
          std::find(before.begin(), before.end(), other.key->scalar()) != before.end() &&
          (!found || other.key_line >= latest)) {
        latest = other.key_line;
        at = other.end_line;
        found = true;
      }
    }
    std::vector<std::string> text{std::string(list.key) + ":"};
    for (auto& line : lines(2))
      text.push_back(std::move(line));
    m_splices.push_back(m_layout.insert_lines(at, text));
    return;
  }
  const YamlNode& value = *section->value;
  if (m_layout.is_flow(value)) {
    rewrite_in_block_style(list);
    return;
  }
  if (!value.is_null() && !value.is_sequence())  // read_service_file reports this first; never reached
    throw Error("'" + std::string(list.key) + "' must be a list to add to", value.location(*m_source));
  if (!match.empty()) {
    if (auto commented = m_layout.find_commented_item(*section, list.field, match)) {
      m_splices.push_back(
          m_layout.replace_lines(commented->first_line, commented->end_line, lines(commented->column)));
      return;
    }
  }
  const auto items = m_layout.items(*section);
  if (!items.empty()) {
    m_splices.push_back(m_layout.insert_lines(items.back().end_line, lines(items.front().dash_column)));
    return;
  }
  // An empty list: indent as its commented-out entries are, if it has any.
  std::size_t column = 2;
  for (std::size_t line = section->key_line + 1; line < section->end_line; ++line) {
    const std::string_view text = m_layout.line_text(line);
    const std::size_t indent = m_layout.indentation(line);
    if (text.substr(indent, 4) == "# - ") {
      column = indent;
      break;
    }
  }
  m_splices.push_back(m_layout.insert_lines(section->end_line, lines(column)));
}

std::optional<YamlTextLayout::Item> EditPlan::block_item(const ListKind& list, const std::string& value) {
  const auto section = m_layout.section(list.key);
  if (!section)
    throw Error("internal: no '" + std::string(list.key) + "' list holding '" + value + "'", file_location());
  if (m_layout.is_flow(*section->value)) {
    rewrite_in_block_style(list);
    return std::nullopt;
  }
  auto item = find_item(*section, list.field, value);
  if (!item)
    throw Error("internal: '" + value + "' not found under '" + std::string(list.key) + "'", file_location());
  return item;
}

void EditPlan::take_out_entry(const ListKind& list, const std::string& value) {
  const auto item = block_item(list, value);
  if (!item)
    return;
  m_splices.push_back(m_layout.comment_out(item->first_line, item->end_line, item->dash_column));
}

void EditPlan::set_field(const ListKind& list, const std::string& value, std::string_view key,
                         const std::string& text, const EntryLines& lines) {
  const auto item = block_item(list, value);
  if (!item)
    return;
  if (m_layout.is_flow(*item->node)) {
    m_splices.push_back(m_layout.replace_lines(item->first_line, item->end_line, lines(item->dash_column)));
    return;
  }
  const auto& entries = item->node->entries();
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (!entries[i].key.is_scalar() || entries[i].key.scalar() != key)
      continue;
    const std::size_t limit = i + 1 < entries.size() ? m_layout.line_of(entries[i + 1].key) : item->end_line;
    const auto span = m_layout.scalar_span(entries[i].key, entries[i].value, limit);
    const ScalarStyle style = span.style == ScalarStyle::block ? ScalarStyle::plain : span.style;
    m_splices.push_back(
        TextSplice{span.begin, span.end, (span.null_value ? " " : "") + write_scalar(text, style)});
    return;
  }
  // The key is missing: add it as the entry's last line.
  const std::string pad(item->dash_column + 2, ' ');
  m_splices.push_back(
      m_layout.insert_lines(item->end_line, {pad + std::string(key) + ": " + write_scalar(text)}));
}

void EditPlan::rewrite_in_block_style(const ListKind& list) {
  if (m_rewrites.insert(std::string(list.key)).second) {
    m_notes.push_back("'" + std::string(list.key) +
                      ":' was written as [...]; it is now written as one entry per line (comments inside the "
                      "brackets are not kept).");
  }
}

void EditPlan::make(const edit::CrossOff& e) {
  if (is_blank_text(e.reason))
    throw Error("give the reason for crossing off '" + e.ref + "': auditors will ask why it does not fit");
  auto same_ref = [&](const auto& entry) { return entry.ref == e.ref; };
  if (auto i = index_of<Exclusion>(m_expected.exclude, same_ref)) {
    m_expected.exclude[*i].reason = e.reason;
    set_field(exclude_list, e.ref, "reason", e.reason, exclusion_lines(m_expected.exclude[*i]));
    return;
  }
  if (take_out<Rewording>(m_expected.reword, same_ref, reword_list, e.ref))
    m_notes.push_back("Its rewording is kept in the file as a comment.");
  if (take_out<EvidenceRecord>(m_expected.evidence, same_ref, evidence_list, e.ref))
    m_notes.push_back("Its evidence record is kept in the file as a comment.");
  add_entry(exclude_list, e.ref,
            exclusion_lines(m_expected.exclude.emplace_back(Exclusion{e.ref, e.reason, {}})));
}

void EditPlan::make(const edit::KeepAgain& e) {
  if (!take_out<Exclusion>(
          m_expected.exclude, [&](const Exclusion& x) { return x.ref == e.ref; }, exclude_list, e.ref))
    throw Error("'" + e.ref + "' is not crossed off, so there is nothing to keep again");
}

void EditPlan::make(const edit::Reword& e) {
  if (is_blank_text(e.text))
    throw Error("the new wording of '" + e.ref + "' is empty; write the statement, or cross it off");
  if (e.ref.starts_with("local/")) {
    const std::string id = e.ref.substr(6);
    auto i = index_of<LocalStatement>(m_expected.add, [&](const LocalStatement& s) { return s.id == id; });
    if (!i)
      throw Error("there is no added statement '" + e.ref + "' to reword");
    m_expected.add[*i].text = e.text;
    set_field(add_list, id, "text", e.text, addition_lines(m_expected.add[*i]));
    return;
  }
  auto same_ref = [&](const auto& entry) { return entry.ref == e.ref; };
  if (take_out<Exclusion>(m_expected.exclude, same_ref, exclude_list, e.ref))
    m_notes.push_back("It was crossed off; its exclusion is kept in the file as a comment.");
  if (auto i = index_of<Rewording>(m_expected.reword, same_ref)) {
    m_expected.reword[*i].text = e.text;
    set_field(reword_list, e.ref, "text", e.text, rewording_lines(m_expected.reword[*i]));
    return;
  }
  add_entry(reword_list, e.ref,
            rewording_lines(m_expected.reword.emplace_back(Rewording{e.ref, e.text, {}, {}})));
}

void EditPlan::make(const edit::UseOriginal& e) {
  if (!take_out<Rewording>(
          m_expected.reword, [&](const Rewording& r) { return r.ref == e.ref; }, reword_list, e.ref))
    throw Error("'" + e.ref + "' is not reworded, so it already has its original wording");
  m_notes.push_back("Your wording is kept in the file as a comment.");
}

void EditPlan::make(const edit::AddStatement& e) {
  if (!is_valid_id(e.id))
    throw Error("'" + e.id +
                "' is not a valid id for an added statement: use lower-case letters, digits and "
                "hyphens only");
  if (!is_valid_id(e.group))
    throw Error("'" + e.group + "' is not a valid group id");
  if (is_blank_text(e.text))
    throw Error("the new statement is empty; write what you promise");
  if (index_of<LocalStatement>(m_expected.add, [&](const LocalStatement& s) { return s.id == e.id; }))
    throw Error("there is already an added statement 'local/" + e.id + "'; choose another id");
  add_entry(
      add_list, {},
      addition_lines(m_expected.add.emplace_back(LocalStatement{e.id, e.group, e.text, {}, {}, {}, {}})));
}

void EditPlan::make(const edit::RemoveStatement& e) {
  if (!take_out<LocalStatement>(
          m_expected.add, [&](const LocalStatement& s) { return s.id == e.id; }, add_list, e.id))
    throw Error("there is no added statement 'local/" + e.id + "' to remove");
  m_notes.push_back("It is kept in the file as a comment.");
  const std::string ref = "local/" + e.id;
  if (take_out<EvidenceRecord>(
          m_expected.evidence, [&](const EvidenceRecord& r) { return r.ref == ref; }, evidence_list, ref))
    m_notes.push_back("Its evidence record is kept in the file as a comment.");
}

std::optional<YamlTextLayout::Item> EditPlan::ask_item(std::size_t number) {
  if (number == 0 || number > m_old.asks.size()) {
    throw Error("there is no ask " + std::to_string(number) + " (asks/" + std::to_string(number) +
                "): the file has " + std::to_string(m_old.asks.size()) +
                (m_old.asks.size() == 1 ? " ask" : " asks"));
  }
  const auto section = m_layout.section(asks_list.key);
  if (!section)
    throw Error("internal: no 'asks' list", file_location());
  if (m_layout.is_flow(*section->value)) {
    rewrite_in_block_style(asks_list);
    return std::nullopt;
  }
  const YamlNode* node = &section->value->items().at(number - 1);
  for (const auto& item : m_layout.items(*section)) {
    if (item.node == node)
      return item;
  }
  throw Error("internal: ask " + std::to_string(number) + " not found under 'asks'", file_location());
}

void EditPlan::make(const edit::AddAsk& e) {
  if (is_blank_text(e.text))
    throw Error("the new ask is empty; write what you ask of patients, relatives and carers");
  m_expected.asks.push_back(Ask{e.text, {}});
  add_entry(asks_list, {}, ask_lines(e.text));
}

void EditPlan::make(const edit::RewordAsk& e) {
  if (is_blank_text(e.text))
    throw Error("the new wording of ask " + std::to_string(e.number) +
                " is empty; write the ask, or remove it");
  const auto item = ask_item(e.number);
  m_expected.asks[e.number - 1].text = e.text;
  if (!item)
    return;
  if (item->node->is_mapping() && !m_layout.is_flow(*item->node)) {
    // `- text:` with `translations:`: only the text changes (its translations stay, to be checked again).
    const auto& entries = item->node->entries();
    for (std::size_t i = 0; i < entries.size(); ++i) {
      if (!entries[i].key.is_scalar() || entries[i].key.scalar() != "text")
        continue;
      const std::size_t limit =
          i + 1 < entries.size() ? m_layout.line_of(entries[i + 1].key) : item->end_line;
      const auto span = m_layout.scalar_span(entries[i].key, entries[i].value, limit);
      const ScalarStyle style = span.style == ScalarStyle::block ? ScalarStyle::plain : span.style;
      m_splices.push_back(TextSplice{span.begin, span.end, write_scalar(e.text, style)});
      return;
    }
  }
  if (item->node->is_mapping()) {
    m_splices.push_back(m_layout.replace_lines(
        item->first_line, item->end_line, ask_entry_lines(m_expected.asks[e.number - 1])(item->dash_column)));
    return;
  }
  // An ask on one line keeps its quoting and the comment after it; one over several lines is written anew.
  if (item->end_line == item->first_line + 1 && item->node->is_scalar()) {
    const auto span = m_layout.scalar_span(*item->node, *item->node, item->end_line);
    if (span.style != ScalarStyle::block) {
      m_splices.push_back(TextSplice{span.begin, span.end, write_scalar(e.text, span.style)});
      return;
    }
  }
  m_splices.push_back(
      m_layout.replace_lines(item->first_line, item->end_line, ask_lines(e.text)(item->dash_column)));
}

void EditPlan::make(const edit::RemoveAsk& e) {
  const auto item = ask_item(e.number);
  m_expected.asks.erase(m_expected.asks.begin() + static_cast<std::ptrdiff_t>(e.number - 1));
  m_notes.push_back("It is kept in the file as a comment.");
  if (item)
    m_splices.push_back(m_layout.comment_out(item->first_line, item->end_line, item->dash_column));
}

void EditPlan::set_translation(const ListKind& list, const std::string& value, const std::string& language,
                               const std::string& text, const EntryLines& lines) {
  const auto item = block_item(list, value);
  if (!item)
    return;
  auto write_again = [&] {
    m_splices.push_back(m_layout.replace_lines(item->first_line, item->end_line, lines(item->dash_column)));
  };
  if (m_layout.is_flow(*item->node)) {
    write_again();
    return;
  }
  const auto& entries = item->node->entries();
  const std::string pad(item->dash_column + 2, ' ');
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (!entries[i].key.is_scalar() || entries[i].key.scalar() != "translations")
      continue;
    const YamlNode& map = entries[i].value;
    const std::size_t end = i + 1 < entries.size() ? m_layout.line_of(entries[i + 1].key) : item->end_line;
    if (!map.is_mapping() || m_layout.is_flow(map) || map.entries().empty()) {
      write_again();
      if (m_layout.is_flow(map))
        m_notes.push_back("Its translations were written as {...}; they are now written one per line.");
      return;
    }
    const auto& languages = map.entries();
    for (std::size_t j = 0; j < languages.size(); ++j) {
      const auto tag = languages[j].key.is_scalar() ? canonical_language_tag(languages[j].key.scalar())
                                                    : std::optional<std::string>();
      if (!tag || *tag != language)
        continue;
      const std::size_t limit = j + 1 < languages.size() ? m_layout.line_of(languages[j + 1].key) : end;
      const auto span = m_layout.scalar_span(languages[j].key, languages[j].value, limit);
      const ScalarStyle style = span.style == ScalarStyle::block ? ScalarStyle::plain : span.style;
      m_splices.push_back(
          TextSplice{span.begin, span.end, (span.null_value ? " " : "") + write_scalar(text, style)});
      return;
    }
    const YamlNode& first = languages.front().key;
    const std::size_t first_line = m_layout.line_of(first);
    const std::string indent(m_layout.offset_of(first) - m_layout.line_begin(first_line), ' ');
    // After the last language's lines: its value may go on over several lines.
    std::size_t at = end;
    while (at > first_line + 1 && (m_layout.is_blank(at - 1) || m_layout.is_comment(at - 1)))
      --at;
    m_splices.push_back(
        m_layout.insert_lines(at, {indent + write_scalar(language) + ": " + write_scalar(text)}));
    return;
  }
  m_splices.push_back(m_layout.insert_lines(
      item->end_line,
      {pad + "translations:", pad + "  " + write_scalar(language) + ": " + write_scalar(text)}));
}

void EditPlan::make(const edit::Translate& e) {
  const auto tag = canonical_language_tag(e.language);
  if (!tag)
    throw Error("'" + e.language + "' is not a language tag; write one such as cy or en-GB");
  if (is_blank_text(e.text))
    throw Error("the " + *tag + " wording of '" + e.ref + "' is empty; write it, or leave it for now");
  if (*tag == m_old.language)
    throw Error("'" + e.ref + "' is written in " + *tag +
                " already (the file's language): change its wording");
  auto set = [&](std::vector<LanguageText>& translations) {
    auto it = std::find_if(translations.begin(), translations.end(),
                           [&](const LanguageText& t) { return t.language == *tag; });
    if (it != translations.end())
      it->text = e.text;
    else
      translations.push_back(LanguageText{*tag, e.text, {}});
  };
  if (e.ref.starts_with("local/")) {
    const std::string id = e.ref.substr(6);
    auto i = index_of<LocalStatement>(m_expected.add, [&](const LocalStatement& s) { return s.id == id; });
    if (!i)
      throw Error("there is no added statement '" + e.ref + "' to translate");
    set(m_expected.add[*i].translations);
    set_translation(add_list, id, *tag, e.text, addition_lines(m_expected.add[*i]));
    return;
  }
  auto i = index_of<Rewording>(m_expected.reword, [&](const Rewording& r) { return r.ref == e.ref; });
  if (!i) {
    throw Error("'" + e.ref +
                "' is not reworded: its translations are its library's. Reword it first, then translate your "
                "wording");
  }
  set(m_expected.reword[*i].translations);
  set_translation(reword_list, e.ref, *tag, e.text, rewording_lines(m_expected.reword[*i]));
}

EditedServiceFile EditPlan::finish() {
  for (const auto& key : m_rewrites) {
    const auto section = m_layout.section(key);
    std::vector<std::string> lines{key + ":"};
    auto append = [&](const EntryLines& entry) {
      for (auto& line : entry(2))
        lines.push_back(std::move(line));
    };
    if (key == exclude_list.key) {
      for (const auto& x : m_expected.exclude)
        append(exclusion_lines(x));
    } else if (key == reword_list.key) {
      for (const auto& r : m_expected.reword)
        append(rewording_lines(r));
    } else if (key == add_list.key) {
      for (const auto& a : m_expected.add)
        append(addition_lines(a));
    } else if (key == asks_list.key) {
      for (const auto& ask : m_expected.asks)
        append(ask_entry_lines(ask));
    } else {
      for (const auto& record : m_expected.evidence)
        append(evidence_lines(record));
    }
    if (lines.size() == 1)
      lines[0] += " []";
    m_splices.push_back(m_layout.replace_lines(section->key_line, section->end_line, lines));
  }
  std::string text = apply_splices(m_source->content(), m_splices);
  auto edited = std::make_shared<const SourceText>(m_source->name(), text);
  ServiceFile result;
  try {
    result = read_checked(edited);
  } catch (const Error& e) {
    throw Error("pledge serve could not make this change without spoiling the file (" + describe(e) +
                    "); nothing was written. Make the change in a text editor",
                file_location());
  }
  if (meaning(result) != meaning(m_expected)) {
    throw Error(
        "pledge serve could not make this change in place: the file would not read back as intended; nothing "
        "was written. Make the change in a text editor",
        file_location());
  }
  return EditedServiceFile{std::move(text), std::move(m_notes)};
}

}  // namespace

std::string describe(const ServiceFileEdit& edit) {
  return std::visit(
      Overloaded{
          [](const edit::CrossOff& e) { return "Crossed off " + e.ref + ": " + e.reason; },
          [](const edit::KeepAgain& e) { return "Kept " + e.ref + " again"; },
          [](const edit::Reword& e) { return "Reworded " + e.ref + ": " + e.text; },
          [](const edit::UseOriginal& e) { return "Went back to the original wording of " + e.ref; },
          [](const edit::AddStatement& e) { return "Added local/" + e.id + ": " + e.text; },
          [](const edit::RemoveStatement& e) { return "Removed local/" + e.id; },
          [](const edit::AddAsk& e) { return "Added an ask: " + e.text; },
          [](const edit::RewordAsk& e) {
            return "Reworded asks/" + std::to_string(e.number) + ": " + e.text;
          },
          [](const edit::RemoveAsk& e) { return "Removed asks/" + std::to_string(e.number); },
          [](const edit::Translate& e) {
            return "Translated " + e.ref + " into " + e.language + ": " + e.text;
          },
      },
      edit);
}

EditedServiceFile apply_edit(std::string_view file_text, const std::string& file_name,
                             const ServiceFileEdit& edit) {
  const bool bom = file_text.starts_with(byte_order_mark);
  if (bom)
    file_text.remove_prefix(byte_order_mark.size());
  EditPlan plan(file_text, file_name);
  std::visit([&](const auto& e) { plan.make(e); }, edit);
  EditedServiceFile edited = plan.finish();
  if (bom)
    edited.text.insert(0, byte_order_mark);
  return edited;
}

}  // namespace pledge
