#include <doctest/doctest.h>

#include <set>

#include "pdf_pages.hpp"
#include "render/coverage_report.hpp"
#include "render/fixed_text_files.hpp"
#include "test_input.hpp"

using namespace pledge;
using namespace pledge::render;

namespace {

const std::filesystem::path shipped = PLEDGE_SOURCE_DIR "/statements/languages";

struct Organisation : test::LibraryFolder {
  Organisation() {
    add("demo", R"(library: demo
title: Demo values
source: S
version: "2024"
groups: [{id: caring, title: We are caring}]
statements:
  - {id: dignity, group: caring, text: Dignity.}
  - {id: beds, group: caring, text: "Single-sex rooms, always."}
  - {id: names, group: caring, text: We tell you our names.}
)");
    add("extra", test::extra_library);
  }

  // `services` services: each keeps dignity, rewords beds or excludes it in turn, excludes names every third
  // time, and selects the extra library every fourth.
  CoverageMatrix matrix(std::size_t services) {
    CoverageMatrix m(catalog());
    for (std::size_t i = 0; i < services; ++i) {
      const std::string n = std::to_string(i + 1);
      std::string yaml = "service: Team " + n + " of the community services\nlibraries: [demo" +
                         (i % 4 == 0 ? ", extra" : "") + "]\n";
      std::string exclude;
      if (i % 2 == 0)
        exclude += "{ref: demo/beds, reason: No beds in team " + n + ".}";
      else
        yaml += "reword: [{ref: demo/beds, text: Rooms for you alone.}]\n";
      if (i % 3 == 2)
        exclude += std::string(exclude.empty() ? "" : ", ") + "{ref: demo/names, reason: Team " + n +
                   " wears no badges.}";
      if (!exclude.empty())
        yaml += "exclude: [" + exclude + "]\n";
      m.add(resolve("team-" + n + ".pledge.yaml", yaml));
    }
    return m;
  }
};

// How libharu writes an ASCII string as a PDF text string: UTF-16BE in hex, with its byte order mark.
std::string utf16_hex(std::string_view ascii) {
  constexpr char digits[] = "0123456789ABCDEF";
  std::string out = "<FEFF";
  for (char c : ascii) {
    const auto byte = static_cast<unsigned char>(c);
    out += std::string("00") + digits[byte / 16] + digits[byte % 16];
  }
  return out + ">";
}

}  // namespace

TEST_CASE("six services fit across one page set") {
  CHECK(coverage_page_sets(6) == std::vector<ServiceColumns>{{0, 6}});
}

TEST_CASE("the matrix splits across page sets when services do not fit, as evenly as possible") {
  const std::size_t across = coverage_columns_per_page();
  CHECK(across == 22);  // as pledge-coverage(1) says
  CHECK(coverage_page_sets(across) == std::vector<ServiceColumns>{{0, across}});
  CHECK(coverage_page_sets(40) == std::vector<ServiceColumns>{{0, 20}, {20, 20}});
  CHECK(coverage_page_sets(across + 1) ==
        std::vector<ServiceColumns>{{0, (across + 2) / 2}, {(across + 2) / 2, (across + 1) / 2}});
}

TEST_CASE("every service is in exactly one page set, in order, and no set is wider than the page") {
  for (std::size_t services = 1; services <= 120; ++services) {
    const auto sets = coverage_page_sets(services);
    std::size_t next = 0;
    for (const auto& set : sets) {
      CHECK(set.first == next);
      CHECK(set.count >= 1);
      CHECK(set.count <= coverage_columns_per_page());
      next += set.count;
    }
    CHECK(next == services);
    CHECK(sets.size() == (services + coverage_columns_per_page() - 1) / coverage_columns_per_page());
  }
}

TEST_CASE("each state has its own mark, a letter or symbol legible on its fill at WCAG AA") {
  const FixedTexts english = texts_for("en-GB", {shipped});
  std::set<std::string_view> symbols;
  for (CoverageState state :
       {CoverageState::kept, CoverageState::reworded, CoverageState::excluded, CoverageState::not_selected}) {
    const CoverageMark mark = coverage_mark(state, english);
    symbols.insert(mark.symbol);
    CHECK(contrast_ratio(mark.ink, mark.fill) >= 4.5);
    CHECK(contrast_ratio(palette().ink, mark.fill) >= 4.5);
  }
  CHECK(symbols == std::set<std::string_view>{"K", "R", "X", "–"});
  CHECK(coverage_mark(CoverageState::reworded, english).label == "Reworded");
}

TEST_CASE("the marks of a Welsh coverage report are Welsh letters, each its own, and its words Welsh") {
  const FixedTexts welsh = texts_for("cy", {shipped});
  std::set<std::string_view> symbols;
  for (CoverageState state :
       {CoverageState::kept, CoverageState::reworded, CoverageState::excluded, CoverageState::not_selected})
    symbols.insert(coverage_mark(state, welsh).symbol);
  CHECK(symbols == std::set<std::string_view>{"C", "A", "X", "–"});
  CHECK(coverage_mark(CoverageState::reworded, welsh).label == "Aralleiriwyd");
  CHECK(coverage_mark(CoverageState::not_selected, welsh).label == "Heb ei ddewis");
}

