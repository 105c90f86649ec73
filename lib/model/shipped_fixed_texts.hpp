#pragma once

#include <array>
#include <span>
#include <string_view>

namespace pledge {

// The shipped fixed-text files (statements/languages/*.yaml) as they were when the program was built, read
// and checked then by tools/make_fixed_text_table, which writes the table shipped_fixed_texts() returns:
// reading en-GB.yaml with yaml-cpp costs a fresh process about 10M instructions, nearly 1 ms, and every
// process reads it. The files stay the source of truth: a file whose bytes are not one of these is parsed.

// A key, and the placeholders its en-GB text has.
struct ShippedFixedTextKey {
  std::string_view name;
  std::span<const std::string_view> placeholders;
};

// One file: its name, the SHA-256 of its bytes (64 lowercase hex digits), its language, its texts in the
// order of the keys, and its month names.
struct ShippedFixedTextFile {
  std::string_view file_name;
  std::string_view sha256;
  std::string_view language;
  std::span<const std::string_view> texts;
  std::span<const std::string_view, 12> months;
};

struct ShippedFixedTexts {
  // en-GB.yaml's keys, in its order: the keys every fixed-text file must give.
  std::span<const ShippedFixedTextKey> keys;
  std::span<const ShippedFixedTextFile> files;
};

// Defined in the build tree's generated/model/shipped_fixed_texts_table.cpp.
const ShippedFixedTexts& shipped_fixed_texts();

}  // namespace pledge
