#include <doctest/doctest.h>

#include "model/fixed_texts.hpp"
#include "render/poster.hpp"
#include "test_input.hpp"

using namespace pledge;
using pledge::test::error_of;
using pledge::test::yaml;

namespace {

const std::filesystem::path& shipped = test::shipped_languages;

using WelshWard = test::WelshWardLibrary;

using test::occurrences;

}  // namespace

TEST_CASE("the poster's British English fixed texts are the words it has always printed") {
  const FixedTexts texts = texts_for("en-GB", {shipped});
  CHECK(texts.text("what-we-ask-of-you") == "What we ask of you");
  CHECK(texts.text("continued") == "(continued)");
  CHECK(texts.text("sheet-x-of-y") == "Sheet {sheet} of {sheets}");
  CHECK(texts.text("copy-requested") == "{copies} copy requested");
  CHECK(texts.text("copies-requested") == "{copies} copies requested");
}

TEST_CASE("the poster's Welsh fixed texts") {
  const FixedTexts texts = texts_for("cy", {shipped});
  CHECK(texts.text("signed-by-our-team") == "Wedi'i lofnodi gan ein tîm");
  CHECK(texts.text("what-we-ask-of-you") == "Beth rydym yn ei ofyn gennych chi");
  CHECK(texts.text("continued") == "(parhad)");
  CHECK(texts.text("sheet-x-of-y") == "Dalen {sheet} o {sheets}");
  CHECK(texts.text("copy-requested") == "Gofynnwyd am {copies} copi");
  CHECK(texts.text("copies-requested") == "Gofynnwyd am {copies} copi");
}

TEST_CASE("a poster sheet number that drops a placeholder is an error at it") {
  const std::string error = error_of(
      [] { load_fixed_texts(yaml("pl.yaml", "language: pl\ntexts:\n  sheet-x-of-y: Arkusz {sheet}\n")); });
  CHECK(
      error.find("pl.yaml:3:17: fixed text 'sheet-x-of-y' must keep {sheets}, which the documents fill in") !=
      std::string::npos);
}

TEST_CASE("a copies line that drops its number is an error at it") {
  const std::string error = error_of(
      [] { load_fixed_texts(yaml("pl.yaml", "language: pl\ntexts:\n  copies-requested: kopie\n")); });
  CHECK(error.find("pl.yaml:3:21: fixed text 'copies-requested' must keep {copies}, which the documents fill "
                   "in") != std::string::npos);
}

TEST_CASE("a bilingual poster is in its first language, titled in each, with every English text tagged") {
  WelshWard ward;
  const ResolvedPledge pledge =
      ward.resolve("team.pledge.yaml", "service: A\nlanguages: [cy, en-GB]\nlibraries: [ward]\n");
  const std::string pdf = render::render_poster(pledge, {}).pdf;
  CHECK(pdf.find("<rdf:li xml:lang=\"x-default\">Ein haddewid / Our pledge: A</rdf:li>") !=
        std::string::npos);
  CHECK(occurrences(pdf, "/Lang (cy)") == 1);  // the catalog's: no element needs to say it
  // The English parts of the title, the group's heading, the statement, the signatures' heading and promise,
  // the labels of each of the eight cells a team without names gets, and the footer.
  CHECK(occurrences(pdf, "/Lang (en-GB)") == 1 + 1 + 1 + 2 + 8 + 1);
}

TEST_CASE("a poster in one language tags no text with another") {
  WelshWard ward;
  const ResolvedPledge pledge = ward.resolve("team.pledge.yaml", "service: A\nlibraries: [ward]\n");
  const std::string pdf = render::render_poster(pledge, {}).pdf;
  CHECK(pdf.find("<rdf:li xml:lang=\"x-default\">Our pledge: A</rdf:li>") != std::string::npos);
  CHECK(occurrences(pdf, "/Lang (en-GB)") == 1);
  CHECK(occurrences(pdf, "/Lang (cy)") == 0);
}

TEST_CASE("a poster in Welsh alone is in Welsh, with no English part") {
  WelshWard ward;
  test::TempFolder folder;
  const auto service =
      folder.write("team.pledge.yaml", "service: A\nlanguages: [cy, en-GB]\nlibraries: [ward]\n");
  const ResolvedPledge pledge = resolve_file(service, ward.catalog(), "cy");
  const std::string pdf = render::render_poster(pledge, {}).pdf;
  CHECK(pdf.find("<rdf:li xml:lang=\"x-default\">Ein haddewid: A</rdf:li>") != std::string::npos);
  CHECK(occurrences(pdf, "/Lang (cy)") == 1);
  CHECK(occurrences(pdf, "/Lang (en-GB)") == 0);
}

TEST_CASE("a bilingual poster's size is found with both languages' lines counted") {
  std::string library =
      "library: ward\ntitle: Ward\nsource: A test\ngroups: [{id: respect, title: Respect, translations: {cy: "
      "Parch}}]\nstatements:\n";
  for (int i = 1; i <= 14; ++i) {
    const std::string n = std::to_string(i);
    library += "  - {id: s" + n + ", group: respect, text: We listen to you and your family about care " + n +
               "., translations: {cy: Byddwn yn gwrando arnoch chi a'ch teulu am ofal " + n + ".}}\n";
  }
  test::LibraryFolder folder;
  folder.add("ward", library);
  const render::Poster english =
      render::render_poster(folder.resolve("a.pledge.yaml", "service: A\nlibraries: [ward]\n"), {});
  const render::Poster both = render::render_poster(
      folder.resolve("b.pledge.yaml", "service: A\nlanguages: [cy, en-GB]\nlibraries: [ward]\n"), {});
  CHECK(english.statement_sheets == 1);
  CHECK(both.statement_sheets == 1);
  CHECK(both.font_size < english.font_size);
  CHECK(both.font_size >= render::poster_minimum_size);
}
