#include <doctest/doctest.h>

#include "base/utf8.hpp"

using namespace pledge;

TEST_CASE("well-formed UTF-8 sequences are measured by their lead byte") {
  CHECK(utf8_sequence_length("a", 0) == 1);
  CHECK(utf8_sequence_length("\xC3\xA9", 0) == 2);
  CHECK(utf8_sequence_length("\xE2\x80\x99", 0) == 3);
  CHECK(utf8_sequence_length("\xF0\x9F\x98\x80", 0) == 4);
  CHECK(utf8_sequence_length("\xFE", 0) == 0);
  CHECK(utf8_sequence_length("\xE2\x80", 0) == 0);
}

TEST_CASE("bytes that are not UTF-8 are escaped as \\xHH and the rest is kept as it is") {
  CHECK(escape_invalid_utf8("typo\xFE.pledge.yaml") == "typo\\xFE.pledge.yaml");
  CHECK(escape_invalid_utf8("caf\xC3\xA9 \xFF\xC3") == "caf\xC3\xA9 \\xFF\\xC3");
  CHECK(escape_invalid_utf8("plain") == "plain");
}

TEST_CASE("control characters but tab and line feed are escaped, C1 ones as \\u00HH") {
  CHECK(escape_control_characters("Ward \x1B[31m7\x07\r") == "Ward \\x1B[31m7\\x07\\x0D");
  CHECK(escape_control_characters("a\tb\nc\x7F") == "a\tb\nc\\x7F");
  CHECK(escape_control_characters("csi \xC2\x9B caf\xC3\xA9 \xC2\xA0") == "csi \\u009B caf\xC3\xA9 \xC2\xA0");
}
