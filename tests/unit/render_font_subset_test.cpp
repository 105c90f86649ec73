#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <iterator>

#include "render/font_subset.hpp"
#include "render/render_options.hpp"

using namespace pledge::render;

namespace {

std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

CharacterSet set_of(std::string_view text) {
  CharacterSet set;
  set.add(text);
  return set;
}

}  // namespace

TEST_CASE("a character set holds every character of the UTF-8 text added to it") {
  const CharacterSet set = set_of("Siân Ŵyn – “ok”");
  CHECK(set.contains(U'â'));
  CHECK(set.contains(U'Ŵ'));
  CHECK(set.contains(U'–'));
  CHECK(set.contains(U'“'));
  CHECK_FALSE(set.contains(U'ŷ'));
  CHECK_FALSE(set.contains(U'x'));
}

TEST_CASE("a pledge's characters include what the layouts print and the service file's whole text") {
  pledge::ResolvedPledge pledge;
  pledge.service = "Ward ŷ";
  pledge.source_text = std::make_shared<pledge::SourceText>("s.pledge.yaml", "staff: [Zoë]\n");
  const CharacterSet set = characters_of(pledge);
  CHECK(set.contains(U'ŷ'));
  CHECK(set.contains(U'ë'));
  CHECK(set.contains(U'~'));
  CHECK(set.contains(U'•'));
  CHECK_FALSE(set.contains(U'ŵ'));
}

TEST_CASE("a font subset is a much smaller TrueType file readable by name") {
  const auto file = default_font_files().regular;
  const auto subset = FontSubset::make(file, set_of("Our pledge ŵŷ"));
  REQUIRE(subset);
  const std::string bytes = read_all(subset->path());
  CHECK(bytes.size() == subset->size());
  CHECK(bytes.substr(0, 4) == std::string("\0\1\0\0", 4));
  CHECK(bytes.size() * 10 < read_all(file.string()).size());
}

TEST_CASE("documents showing the same characters share one subset and others get their own") {
  FontSubsets subsets;
  const auto file = default_font_files().regular;
  const auto first = subsets.find_or_make(file, set_of("abc"));
  REQUIRE(first);
  CHECK(subsets.find_or_make(file, set_of("cba")) == first);
  CHECK(subsets.find_or_make(file, set_of("abcd")) != first);
}

TEST_CASE("a file that is not a font gives no subset, so the document falls back to the file") {
  CHECK_FALSE(FontSubset::make("/nonexistent/font.ttf", set_of("abc")));
}
