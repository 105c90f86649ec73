#include <doctest/doctest.h>

#include "base/sha256.hpp"
#include "model/fixed_texts.hpp"
#include "model/shipped_fixed_texts.hpp"
#include "test_input.hpp"

using namespace pledge;
using pledge::test::error_of;
using pledge::test::yaml;

namespace {

const std::filesystem::path shipped = PLEDGE_SOURCE_DIR "/statements/languages";

std::shared_ptr<const SourceText> shipped_file(const std::string& name) {
  return std::make_shared<const SourceText>(SourceText::read(shipped / name));
}

// en-GB.yaml with one text replaced.
std::string english_with(std::string_view key, std::string_view text) {
  const std::string english = shipped_file("en-GB.yaml")->content();
  const std::size_t at = english.find("\n  " + std::string(key) + ": ") + 1;
  return english.substr(0, at) + "  " + std::string(key) + ": " + std::string(text) +
         english.substr(english.find('\n', at));
}

}  // namespace

TEST_CASE("the shipped British English fixed texts give every key") {
  const FixedTexts texts = texts_for("en-GB", {shipped});
  CHECK(texts.text("our-pledge") == "Our pledge");
  CHECK(texts.text("signed-by-our-team") == "Signed by our team");
  CHECK(texts.page_of(2, 3) == "Page 2 of 3");
  CHECK(texts.month(3) == "March");
}

TEST_CASE("the shipped Welsh fixed texts give every key") {
  const FixedTexts texts = texts_for("cy", {shipped});
  CHECK(texts.language() == "cy");
  CHECK(texts.text("our-pledge") == "Ein haddewid");
  CHECK(texts.page_of(2, 3) == "Tudalen 2 o 3");
  CHECK(texts.month(12) == "Rhagfyr");
}

TEST_CASE("a language with no fixed-text file is an error saying which file to write") {
  CHECK(
      error_of([] { texts_for("pl", {"/nowhere"}); }) ==
      "no fixed texts for pl. There are fixed texts for no language; to add pl, write /nowhere/pl.yaml (copy "
      "en-GB.yaml and translate each text)");
}

TEST_CASE("a language with no fixed-text file is an error listing the languages there are") {
  CHECK(error_of([] { texts_for("pl", {shipped}); }) ==
        "no fixed texts for pl. There are fixed texts for cy, en-GB; to add pl, write " +
            (shipped / "pl.yaml").string() + " (copy en-GB.yaml and translate each text)");
}

TEST_CASE("a language no file has suggests the one tag there with its primary subtag") {
  CHECK(error_of([] {
          texts_for("en", {shipped});
        }).starts_with("no fixed texts for en; did you mean 'en-GB'? There are fixed texts for cy, en-GB;"));
  CHECK(error_of([] {
          texts_for("EN-us", {shipped});
        }).starts_with("no fixed texts for EN-us; did you mean 'en-GB'?"));
}

TEST_CASE("a language no file has suggests the nearest tag by spelling when no primary subtag matches") {
  CHECK(error_of([] {
          texts_for("cym", {shipped});
        }).starts_with("no fixed texts for cym; did you mean 'cy'?"));
}

TEST_CASE("a fixed-text file lacking keys is an error naming them and the file") {
  const std::string error = error_of(
      [] { load_fixed_texts(yaml("pl.yaml", "language: pl\ntexts:\n  our-pledge: Nasze zobowiązanie\n")); });
  CHECK(error.starts_with(
      "pl.yaml:3:3: the fixed texts of pl lack signed-by-our-team, signing-promise, name,"));
}

TEST_CASE("a fixed text that drops its placeholder is an error at it") {
  const std::string error =
      error_of([] { load_fixed_texts(yaml("pl.yaml", "language: pl\ntexts:\n  page-x-of-y: Strona\n")); });
  const std::string expected =
      "pl.yaml:3:16: fixed text 'page-x-of-y' must keep {page}, which the documents fill in\n"
      "pl.yaml:3:16: fixed text 'page-x-of-y' must keep {pages}, which the documents fill in";
  CHECK(error.find(expected) != std::string::npos);
}

TEST_CASE("an unknown fixed-text key is an error with the nearest key") {
  const std::string error =
      error_of([] { load_fixed_texts(yaml("pl.yaml", "language: pl\ntexts:\n  our-pledg: X\n")); });
  CHECK(error.starts_with("pl.yaml:3:3: unknown fixed text 'our-pledg'; did you mean 'our-pledge'?"));
}