TEST_CASE("exclusions are listed with their reasons, by statement and then by service") {
  Organisation org;
  const CoverageMatrix matrix = org.matrix(4);
  const auto excluded = coverage_exclusions(matrix);
  REQUIRE(excluded.size() == 3);
  CHECK(excluded[0].ref == "demo/beds");
  CHECK(excluded[0].service == 0);
  CHECK(excluded[0].reason == "No beds in team 1.");
  CHECK(excluded[1].ref == "demo/beds");
  CHECK(excluded[1].service == 2);
  CHECK(excluded[2].ref == "demo/names");
  CHECK(excluded[2].service == 2);
  CHECK(excluded[2].reason == "Team 3 wears no badges.");
}

TEST_CASE("the coverage report is A4 landscape and byte-identical when rendered twice") {
  Organisation org;
  const CoverageMatrix matrix = org.matrix(6);
  const std::string pdf = render_coverage(matrix, {});
  CHECK(pdf.starts_with("%PDF-1."));
  CHECK(pdf.find("/MediaBox [ 0 0 841.89001 595.28003 ]") != std::string::npos);
  CHECK(pdf.find("/MediaBox [ 0 0 595.28003 841.89001 ]") == std::string::npos);
  CHECK(render_coverage(matrix, {}) == pdf);
}

TEST_CASE("the coverage report has dates only when SOURCE_DATE_EPOCH gives one") {
  Organisation org;
  const CoverageMatrix matrix = org.matrix(2);
  CHECK(render_coverage(matrix, {}).find("/CreationDate") == std::string::npos);
  RenderOptions dated;
  dated.source_date_epoch = 1700000000;
  CHECK(render_coverage(matrix, dated).find("/CreationDate (D:20231114221320Z") != std::string::npos);
}

TEST_CASE("the coverage report's title and subject say what it is and how many services it covers") {
  Organisation org;
  const std::string pdf = render_coverage(org.matrix(3), {});
  CHECK(pdf.find("/Title " + utf16_hex("Statement coverage")) != std::string::npos);
  CHECK(pdf.find("/Subject " + utf16_hex("Coverage of 3 services")) != std::string::npos);
}

TEST_CASE("forty services print as two page sets, each on its own pages, after the table of services") {
  Organisation org;
  const std::size_t six = test::page_count(render_coverage(org.matrix(6), {}));
  const std::size_t forty = test::page_count(render_coverage(org.matrix(40), {}));
  INFO("6 services: " << six << " pages, 40 services: " << forty << " pages");
  // Six: the services' table, the one matrix and the exclusions fit on two pages. Forty: the services' table
  // fills a page, and the second page set starts a page of its own.
  CHECK(six <= 2);
  CHECK(forty >= six + 2);
}

TEST_CASE("service names and reasons beyond ASCII are printed in the report's fonts") {
  Organisation org;
  CoverageMatrix matrix(org.catalog());
  matrix.add(org.resolve("zoe.pledge.yaml",
                         "service: Zoë’s ward – nights\nlibraries: [demo]\n"
                         "exclude: [{ref: demo/beds, reason: “Côté” rooms only.}]\n"));
  // A character the document's fonts were not prepared for would throw.
  CHECK(render_coverage(matrix, {}).starts_with("%PDF-"));
}

TEST_CASE(
    "a coverage report in Welsh is in Welsh, and tags each statement without a Welsh translation en-GB") {
  Organisation org;
  RenderOptions welsh;
  welsh.report_language = "cy";
  const std::string pdf = render_coverage(org.matrix(3), welsh);
  CHECK(pdf.find("/Lang (cy)") != std::string::npos);
  CHECK(pdf.find("/Lang (en-GB)") != std::string::npos);  // the demo library is English only
  const std::string english = render_coverage(org.matrix(3), {});
  CHECK(english.find("/Lang (en-GB)") != std::string::npos);
  CHECK(english.find("/Lang (cy)") == std::string::npos);
}

TEST_CASE("a statement with a translation into the coverage report's language is printed in it, untagged") {
  test::LibraryFolder ward;
  ward.add("ward", test::welsh_ward_library);
  CoverageMatrix matrix(ward.catalog());
  matrix.add(ward.resolve("a.pledge.yaml", "service: A\nlibraries: [ward]\n"));
  RenderOptions welsh;
  welsh.report_language = "cy";
  CHECK(render_coverage(matrix, welsh).find("/Lang (en-GB)") == std::string::npos);
}

TEST_CASE("a report language without a fixed-text file is refused, naming the nearest and those there are") {
  FixedTextFiles files({shipped});
  CHECK(test::error_of([&] { files.chosen("cym"); }) ==
        "no fixed texts for cym; did you mean 'cy'? There are fixed texts for cy, en-GB; to add cym, write " +
            (shipped / "cym.yaml").string() + " (copy en-GB.yaml and translate each text)");
  CHECK(files.chosen("cy").text("statement-coverage") == "Cwmpas y datganiadau");
  CHECK(files.languages() == std::vector<std::string>{"cy", "en-GB"});
}
