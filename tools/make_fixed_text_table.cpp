// Makes the table of the shipped fixed-text files (lib/model/shipped_fixed_texts.hpp) at build time:
//
//   make_fixed_text_table OUTPUT.cpp en-GB.yaml [OTHER.yaml ...]
//
// The first file defines the keys (fixed_text_keys_of): every other key under its `texts:`, each with the
// placeholders its text has. Every file, the first too, is then read against them with the program's own
// load_fixed_texts, so a shipped file the program would refuse fails the build, with the same file:line:col
// messages. OUTPUT is a C++ source with the keys and, for each file, the SHA-256 of its bytes and its texts.
// Exits 1 (writing nothing) on failure.
#include <cstdio>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/error.hpp"
#include "base/sha256.hpp"
#include "model/fixed_texts.hpp"

namespace {

using pledge::FixedTextKey;
using pledge::FixedTexts;
using pledge::SourceText;

// A C++ string literal of `text`: printable ASCII as it is, every other byte as a three-digit octal escape
// (which cannot run into a following digit, as a hex escape can).
std::string literal(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (byte >= 0x20 && byte < 0x7f) {
      out += c;
    } else {
      char escape[8];
      std::snprintf(escape, sizeof escape, "\\%03o", byte);
      out += escape;
    }
  }
  return out + "\"";
}

struct ReadFile {
  std::string file_name;
  std::string sha256;
  FixedTexts texts;
};

std::string table_source(const std::vector<FixedTextKey>& keys, const std::vector<ReadFile>& files) {
  std::string out =
      "// Made by tools/make_fixed_text_table from the shipped statements/languages/*.yaml at build time; "
      "not to be edited.\n#include \"model/shipped_fixed_texts.hpp\"\n\nnamespace pledge {\n\nnamespace "
      "{\n\n";
  for (std::size_t k = 0; k < keys.size(); ++k) {
    if (keys[k].placeholders.empty())
      continue;
    out += "constexpr std::string_view placeholders_" + std::to_string(k) + "[] = {";
    for (const std::string& placeholder : keys[k].placeholders)
      out += literal(placeholder) + ", ";
    out += "};\n";
  }
  out += "\nconstexpr ShippedFixedTextKey keys[] = {\n";
  for (std::size_t k = 0; k < keys.size(); ++k) {
    out += "    {" + literal(keys[k].name) + ", " +
           (keys[k].placeholders.empty() ? std::string("{}") : "placeholders_" + std::to_string(k)) + "},\n";
  }
  out += "};\n";
  for (std::size_t f = 0; f < files.size(); ++f) {
    const FixedTexts& texts = files[f].texts;
    out +=
        "\n// " + files[f].file_name + "\nconstexpr std::string_view texts_" + std::to_string(f) + "[] = {\n";
    for (const FixedTextKey& key : keys)
      out += "    " + literal(texts.text(key.name)) + ",\n";
    out += "};\nconstexpr std::string_view months_" + std::to_string(f) + "[12] = {\n";
    for (int month = 1; month <= 12; ++month)
      out += "    " + literal(texts.month(month)) + ",\n";
    out += "};\n";
  }
  out += "\nconstexpr ShippedFixedTextFile files[] = {\n";
  for (std::size_t f = 0; f < files.size(); ++f) {
    out += "    {" + literal(files[f].file_name) + ", " + literal(files[f].sha256) + ", " +
           literal(files[f].texts.language()) + ", texts_" + std::to_string(f) + ", months_" +
           std::to_string(f) + "},\n";
  }
  out +=
      "};\n\nconstexpr ShippedFixedTexts table{keys, files};\n\n}  // namespace\n\n"
      "const ShippedFixedTexts& shipped_fixed_texts() {\n  return table;\n}\n\n}  // namespace pledge\n";
  return out;
}

int make_table(const std::filesystem::path& output, const std::vector<std::filesystem::path>& paths) {
  const SourceText reference = SourceText::read(paths.front());
  const std::vector<FixedTextKey> keys = pledge::fixed_text_keys_of(reference);
  std::vector<ReadFile> files;
  for (const std::filesystem::path& path : paths) {
    if (path != paths.front() && std::filesystem::equivalent(path, paths.front()))
      continue;
    auto source = std::make_shared<const SourceText>(SourceText::read(path));
    FixedTexts texts = pledge::load_fixed_texts(source, keys);
    if (texts.language() != path.stem().string()) {
      std::cerr << "make_fixed_text_table: " << path.string() << " says 'language: " << texts.language()
                << "' but is named for " << path.stem().string() << "\n";
      return 1;
    }
    files.push_back({path.filename().string(), pledge::sha256_hex(source->content()), std::move(texts)});
  }
  const std::string source = table_source(keys, files);
  // Renamed into place once complete, so that a failed run leaves no half-written table to compile.
  const std::filesystem::path temporary = output.string() + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << source;
    if (!out.flush()) {
      std::cerr << "make_fixed_text_table: cannot write " << temporary.string() << "\n";
      return 1;
    }
  }
  std::filesystem::rename(temporary, output);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: make_fixed_text_table OUTPUT.cpp en-GB.yaml [OTHER.yaml ...]\n";
    return 2;
  }
  try {
    return make_table(argv[1], std::vector<std::filesystem::path>(argv + 2, argv + argc));
  } catch (const pledge::Error& e) {
    std::cerr << "make_fixed_text_table: a shipped fixed-text file is refused:\n"
              << pledge::describe(e) << "\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "make_fixed_text_table: " << e.what() << "\n";
    return 1;
  }
}
