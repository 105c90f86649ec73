#include <doctest/doctest.h>

#include "model/coverage.hpp"
#include "render/output_formats.hpp"
#include "test_input.hpp"

using namespace pledge;

namespace {

const std::string data = std::string(PLEDGE_SOURCE_DIR) + "/tests/data/render";

struct Fixture {
  LibraryCatalog catalog{{data + "/statements"}};
  ResolvedPledge pledge = resolve_file(data + "/tiny.pledge.yaml", catalog);
};

// What format `name` wrote from the tiny pledge is what it says it is: a PDF, a workbook (a zip file, as
// every workbook is), or text that names the pledge's statements.
void check_written(std::string_view name, const std::string& out) {
  if (name == "pdf")
    CHECK(out.starts_with("%PDF-1."));
  else if (name == "xlsx")
    CHECK(out.starts_with("PK\x03\x04"));
  else
    CHECK(out.find("tiny/names") != std::string::npos);
}

}  // namespace

TEST_CASE(
    "coverage's formats are text, csv, json, markdown, xlsx and pdf, and xlsx and pdf must go to a file") {
  const auto& formats = render::coverage_formats;
  CHECK(formats.names() == std::vector<std::string>{"text", "csv", "json", "markdown", "xlsx", "pdf"});
  for (const auto& format : formats.rows()) {
    CAPTURE(format.name);
    CHECK(format.is_binary() == (format.name == "pdf" || format.name == "xlsx"));
  }
  CHECK(formats.at("pdf").binary == "a PDF coverage report");
  CHECK(formats.at("xlsx").binary == "an Excel workbook");
}

TEST_CASE("an unknown coverage format is an error with did-you-mean and the formats to choose from") {
  CHECK(test::error_of([] { render::coverage_formats.at("pfd"); }) ==
        "unknown format 'pfd'; did you mean 'pdf'? (text, csv, json, markdown, xlsx or pdf)");
  CHECK(test::error_of([] { render::coverage_formats.at("ods"); }) ==
        "unknown format 'ods'; choose text, csv, json, markdown, xlsx or pdf");
}

TEST_CASE(
    "every coverage format writes the matrix: text forms name the statements, the workbook is a zip, the PDF "
    "a PDF") {
  Fixture f;
  CoverageMatrix matrix(f.catalog);
  matrix.add(f.pledge);
  for (const auto& format : render::coverage_formats.rows()) {
    CAPTURE(format.name);
    check_written(format.name, format.write(matrix, {}));
  }
}

TEST_CASE("checklist's formats are csv, xlsx and pdf, and xlsx and pdf must go to a file") {
  const auto& formats = render::checklist_formats;
  CHECK(formats.names() == std::vector<std::string>{"csv", "xlsx", "pdf"});
  CHECK_FALSE(formats.at("csv").is_binary());
  CHECK(formats.at("xlsx").binary == "an Excel workbook");
  CHECK(formats.at("pdf").binary == "a PDF checklist");
  CHECK(test::error_of([] { render::checklist_formats.at("cvs"); }) ==
        "unknown format 'cvs'; did you mean 'csv'? (csv, xlsx or pdf)");
}

TEST_CASE(
    "every checklist format writes the checklist: the CSV its rows, the workbook a zip, the PDF a PDF") {
  Fixture f;
  for (const auto& format : render::checklist_formats.rows()) {
    CAPTURE(format.name);
    check_written(format.name, format.write(f.pledge, {}));
  }
}

TEST_CASE(
    "evidence's formats are text, csv, json, markdown, xlsx and pdf, and xlsx and pdf must go to a file") {
  const auto& formats = render::evidence_formats;
  CHECK(formats.names() == std::vector<std::string>{"text", "csv", "json", "markdown", "xlsx", "pdf"});
  for (const auto& format : formats.rows()) {
    CAPTURE(format.name);
    CHECK(format.is_binary() == (format.name == "xlsx" || format.name == "pdf"));
  }
  CHECK(formats.at("pdf").binary == "a PDF evidence report");
}
