#include <doctest/doctest.h>

#include "model/fixed_texts.hpp"
#include "test_input.hpp"

using namespace pledge;
using pledge::test::error_of;
using pledge::test::yaml;

namespace {

const std::filesystem::path shipped = PLEDGE_SOURCE_DIR "/statements/languages";

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
  CHECK(error_of([] { texts_for("pl", {"/nowhere"}); }) ==
        "no fixed texts for pl: write /nowhere/pl.yaml (copy en-GB.yaml and translate each text)");
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
