#include <doctest/doctest.h>

#include "base/markup_text.hpp"

using namespace pledge;

TEST_CASE("markup text writes & < > \" and ' as character references") {
  CHECK(escaped_markup("Tom & Jerry's <b>\"best\"</b>") ==
        "Tom &amp; Jerry&#39;s &lt;b&gt;&quot;best&quot;&lt;/b&gt;");
}

TEST_CASE(
    "markup text writes the control characters XML 1.0 forbids as spaces, and keeps tab and line breaks") {
  CHECK(escaped_markup(std::string_view("a\x01"
                                        "b\x1F"
                                        "c\x7F",
                                        6)) == "a b c\x7F");
  CHECK(escaped_markup("a\tb\nc\rd") == "a\tb\nc\rd");
}
