#include <doctest/doctest.h>

#include "render/fixed_text_files.hpp"
#include "test_input.hpp"

using namespace pledge;
using pledge::test::error_of;

namespace {

using WelshWard = test::WelshWardLibrary;

render::FixedTextFiles shipped_files() {
  return render::FixedTextFiles({PLEDGE_SOURCE_DIR "/statements/languages"});
}

}  // namespace

TEST_CASE("a bilingual pledge's documents get the fixed texts of each of its languages, in its order") {
  WelshWard ward;
  const ResolvedPledge pledge =
      ward.resolve("team.pledge.yaml", "service: A\nlanguages: [cy, en-GB]\nlibraries: [ward]\n");
  render::FixedTextFiles files = shipped_files();
  const std::vector<const FixedTexts*> texts = render::texts_of(pledge, files);
  REQUIRE(texts.size() == 2);
  CHECK(texts[0]->text("our-pledge") == "Ein haddewid");
  CHECK(texts[1]->text("our-pledge") == "Our pledge");
}

TEST_CASE("a pledge without languages gets the fixed texts of its own language") {
  WelshWard ward;
  const ResolvedPledge pledge = ward.resolve("team.pledge.yaml", "service: A\nlibraries: [ward]\n");
  render::FixedTextFiles files = shipped_files();
  const std::vector<const FixedTexts*> texts = render::texts_of(pledge, files);
  REQUIRE(texts.size() == 1);
  CHECK(texts[0]->language() == "en-GB");
}

TEST_CASE("each language's fixed-text file is read once, however many documents need it") {
  WelshWard ward;
  const ResolvedPledge pledge =
      ward.resolve("team.pledge.yaml", "service: A\nlanguages: [cy, en-GB]\nlibraries: [ward]\n");
  render::FixedTextFiles files = shipped_files();
  CHECK(render::texts_of(pledge, files)[0] == render::texts_of(pledge, files)[0]);
}

TEST_CASE("a listed language without a fixed-text file is an error at the service's languages") {
  WelshWard ward;
  ward.add("pl-ward", R"(library: pl-ward
title: Ward
source: A test
language: pl
groups: [{id: respect, title: Szacunek}]
statements: [{id: listen, group: respect, text: Słuchamy cię.}]
)");
  const ResolvedPledge pledge =
      ward.resolve("team.pledge.yaml", "service: A\nlanguage: pl\nlanguages: [pl]\nlibraries: [pl-ward]\n");
  render::FixedTextFiles files({"/nowhere"});
  CHECK(
      error_of([&] { render::texts_of(pledge, files); }) ==
      "team.pledge.yaml:3:12: no fixed texts for pl. There are fixed texts for no language; to add pl, write "
      "/nowhere/pl.yaml (copy en-GB.yaml and translate each text)");
}

TEST_CASE(
    "a fixed-text file in a library folder's languages/ is used before the shipped one, the nearest first") {
  test::TempFolder near, far;
  const std::string welsh = SourceText::read(PLEDGE_SOURCE_DIR "/statements/languages/cy.yaml").content();
  const auto with_title = [&](const std::string& title) {
    const std::size_t at = welsh.find("our-pledge: ");
    return welsh.substr(0, at) + "our-pledge: " + title + welsh.substr(welsh.find('\n', at));
  };
  near.write("languages/cy.yaml", with_title("Ein haddewid ni"));
  far.write("languages/cy.yaml", with_title("Ein haddewid nhw"));
  render::FixedTextFiles files(render::FixedTextFiles::folders_of(
      {near.path(), far.path() / "missing", far.path(), PLEDGE_SOURCE_DIR "/statements"}));
  CHECK(files.of("cy").text("our-pledge") == "Ein haddewid ni");
  CHECK(files.of("en-GB").text("our-pledge") ==
        "Our pledge");  // neither library folder has it: the shipped one
}

TEST_CASE("a language no folder has is an error naming the file to write in the nearest, and every folder") {
  render::FixedTextFiles files(render::FixedTextFiles::folders_of({"/team/libraries", "/usr/share/pledge"}));
  CHECK(error_of([&] { files.of("pl"); }) ==
        "no fixed texts for pl. There are fixed texts for no language; to add pl, write "
        "/team/libraries/languages/pl.yaml (copy en-GB.yaml and translate each text); looked in "
        "/team/libraries/languages /usr/share/pledge/languages");
}

TEST_CASE("a language asked for by name without a file is the same error as one a pledge lists") {
  render::FixedTextFiles files = shipped_files();
  CHECK(error_of([&] { files.chosen("en"); }) == error_of([&] { files.of("en"); }));
  CHECK(error_of([&] { files.chosen("en"); }).starts_with("no fixed texts for en; did you mean 'en-GB'?"));
}
