#include "render/unicode_names.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <mutex>
#include <vector>

namespace pledge::render {

namespace {

struct NamedCharacter {
  char32_t first;
  char32_t last;     // == first except for ranges
  std::string name;  // for a range, its label ("CJK Ideograph")
};

struct NameTable {
  std::vector<NamedCharacter> rows;  // ascending
};

std::string hex(char32_t c) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04X", static_cast<unsigned>(c));
  return buffer;
}

// The rows of UnicodeData.txt: "0175;LATIN SMALL LETTER W WITH CIRCUMFLEX;Ll;...", ranges as two rows named
// "<CJK Ideograph, First>" and "<CJK Ideograph, Last>", controls as "<control>" with their old name in
// field 10.
NameTable read_table(const std::filesystem::path& file) {
  NameTable table;
  std::ifstream in(file);
  std::string line;
  while (std::getline(in, line)) {
    std::vector<std::string> fields;
    std::size_t start = 0;
    for (std::size_t at = 0; at <= line.size() && fields.size() < 11; ++at) {
      if (at == line.size() || line[at] == ';') {
        fields.push_back(line.substr(start, at - start));
        start = at + 1;
      }
    }
    if (fields.size() < 2 || fields[0].empty())
      continue;
    const auto code = static_cast<char32_t>(std::stoul(fields[0], nullptr, 16));
    std::string name = fields[1];
    if (name == "<control>") {
      name = fields.size() > 10 ? fields[10] : std::string();
    } else if (name.starts_with("<") && name.ends_with(", Last>")) {
      if (!table.rows.empty())
        table.rows.back().last = code;
      continue;
    } else if (name.starts_with("<") && name.ends_with(", First>")) {
      name = name.substr(1, name.size() - 9);
    }
    table.rows.push_back({code, code, std::move(name)});
  }
  return table;
}

const NameTable& table_for(const std::filesystem::path& file) {
  static std::mutex mutex;
  static std::map<std::filesystem::path, NameTable> tables;
  const std::lock_guard lock(mutex);
  auto found = tables.find(file);
  if (found == tables.end())
    found = tables.emplace(file, read_table(file)).first;
  return found->second;
}

// Hangul syllables are named by their parts (Unicode chapter 3.12).
std::string hangul_syllable_name(char32_t c) {
  static const char* const leads[] = {"G",  "GG", "N", "D",  "DD", "R", "M", "B", "BB", "S",
                                      "SS", "",   "J", "JJ", "C",  "K", "T", "P", "H"};
  static const char* const vowels[] = {"A",  "AE", "YA", "YAE", "EO", "E",  "YEO", "YE", "O",  "WA", "WAE",
                                       "OE", "YO", "U",  "WEO", "WE", "WI", "YU",  "EU", "YI", "I"};
  static const char* const tails[] = {"",   "G",  "GG", "GS", "N",  "NJ", "NH", "D", "L",  "LG",
                                      "LM", "LB", "LS", "LT", "LP", "LH", "M",  "B", "BS", "S",
                                      "SS", "NG", "J",  "C",  "K",  "T",  "P",  "H"};
  const char32_t index = c - 0xAC00;
  return std::string("HANGUL SYLLABLE ") + leads[index / (21 * 28)] + vowels[(index % (21 * 28)) / 28] +
         tails[index % 28];
}

}  // namespace

std::string unicode_name(char32_t c, const std::filesystem::path& file) {
  const NameTable& table = table_for(file);
  auto row = std::upper_bound(table.rows.begin(), table.rows.end(), c,
                              [](char32_t value, const NamedCharacter& r) { return value < r.first; });
  if (row == table.rows.begin())
    return {};
  --row;
  if (c > row->last)
    return {};
  if (row->first == row->last)
    return row->name;
  if (row->name.starts_with("CJK Ideograph"))
    return "CJK UNIFIED IDEOGRAPH-" + hex(c);
  if (row->name == "Hangul Syllable")
    return hangul_syllable_name(c);
  if (row->name.starts_with("Tangut Ideograph"))
    return "TANGUT IDEOGRAPH-" + hex(c);
  return {};  // surrogates and private use have no names
}

std::string describe_character(char32_t c, const std::filesystem::path& file) {
  const std::string name = unicode_name(c, file);
  return "U+" + hex(c) + (name.empty() ? "" : " " + name);
}

}  // namespace pledge::render
