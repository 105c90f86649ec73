#include <doctest/doctest.h>

#include "model/language.hpp"
#include "model/library.hpp"
#include "model/resolved_pledge.hpp"
#include "test_input.hpp"

using namespace pledge;
using pledge::test::error_of;
using pledge::test::yaml;

namespace {

// A library in British English with Welsh translations, as a bilingual ward's pledge draws on.
struct BilingualLibraries : test::LibraryFolder {
  BilingualLibraries() {
    add("ward", R"(library: ward
title: Ward
source: A test
groups:
  - id: respect
    title: Respect
    translations: {cy: Parch}
statements:
  - id: dignity
    group: respect
    text: We treat you with dignity and respect.
    translations:
      cy: Byddwn yn eich trin ag urddas a pharch.
  - id: listen
    group: respect
    text: We listen to you.
    translations: {cy: Byddwn yn gwrando arnoch chi.}
)");
  }
  std::string error(const std::string& text) {
    return error_of([&] { resolve("team.pledge.yaml", text); });
  }
};

std::vector<std::string> languages_of(const std::vector<LanguageText>& texts) {
  std::vector<std::string> out;
  for (const auto& t : texts)
    out.push_back(t.language);
  return out;
}

}  // namespace

TEST_CASE("a language tag is written in the case BCP 47 recommends") {
  CHECK(canonical_language_tag("en-gb") == "en-GB");
  CHECK(canonical_language_tag("CY") == "cy");
  CHECK(canonical_language_tag("sr-latn-rs") == "sr-Latn-RS");
  CHECK(canonical_language_tag("es-419") == "es-419");
  CHECK(canonical_language_tag("de-CH-1996") == "de-CH-1996");
  CHECK(canonical_language_tag("en-GB-x-nhs") == "en-GB-x-nhs");
}

TEST_CASE("a name, an underscore or a stray dash is not a language tag") {
  CHECK_FALSE(canonical_language_tag("Welsh"));
  CHECK_FALSE(canonical_language_tag("en_GB"));
  CHECK_FALSE(canonical_language_tag("en-"));
  CHECK_FALSE(canonical_language_tag("e"));
  CHECK_FALSE(canonical_language_tag("en-GB-u"));
  CHECK_FALSE(canonical_language_tag(""));
}

TEST_CASE("a library without a language is in British English") {
  const Library library = load_library(
      yaml("demo.yaml",
           "library: demo\ntitle: T\nsource: S\ngroups: [{id: g, title: G}]\nstatements: [{id: s, group: g, "
           "text: We listen.}]\n"),
      "demo");
  CHECK(library.language == "en-GB");
}

TEST_CASE("a statement's translations keep their language and their place") {
  const Library library = load_library(yaml("demo.yaml", R"(library: demo
title: T
source: S
language: en-GB
groups: [{id: g, title: G, translations: {cy: Gofal}}]
statements:
  - id: s
    group: g
    text: We listen.
    translations:
      cy: Rydym yn gwrando.
)"),
                                       "demo");
  REQUIRE(library.statements[0].translations.size() == 1);
  const LanguageText& welsh = library.statements[0].translations[0];
  CHECK(welsh.language == "cy");
  CHECK(welsh.text == "Rydym yn gwrando.");
  CHECK(to_string(welsh.location) == "demo.yaml:11:11");
  CHECK(library.groups[0].translations[0].text == "Gofal");
  CHECK(to_string(library.groups[0].translations[0].location) == "demo.yaml:5:47");
}

TEST_CASE("a library's language that is not a language tag is an error at its value") {
  CHECK(error_of([] {
          load_library(yaml("demo.yaml",
                            "library: demo\ntitle: T\nsource: S\nlanguage: Welsh\ngroups: [{id: g, "
                            "title: G}]\nstatements: [{id: s, group: g, text: T.}]\n"),
                       "demo");
        }) ==
        "demo.yaml:4:11: 'Welsh' is not a BCP 47 language tag; write one such as en-GB (British "
        "English), cy (Welsh), pl (Polish) or ur (Urdu)");
}

