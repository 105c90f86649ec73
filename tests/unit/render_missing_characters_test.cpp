#include <doctest/doctest.h>

#include "render/missing_characters.hpp"
#include "render/poster.hpp"
#include "test_input.hpp"

using namespace pledge;
using namespace pledge::render;

namespace {

const std::string data = std::string(PLEDGE_SOURCE_DIR) + "/tests/data/render";

// A service of the tiny test library whose file is `text`, resolved.
struct Service {
  LibraryCatalog catalog{{data + "/statements"}};
  ResolvedPledge pledge;

  explicit Service(const std::string& text)
      : pledge(resolve(test::yaml("emoji.pledge.yaml", text), catalog)) {}
};

const std::string tiny = "service: Tiny Team\nlibraries: [tiny]\n";

std::vector<Diagnostic> errors_of(Service& service, const RenderOptions& options) {
  try {
    check_characters(service.pledge, service.catalog, options);
  } catch (const Error& e) {
    return e.diagnostics();
  }
  return {};
}

}  // namespace

TEST_CASE("a character no font has fails the documents at its place in the file, naming the character") {
  Service service(tiny + "add:\n  - id: melt\n    group: caring\n    text: We never melt 🫠 away.\n");
  const auto errors = errors_of(service, {});
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].where == Location{"emoji.pledge.yaml", 6, 25});
  CHECK(errors[0].source_line == "    text: We never melt 🫠 away.");
  CHECK(errors[0].message ==
        "statement local/melt has U+1FAE0 MELTING FACE, which none of the fonts has: give a TrueType font "
        "that has it with --font FILE.ttf, write the text without it, or build with --allow-missing-glyphs "
        "to print an empty box in its place");
}

TEST_CASE("a text without a place of its own, such as the service name, is found in the file") {
  Service service("libraries: [tiny]\n# Team \uE000\nservice: \"Team \uE000\"\n");
  const auto errors = errors_of(service, {});
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].where == Location{"emoji.pledge.yaml", 3, 16});
  CHECK(errors[0].message.starts_with("the service name has U+E000, which none of the fonts has"));
}

TEST_CASE("every character no font has is reported, once for each text") {
  Service service(tiny + "staff: [\"A \uE000\uE000\", \"B \uE001\"]\n");
  const auto errors = errors_of(service, {});
  REQUIRE(errors.size() == 2);
  CHECK(errors[0].message.starts_with("staff name 'A \uE000\uE000' has U+E000,"));
  CHECK(errors[1].message.starts_with("staff name 'B \uE001' has U+E001,"));
  CHECK(errors[1].where == Location{"emoji.pledge.yaml", 3, 20});
}

TEST_CASE("allowed, each character no font has is a warning that it is printed as an empty box") {
  Service service(tiny + "audience: Patients 🫠\n");
  RenderOptions options;
  options.allow_missing_glyphs = true;
  const auto warnings = check_characters(service.pledge, service.catalog, options);
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].where == Location{"emoji.pledge.yaml", 3, 20});
  CHECK(warnings[0].message ==
        "the audience has U+1FAE0 MELTING FACE, which none of the fonts has: it is printed as an empty box");
  // And the documents draw it so, rather than failing.
  CHECK(render_poster(service.pledge, options).pdf.starts_with("%PDF-1."));
}

TEST_CASE("a document refuses a text with a character no font has that no check saw") {
  Service service(tiny);
  service.pledge.service = "Team 🫠";
  CHECK(test::error_of([&] { render_poster(service.pledge, {}); }) ==
        "the text 'Team 🫠' has U+1FAE0 MELTING FACE, which none of the fonts has; give a font that has it "
        "with --font FILE.ttf, or build with --allow-missing-glyphs to print an empty box in its place");
}

TEST_CASE("an emoji is a character like any other: drawn from the symbol fonts, not reported") {
  Service service(tiny + "add:\n  - id: smile\n    group: caring\n    text: We smile 😀 and wave 👋.\n");
  CHECK(check_characters(service.pledge, service.catalog, {}).empty());
}

TEST_CASE("the statements a service left out are checked too, in their library: the worksheet prints them") {
  const test::TempFolder folder;
  folder.write(
      "odd.yaml",
      "library: odd\ntitle: Odd\nsource: tests\ngroups:\n  - id: care\n    title: Care\nstatements:\n"
      "  - id: kept\n    group: care\n    text: We care.\n"
      "  - id: left\n    group: care\n    text: We \uE000 care.\n");
  LibraryCatalog catalog({folder.path()});
  const ResolvedPledge pledge = resolve(
      test::yaml("odd.pledge.yaml",
                 "service: Team\nlibraries: [odd]\nexclude:\n  - ref: odd/left\n    reason: Not for us.\n"),
      catalog);
  try {
    check_characters(pledge, catalog, {});
    FAIL("no error");
  } catch (const Error& e) {
    REQUIRE(e.diagnostics().size() == 1);
    CHECK(e.diagnostics()[0].where == Location{(folder.path() / "odd.yaml").string(), 13, 14});
    CHECK(
        e.diagnostics()[0].message.starts_with("statement odd/left has U+E000, which none of the fonts has"));
  }
}
