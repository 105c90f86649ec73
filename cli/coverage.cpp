#include <filesystem>
#include <memory>

#include <fmt/core.h>

#include "base/output_file.hpp"
#include "model/coverage.hpp"
#include "model/service_discovery.hpp"
#include "render/coverage_report.hpp"
#include "render_setup.hpp"
#include "report/coverage_formats.hpp"
#include "subcommands.hpp"

namespace pledge::cli {

namespace {

namespace fs = std::filesystem;

struct CoverageOptions {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string output;
  std::string font;
};

// The output must not replace what the report was made from: a service file, a library it read, or a font.
void refuse_overwriting_inputs(const fs::path& output, const std::vector<fs::path>& services,
                               const CoverageMatrix& matrix, const LibraryCatalog& catalog,
                               const render::RenderOptions& render_options) {
  std::vector<fs::path> inputs = services;
  for (const auto& library : matrix.libraries()) {
    if (auto file = catalog.find(library.id))
      inputs.push_back(*file);
  }
  inputs.push_back(render_options.fonts.regular);
  inputs.push_back(render_options.fonts.bold);
  refuse_to_overwrite_inputs(output, inputs, "another output file (-o)");
}

int run_coverage(const CoverageOptions& options, const CommandContext& context) {
  const bool pdf = options.format == "pdf";
  if (pdf && options.output.empty())
    throw Error("a PDF coverage report is written to a file: give -o FILE.pdf");
  // The font is checked before any service is read, so that a bad --font fails fast.
  const render::RenderOptions render_options =
      pdf ? render_options_from(options.font) : render::RenderOptions{};
  LibraryCatalog catalog = context.catalog();
  CoverageMatrix matrix(catalog);
  DiagnosticList problems;  // every broken service is reported, not only the first
  const std::vector<fs::path> services = find_service_files(options.paths);
  for (const auto& path : services) {
    try {
      matrix.add(resolve_file(path, catalog));
    } catch (const Error& e) {
      problems.append(e);
    }
  }
  problems.throw_if_any();
  std::string bytes;
  if (pdf) {
    bytes = render::render_coverage(matrix, render_options);
  } else {
    bytes = format_coverage(matrix, *parse_coverage_format(options.format));
  }
  if (options.output.empty() || options.output == "-") {
    fmt::print("{}", bytes);
  } else {
    refuse_overwriting_inputs(options.output, services, matrix, catalog, render_options);
    write_file_atomically(options.output, bytes);
  }
  return exit_ok;
}

}  // namespace

void setup_coverage(CLI::App& app, CommandContext& context) {
  auto options = std::make_shared<CoverageOptions>();
  CLI::App* sub = app.add_subcommand("coverage",
                                     "Show which services keep, reword or exclude each library statement "
                                     "(the organisation-wide view for auditors)");
  sub->add_option("PATH", options->paths,
                  "Service files, or folders searched for *.pledge.yaml and pledge.yaml")
      ->required();
  sub->add_option("--format", options->format, "Output format: text, csv, json, markdown or pdf")
      ->check(CLI::IsMember({"text", "csv", "json", "markdown", "pdf"}))
      ->capture_default_str();
  sub->add_option("-o,--output", options->output,
                  "File to write (required for pdf; other formats go to standard output without it)")
      ->type_name("FILE");
  sub->add_option("--font", options->font, "TrueType font for the PDF (default Liberation Sans)")
      ->type_name("FILE.ttf");
  sub->callback(
      [options, &context] { context.run = [options, &context] { return run_coverage(*options, context); }; });
}

}  // namespace pledge::cli
