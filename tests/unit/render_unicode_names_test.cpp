#include <doctest/doctest.h>

#include "render/unicode_names.hpp"
#include "test_input.hpp"

using namespace pledge::render;

TEST_CASE("a character is described by its code and its Unicode name") {
  CHECK(describe_character(U'ŵ') == "U+0175 LATIN SMALL LETTER W WITH CIRCUMFLEX");
  CHECK(describe_character(U'\U0001F600') == "U+1F600 GRINNING FACE");
  CHECK(describe_character(U'ক') == "U+0995 BENGALI LETTER KA");
}

TEST_CASE("characters of the ranges UnicodeData.txt lists by their ends are named by rule") {
  CHECK(unicode_name(U'中') == "CJK UNIFIED IDEOGRAPH-4E2D");
  CHECK(unicode_name(U'한') == "HANGUL SYLLABLE HAN");
  CHECK(unicode_name(U'\u0007') == "BELL");
}

TEST_CASE("a character without a name, or without the names file, is described by its code alone") {
  CHECK(describe_character(U'\uE000') == "U+E000");
  CHECK(describe_character(U'\U000E0080') == "U+E0080");
  CHECK(describe_character(U'ŵ', "/nonexistent/UnicodeData.txt") == "U+0175");
}

TEST_CASE("names are read from the file given") {
  const pledge::test::TempFolder folder;
  const auto file = folder.write("UnicodeData.txt",
                                 "0041;LATIN CAPITAL LETTER A;Lu;0;L;;;;;N;;;;0061;\n"
                                 "3400;<CJK Ideograph Extension A, First>;Lo;0;L;;;;;N;;;;;\n"
                                 "4DBF;<CJK Ideograph Extension A, Last>;Lo;0;L;;;;;N;;;;;\n");
  CHECK(describe_character(U'A', file) == "U+0041 LATIN CAPITAL LETTER A");
  CHECK(describe_character(U'\u3401', file) == "U+3401 CJK UNIFIED IDEOGRAPH-3401");
  CHECK(describe_character(U'B', file) == "U+0042");
}