TEST_CASE("a translation into the text's own language is an error at its key") {
  CHECK(error_of([] {
          load_library(yaml("demo.yaml",
                            "library: demo\ntitle: T\nsource: S\ngroups: [{id: g, title: G}]\n"
                            "statements: [{id: s, group: g, text: T., translations: {en-gb: U.}}]\n"),
                       "demo");
        }) ==
        "demo.yaml:5:57: a translation into en-GB, the language this is written in ('language:' of its "
        "file, en-GB if not given); remove it or change the file's language");
}

TEST_CASE("a translation that is not a text is an error at its value") {
  CHECK(error_of([] {
          load_library(yaml("demo.yaml",
                            "library: demo\ntitle: T\nsource: S\ngroups: [{id: g, title: G}]\n"
                            "statements: [{id: s, group: g, text: T., translations: {cy: [a]}}]\n"),
                       "demo");
        }) == "demo.yaml:5:61: the translation into cy must be a text, but it is a list");
}

TEST_CASE("a service's languages are its documents' languages, in the order it lists them") {
  BilingualLibraries libraries;
  const ResolvedPledge pledge =
      libraries.resolve("team.pledge.yaml", "service: A\nlanguages: [cy, en-GB]\nlibraries: [ward]\n");
  CHECK(pledge.languages == std::vector<std::string>{"cy", "en-GB"});
  const ResolvedStatement& dignity = pledge.statements[0];
  CHECK(languages_of(dignity.texts) == std::vector<std::string>{"cy", "en-GB"});
  CHECK(dignity.texts[0].text == "Byddwn yn eich trin ag urddas a pharch.");
  CHECK(dignity.texts[1].text == "We treat you with dignity and respect.");
  CHECK(dignity.text == "Byddwn yn eich trin ag urddas a pharch.");
  CHECK(dignity.group_title == "Parch");
  CHECK(languages_of(pledge.groups[0].titles) == std::vector<std::string>{"cy", "en-GB"});
  CHECK(pledge.groups[0].titles[1].text == "Respect");
}

TEST_CASE("every text of a bilingual pledge keeps the place it is written, translations too") {
  BilingualLibraries libraries;
  const ResolvedPledge pledge =
      libraries.resolve("team.pledge.yaml", "service: A\nlanguages: [cy, en-GB]\nlibraries: [ward]\n");
  const std::string file = (libraries.path() / "ward.yaml").string();
  CHECK(to_string(pledge.statements[0].texts[0].location) == file + ":13:11");
  CHECK(to_string(pledge.statements[0].texts[1].location) == file + ":11:11");
  CHECK(to_string(pledge.groups[0].titles[0].location) == file + ":7:24");
  CHECK(to_string(pledge.groups[0].titles[1].location) == file + ":6:12");
}

TEST_CASE("a service without languages is in its own language alone") {
  BilingualLibraries libraries;
  const ResolvedPledge pledge = libraries.resolve("team.pledge.yaml", "service: A\nlibraries: [ward]\n");
  CHECK(pledge.languages == std::vector<std::string>{"en-GB"});
  CHECK(pledge.statements[0].text == "We treat you with dignity and respect.");
  CHECK(languages_of(pledge.statements[0].texts) == std::vector<std::string>{"en-GB"});
}

TEST_CASE("a translation missing for a listed language is an error at the statement naming the language") {
  BilingualLibraries libraries;
  const std::string file = (libraries.path() / "ward.yaml").string();
  CHECK(libraries.error("service: A\nlanguages: [cy, pl]\nlibraries: [ward]\n") ==
        file +
            ":6:12: the title of group 'respect' has no translation into pl, which the service's "
            "'languages:' lists; add 'pl: ...' under its 'translations:'\n" +
            file +
            ":11:11: statement 'ward/dignity' has no translation into pl, which the service's "
            "'languages:' lists; add 'pl: ...' under its 'translations:'\n" +
            file +
            ":16:11: statement 'ward/listen' has no translation into pl, which the service's "
            "'languages:' lists; add 'pl: ...' under its 'translations:'");
}

