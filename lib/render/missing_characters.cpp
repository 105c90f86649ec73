#include "render/missing_characters.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <tuple>

#include "model/yaml_reader.hpp"
#include "render/font_chain.hpp"
#include "render/shaped_text.hpp"
#include "render/unicode_names.hpp"

namespace pledge::render {

namespace {

// A text a document prints, and where to look for it when a character of it is missing.
struct PrintedText {
  std::string_view text;
  std::string what;                          // "statement tiny/dignity", for messages
  std::optional<Location> where;             // where the text is written, if known
  std::shared_ptr<const SourceText> source;  // the file it is written in
  std::string file;                          // that file's name, read only if a character is missing
  bool bold = false;                         // also set in the bold face (headings, names)
};

// The UTF-8 bytes of `c`.
std::string utf8(char32_t c) {
  std::string out;
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
  return out;
}

bool is_continuation(char byte) {
  return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

// The first scalar value in `node` (a value, not a key) whose text is `text`.
const YamlNode* find_scalar(const YamlNode& node, std::string_view text) {
  if (node.is_scalar())
    return node.scalar() == text ? &node : nullptr;
  for (const YamlNode& item : node.items())
    if (const YamlNode* found = find_scalar(item, text))
      return found;
  for (const YamlNode::Entry& entry : node.entries())
    if (const YamlNode* found = find_scalar(entry.value, text))
      return found;
  return nullptr;
}

// Shapes each text as the documents' body face does (sharing its words with them through the options'
// cache), and the headings' texts in the bold face too, and reports each character no font has once per
// text, at the character itself where it can be found in the file.
class CharacterCheck {
 public:
  explicit CharacterCheck(const RenderOptions& options)
      : m_options(options),
        m_regular(options.fonts.regular, FontWeight::regular, options.font_library),
        m_bold(options.fonts.bold, FontWeight::bold, options.font_library),
        m_regular_shaper(m_regular, "en-GB", {}, options.shaped_words),
        m_bold_shaper(m_bold, "en-GB", {}, options.shaped_words) {}

  void check(PrintedText printed) {
    // Most texts are in the document's fonts: only the others are shaped to find what no font has.
    if (m_regular_shaper.document_fonts_cover(printed.text) &&
        (!printed.bold || m_bold_shaper.document_fonts_cover(printed.text)))
      return;
    std::set<char32_t> reported;
    for (std::size_t at = 0; at <= printed.text.size();) {
      const std::size_t end = std::min(printed.text.find('\n', at), printed.text.size());
      const std::string_view paragraph = printed.text.substr(at, end - at);
      for (const TextShaper* shaper : {&m_regular_shaper, &m_bold_shaper}) {
        if (shaper == &m_bold_shaper && !printed.bold)
          continue;
        for (const MissingCharacter& missing : shaper->shape(paragraph).missing)
          if (reported.insert(missing.code_point).second)
            add(printed, missing.code_point, at + missing.offset);
      }
      at = end + 1;
    }
  }

  // Throws them all, or returns them as warnings if the options allow missing glyphs.
  std::vector<Diagnostic> finish() {
    if (!m_found.empty() && !m_options.allow_missing_glyphs)
      throw Error(std::move(m_found));
    return std::move(m_found);
  }

 private:
  void add(const PrintedText& printed, char32_t c, std::size_t offset) {
    const SourceText* source = source_of(printed);
    Location where = printed.where.value_or(Location{source ? source->name() : printed.file, 0, 0});
    if (where.line == 0 && source) {
      if (const YamlNode* node = find_scalar(tree_of(*source), printed.text))
        where = node->location(*source);
    }
    if (source && where.line > 0 && where.file == source->name())
      where = at_character(*source, where, printed.text, c, offset);
    if (!m_places.emplace(where.file, where.line, where.column, c).second)
      return;
    const std::string message =
        printed.what + " has " + describe_character(c) + ", which none of the fonts has" +
        (m_options.allow_missing_glyphs
             ? ": it is printed as an empty box"
             : ": give a TrueType font that has it with --font FILE.ttf, write the text without it, or build "
               "with --allow-missing-glyphs to print an empty box in its place");
    std::string line;
    if (source && where.line > 0 && where.file == source->name())
      line = std::string(source->line(where.line));
    m_found.push_back({where, message, std::move(line)});
  }

  // Where `c` is in the file: searched for from where the text starts, no further than the text could
  // reach (quoting and folding make the file's text longer than the value); the text's place if it is not
  // there (written as an escape such as "\U0001F600").
  static Location at_character(const SourceText& source, const Location& text_start, std::string_view text,
                               char32_t c, std::size_t offset) {
    const std::string& content = source.content();
    const std::string_view line = source.line(text_start.line);
    if (line.data() == nullptr)
      return text_start;
    const auto line_offset = static_cast<std::size_t>(line.data() - content.data());
    std::size_t start = line_offset;
    for (int column = 1; column < text_start.column && start < content.size(); ++column) {
      ++start;
      while (start < content.size() && is_continuation(content[start]))
        ++start;
    }
    const std::size_t reach = std::min(content.size(), start + 2 * text.size() + 64);
    const std::string bytes = utf8(c);
    // The occurrence nearest to where the character is in the value.
    std::size_t found = content.find(bytes, start + std::min(offset, reach - start));
    if (found == std::string::npos || found + bytes.size() > reach)
      found = content.find(bytes, start);
    if (found == std::string::npos || found + bytes.size() > reach)
      return text_start;
    int line_number = text_start.line;
    std::size_t line_start = line_offset;
    for (std::size_t i = line_start; i < found; ++i) {
      if (content[i] == '\n') {
        ++line_number;
        line_start = i + 1;
      }
    }
    int column = 1;
    for (std::size_t i = line_start; i < found; ++i)
      if (!is_continuation(content[i]))
        ++column;
    return Location{source.name(), line_number, column};
  }

  const SourceText* source_of(const PrintedText& printed) {
    if (printed.source)
      return printed.source.get();
    if (printed.file.empty())
      return nullptr;
    auto& read = m_read[printed.file];
    if (!read) {
      try {
        read = std::make_shared<const SourceText>(SourceText::read(printed.file));
      } catch (const Error&) {
        return nullptr;  // gone since it was read: the message then names the file alone
      }
    }
    return read.get();
  }

  const YamlNode& tree_of(const SourceText& source) {
    auto& tree = m_trees[&source];
    if (!tree) {
      try {
        tree = std::make_unique<YamlNode>(parse_yaml(source));
      } catch (const Error&) {
        tree = std::make_unique<YamlNode>();
      }
    }
    return *tree;
  }

  const RenderOptions& m_options;
  FontChain m_regular;
  FontChain m_bold;
  TextShaper m_regular_shaper;
  TextShaper m_bold_shaper;
  std::vector<Diagnostic> m_found;
  std::set<std::tuple<std::string, int, int, char32_t>> m_places;
  std::map<std::string, std::shared_ptr<const SourceText>> m_read;
  std::map<const SourceText*, std::unique_ptr<YamlNode>> m_trees;
};

std::string library_of(const std::string& ref) {
  return ref.substr(0, ref.find('/'));
}

// The library file a ref's library part names, if the catalog has it.
std::shared_ptr<const SourceText> library_source(LibraryCatalog& catalog, const std::string& library) {
  if (!catalog.find(library))
    return nullptr;
  try {
    return catalog.load(library).source_text;
  } catch (const Error&) {
    return nullptr;
  }
}

}  // namespace

std::vector<Diagnostic> check_characters(const ResolvedPledge& pledge, LibraryCatalog& catalog,
                                         const RenderOptions& options) {
  CharacterCheck check(options);
  const std::shared_ptr<const SourceText>& service = pledge.source_text;
  const auto in_service = [&](std::string_view text, std::string what, bool bold = false) {
    check.check({text, std::move(what), std::nullopt, service, {}, bold});
  };
  in_service(pledge.service, "the service name", true);
  in_service(pledge.audience, "the audience");
  in_service(pledge.contact, "the contact");
  in_service(pledge.version, "the version");
  for (const auto& name : pledge.staff)
    in_service(name, "staff name '" + name + "'");
  for (const auto& record :
       pledge.service_file ? pledge.service_file->evidence : std::vector<EvidenceRecord>{}) {
    check.check({record.notes, "the evidence notes of " + record.ref, std::nullopt, service, {}});
    check.check({record.owner, "the evidence owner of " + record.ref, std::nullopt, service, {}});
    check.check({record.status, "the evidence status of " + record.ref, std::nullopt, service, {}, true});
  }
  for (const auto& excluded : pledge.excluded)
    check.check({excluded.reason, "the reason for excluding " + excluded.ref, std::nullopt, service, {}});
  const auto has_group = [&](const std::vector<Group>& groups, const std::string& id) {
    return std::any_of(groups.begin(), groups.end(), [&](const Group& g) { return g.id == id; });
  };
  for (const auto& group : pledge.groups) {
    // A group the service file names (a new group, or a library group's new title) is written there.
    const bool own = pledge.service_file && has_group(pledge.service_file->groups, group.id);
    std::shared_ptr<const SourceText> source = own ? service : nullptr;
    for (const LibraryInfo& library : pledge.libraries) {
      if (source)
        break;
      if (has_group(catalog.load(library.id).groups, group.id))
        source = library_source(catalog, library.id);
    }
    check.check({group.title, "group title '" + group.id + "'", std::nullopt, source, {}, true});
  }
  for (const auto& statement : pledge.statements) {
    const bool local = statement.ref.starts_with("local/");
    const std::shared_ptr<const SourceText> source =
        local || (service && statement.text_location.file == service->name())
            ? service
            : library_source(catalog, library_of(statement.ref));
    check.check({statement.text, "statement " + statement.ref, statement.text_location, source, {}});
    check.check({statement.ref, "the ref of statement " + statement.ref, std::nullopt, source, {}, true});
    const std::shared_ptr<const SourceText> written =
        local ? service : library_source(catalog, library_of(statement.ref));
    for (const auto& ref : statement.refs)
      check.check({ref, "a reference of statement " + statement.ref, std::nullopt, written, {}});
    for (const auto& prompt : statement.evidence)
      check.check({prompt, "an evidence prompt of statement " + statement.ref, std::nullopt, written, {}});
  }
  // Every library of the pledge as the worksheet prints it, the statements left out included.
  for (const LibraryInfo& info : pledge.libraries) {
    const Library& library = catalog.load(info.id);
    check.check({library.title, "the title of library " + library.id, std::nullopt, library.source_text, {}});
    check.check(
        {library.version, "the version of library " + library.id, std::nullopt, library.source_text, {}});
    for (const Group& group : library.groups)
      check.check({group.title,
                   "group title '" + group.id + "' of library " + library.id,
                   std::nullopt,
                   library.source_text,
                   {},
                   true});
    for (const Statement& statement : library.statements)
      check.check({statement.text,
                   "statement " + library.id + "/" + statement.id,
                   statement.text_location,
                   library.source_text,
                   {}});
  }
  return check.finish();
}

std::vector<Diagnostic> check_characters(const CoverageMatrix& matrix, LibraryCatalog& catalog,
                                         const RenderOptions& options) {
  CharacterCheck check(options);
  for (const CoverageService& service : matrix.services()) {
    check.check({service.name, "the service name", std::nullopt, nullptr, service.file, true});
    check.check(
        {service.file, "the file name '" + service.file + "'", Location{service.file, 0, 0}, nullptr, {}});
  }
  for (const LibraryInfo& library : matrix.libraries()) {
    const auto source = library_source(catalog, library.id);
    check.check({library.title, "the title of library " + library.id, std::nullopt, source, {}, true});
    check.check({library.version, "the version of library " + library.id, std::nullopt, source, {}, true});
  }
  for (const CoverageRow* row : matrix.rows()) {
    const std::string library = library_of(row->ref);
    const auto source = library_source(catalog, library);
    std::optional<Location> where;
    if (source) {
      const std::string id = row->ref.substr(row->ref.find('/') + 1);
      if (const Statement* statement = catalog.load(library).find_statement(id))
        where = statement->text_location;
    }
    check.check({row->ref, "the ref of statement " + row->ref, std::nullopt, source, {}, true});
    check.check({row->text, "statement " + row->ref, where, source, {}});
    for (std::size_t s = 0; s < row->cells.size(); ++s)
      check.check({row->cells[s].reason, "the reason for excluding " + row->ref, std::nullopt, nullptr,
                   matrix.services()[s].file});
  }
  return check.finish();
}

std::vector<Diagnostic> check_characters(const EvidenceSummary& summary, const RenderOptions& options) {
  CharacterCheck check(options);
  for (const ServiceEvidence& service : summary.services())
    check.check({service.name, "the service name", std::nullopt, nullptr, service.file, true});
  for (const OverdueReview& review : summary.overdue()) {
    check.check({review.statement, "statement " + review.ref, std::nullopt, nullptr, review.file});
    check.check({review.owner, "the owner of " + review.ref, std::nullopt, nullptr, review.file});
    check.check({review.reviewer, "the reviewer of " + review.ref, std::nullopt, nullptr, review.file});
  }
  return check.finish();
}

}  // namespace pledge::render
