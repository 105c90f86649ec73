#include "model/fixed_text_lines.hpp"

#include "base/version.hpp"

namespace pledge {

std::string filled(std::string text, std::string_view placeholder, const std::string& value) {
  if (const std::size_t at = text.find(placeholder); at != std::string::npos)
    text.replace(at, placeholder.size(), value);
  return text;
}

std::string long_date(const CalendarDate& date, const FixedTexts& texts) {
  return std::to_string(date.day) + " " + texts.month(date.month) + " " + std::to_string(date.year);
}

std::string version_line(const ResolvedPledge& pledge, const FixedTexts& texts) {
  std::string line;
  if (!pledge.version.empty())
    line = filled(texts.text("version"), "{version}", pledge.version);
  if (pledge.agreed) {
    std::string agreed = filled(texts.text("agreed-on"), "{date}", long_date(*pledge.agreed, texts));
    // "Version 2, agreed …": the second part of a sentence starts in lower case (English and Welsh alike).
    if (!line.empty() && !agreed.empty() && agreed.front() >= 'A' && agreed.front() <= 'Z')
      agreed.front() = static_cast<char>(agreed.front() - 'A' + 'a');
    line += (line.empty() ? "" : ", ") + agreed;
  }
  return line;
}

std::string made_with_line(const FixedTexts& texts, std::optional<std::int64_t> source_date_epoch) {
  std::string line = filled(texts.text("made-with"), "{version}", std::string(version));
  if (source_date_epoch)
    line += ", " + long_date(calendar_date_of(*source_date_epoch), texts);
  return line;
}

std::string edition_line(const ResolvedPledge& pledge, const FixedTexts& texts,
                         std::optional<std::int64_t> source_date_epoch) {
  const std::string edition = version_line(pledge, texts);
  const std::string made_with = made_with_line(texts, source_date_epoch);
  return edition.empty() ? made_with : edition + " · " + made_with;
}

std::string library_list(const ResolvedPledge& pledge) {
  std::string line;
  for (const LibraryInfo& library : pledge.libraries) {
    if (!line.empty())
      line += "; ";
    line += library.title.empty() ? library.id : library.title;
    if (!library.version.empty())
      line += " (" + library.version + ")";
  }
  return line;
}

std::string sources_line(const ResolvedPledge& pledge, const FixedTexts& texts) {
  const std::string line = library_list(pledge);
  return line.empty() ? line : filled(texts.text("statements-from"), "{sources}", line);
}

}  // namespace pledge