TEST_CASE("a bilingual pledge's asks are in every language, in its order, each text at its place") {
  BilingualLibraries libraries;
  const ResolvedPledge pledge = libraries.resolve("team.pledge.yaml", R"(service: A
languages: [cy, en-GB]
libraries: [ward]
asks:
  - text: Tell us if you are in pain.
    translations: {cy: Dywedwch wrthym os ydych mewn poen.}
)");
  REQUIRE(pledge.asks.size() == 1);
  CHECK(languages_of(pledge.asks[0].texts) == std::vector<std::string>{"cy", "en-GB"});
  CHECK(pledge.asks[0].text == "Dywedwch wrthym os ydych mewn poen.");
  CHECK(pledge.asks[0].texts[1].text == "Tell us if you are in pain.");
  CHECK(to_string(pledge.asks[0].texts[0].location) == "team.pledge.yaml:6:24");
  CHECK(to_string(pledge.asks[0].texts[1].location) == "team.pledge.yaml:5:11");
}

TEST_CASE("an ask without a translation into a listed language is an error at it naming the language") {
  BilingualLibraries libraries;
  CHECK(
      libraries.error("service: A\nlanguages: [cy, en-GB]\nlibraries: [ward]\nasks: [Be kind.]\n") ==
      "team.pledge.yaml:4:8: ask 1 ('Be kind.') has no translation into cy, which the service's 'languages:' "
      "lists; add 'cy: ...' under its 'translations:'");
}

TEST_CASE("a rewording and an added statement of a bilingual pledge carry their own translations") {
  BilingualLibraries libraries;
  const std::string service = R"(service: A
languages: [cy, en-GB]
libraries: [ward]
reword:
  - ref: ward/listen
    text: We listen to you and your family.
add:
  - id: welsh
    group: respect
    text: We speak Welsh with you if you wish.
)";
  CHECK(
      libraries.error(service) ==
      "team.pledge.yaml:6:11: the rewording of 'ward/listen' has no translation into cy, which the service's "
      "'languages:' lists; add 'cy: ...' under its 'translations:'\n"
      "team.pledge.yaml:10:11: 'local/welsh' has no translation into cy, which the service's 'languages:' "
      "lists; add 'cy: ...' under its 'translations:'");
  const ResolvedPledge pledge = libraries.resolve("team.pledge.yaml", R"(service: A
languages: [cy, en-GB]
libraries: [ward]
reword:
  - ref: ward/listen
    text: We listen to you and your family.
    translations: {cy: Byddwn yn gwrando arnoch chi a'ch teulu.}
add:
  - id: welsh
    group: respect
    text: We speak Welsh with you if you wish.
    translations: {cy: Byddwn yn siarad Cymraeg â chi os hoffech chi.}
)");
  CHECK(pledge.statements[1].texts[0].text == "Byddwn yn gwrando arnoch chi a'ch teulu.");
  CHECK(pledge.statements[2].texts[0].text == "Byddwn yn siarad Cymraeg â chi os hoffech chi.");
}

TEST_CASE("a language listed twice is an error at the second") {
  BilingualLibraries libraries;
  CHECK(libraries.error("service: A\nlanguages: [cy, CY]\nlibraries: [ward]\n") ==
        "team.pledge.yaml:2:17: language cy is listed twice under 'languages'; list it once");
}

TEST_CASE("one language of a bilingual pledge can be chosen alone") {
  BilingualLibraries libraries;
  DiagnosticList problems;
  ServiceFile service = read_service_file(
      yaml("team.pledge.yaml", "service: A\nlanguages: [cy, en-GB]\nlibraries: [ward]\n"), problems);
  const ResolvedPledge pledge =
      resolve(std::move(service), std::move(problems), libraries.catalog(), "en-gb");
  CHECK(pledge.languages == std::vector<std::string>{"en-GB"});
  CHECK(pledge.statements[0].text == "We treat you with dignity and respect.");
}

TEST_CASE("choosing a language the pledge is not in is an error at its languages") {
  BilingualLibraries libraries;
  DiagnosticList problems;
  ServiceFile service = read_service_file(
      yaml("team.pledge.yaml", "service: A\nlanguages: [cy, en-GB]\nlibraries: [ward]\n"), problems);
  CHECK(
      error_of([&] { resolve(std::move(service), std::move(problems), libraries.catalog(), "pl"); }) ==
      "team.pledge.yaml:2:12: --language pl is not a language of this pledge, which is in cy, en-GB; choose "
      "one of them, or add it to 'languages:' with translations");
}