TEST_CASE(
    "the table built in holds every shipped fixed-text file, its texts key by key as parsing it gives") {
  std::size_t files_there = 0;
  for (const auto& entry : std::filesystem::directory_iterator(shipped))
    files_there += entry.path().extension() == ".yaml" ? 1 : 0;
  const ShippedFixedTexts& table = shipped_fixed_texts();
  REQUIRE(table.files.size() == files_there);
  const std::vector<FixedTextKey> keys = fixed_text_keys_of(*shipped_file("en-GB.yaml"));
  REQUIRE(keys.size() == table.keys.size());
  for (const ShippedFixedTextFile& file : table.files) {
    CAPTURE(file.file_name);
    const std::shared_ptr<const SourceText> source = shipped_file(std::string(file.file_name));
    CHECK(file.sha256 == sha256_hex(source->content()));
    const FixedTexts parsed = load_fixed_texts(source, keys);
    CHECK(file.language == parsed.language());
    for (std::size_t k = 0; k < keys.size(); ++k) {
      CAPTURE(keys[k].name);
      CHECK(table.keys[k].name == keys[k].name);
      CHECK(file.texts[k] == parsed.text(keys[k].name));
    }
    for (int month = 1; month <= 12; ++month)
      CHECK(file.months[static_cast<std::size_t>(month - 1)] == parsed.month(month));
    CHECK(load_fixed_texts(source) == parsed);
  }
}

TEST_CASE("fixed texts taken from the table built in carry the SHA-256 of the file's bytes") {
  const std::shared_ptr<const SourceText> source = shipped_file("cy.yaml");
  CHECK(load_fixed_texts(source).file_sha256() == sha256_hex(source->content()));
}

TEST_CASE("fixed texts parsed from a file that is not a shipped one carry the SHA-256 of its bytes") {
  const std::string edited = english_with("our-pledge", "Our promise");
  CHECK(load_fixed_texts(yaml("en-GB.yaml", edited)).file_sha256() == sha256_hex(edited));
}

TEST_CASE("an edited copy of en-GB.yaml in a library folder's languages/ is parsed, and its edit shows") {
  test::TempFolder library;
  library.write("languages/en-GB.yaml", english_with("our-pledge", "Our promise"));
  const FixedTexts texts = texts_for("en-GB", {library.path() / "languages", shipped});
  CHECK(texts.text("our-pledge") == "Our promise");
  CHECK(texts.text("signed-by-our-team") == "Signed by our team");
}

TEST_CASE("an edited copy of en-GB.yaml is checked as any fixed-text file is") {
  test::TempFolder library;
  const std::filesystem::path file =
      library.write("languages/en-GB.yaml", english_with("version", "Version"));
  const std::string error = error_of([&] { texts_for("en-GB", {library.path() / "languages", shipped}); });
  CHECK(error.find(file.string() + ":") == 0);
  CHECK(error.find(": fixed text 'version' must keep {version}, which the documents fill in") !=
        std::string::npos);
}

TEST_CASE("the keys are en-GB.yaml's, in its order, each with the placeholders of its text") {
  const std::vector<FixedTextKey> keys = fixed_text_keys_of(
      *yaml("en-GB.yaml",
            "language: en-GB\ntexts:\n  our-pledge: Our pledge\n  months: [January]\n"
            "  sheet-x-of-y: Sheet {sheet} of {sheets}\n  brace: a { b } and {Not} or {}\n"));
  const std::vector<FixedTextKey> expected = {
      {"our-pledge", {}}, {"sheet-x-of-y", {"{sheet}", "{sheets}"}}, {"brace", {}}};
  CHECK(keys == expected);
}

TEST_CASE("a key added to en-GB.yaml is one every other fixed-text file must give, with its placeholders") {
  const std::vector<FixedTextKey> keys =
      fixed_text_keys_of(*yaml("en-GB.yaml",
                               "language: en-GB\ntexts:\n  our-pledge: Our pledge\n"
                               "  new-text: Printed on {date}\n  months: [January]\n"));
  CHECK(error_of([&] {
          load_fixed_texts(yaml("pl.yaml",
                                "language: pl\ntexts:\n  our-pledge: Nasze\n  new-text: Wydrukowano\n"
                                "  months: [a, b, c, d, e, f, g, h, i, j, k, l]\n"),
                           keys);
        }) == "pl.yaml:4:13: fixed text 'new-text' must keep {date}, which the documents fill in");
  CHECK(error_of([&] {
          load_fixed_texts(yaml("pl.yaml",
                                "language: pl\ntexts:\n  our-pledge: Nasze\n"
                                "  months: [a, b, c, d, e, f, g, h, i, j, k, l]\n"),
                           keys);
        }) == "pl.yaml:3:3: the fixed texts of pl lack new-text; add each under 'texts:' (see en-GB.yaml)");
}

TEST_CASE("the keys every fixed-text file must give are the shipped en-GB.yaml's, without months") {
  CHECK(fixed_text_keys() == fixed_text_keys_of(*shipped_file("en-GB.yaml")));
  CHECK(fixed_text_keys().front() == FixedTextKey{"our-pledge", {}});
  CHECK(std::find(fixed_text_keys().begin(), fixed_text_keys().end(),
                  FixedTextKey{"page-x-of-y", {"{page}", "{pages}"}}) != fixed_text_keys().end());
  CHECK(std::none_of(fixed_text_keys().begin(), fixed_text_keys().end(),
                     [](const FixedTextKey& key) { return key.name == "months"; }));
}
