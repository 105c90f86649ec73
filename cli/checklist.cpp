#include <memory>

#include <fmt/core.h>

#include "base/output_file.hpp"
#include "render/checklist.hpp"
#include "render/replaced_characters.hpp"
#include "render_setup.hpp"
#include "report/checklist.hpp"
#include "subcommands.hpp"

namespace pledge::cli {

namespace {

struct ChecklistOptions {
  std::string file;
  std::string format = "csv";
  std::string output;
  std::string font;
};

int run_checklist(const ChecklistOptions& options, const CommandContext& context) {
  if (options.format == "pdf" && options.output.empty())
    throw Error("a PDF checklist is written to a file: give -o FILE.pdf");
  const render::RenderOptions render_options =
      options.format == "pdf" ? render_options_from(options.font) : render::RenderOptions{};
  LibraryCatalog catalog = context.catalog();
  const ResolvedPledge pledge = resolve_file(options.file, catalog);
  std::string bytes;
  if (options.format == "pdf") {
    print_warnings(render::replaced_characters(pledge));
    bytes = render::with_whole_font_fallback(
        render_options, [&](const render::RenderOptions& o) { return render::render_checklist(pledge, o); });
  } else {
    bytes = report::checklist_csv(pledge);
  }
  if (options.output.empty() || options.output == "-") {
    fmt::print("{}", bytes);
    return exit_ok;
  }
  std::vector<std::filesystem::path> inputs = {options.file};
  for (const auto& library : pledge.libraries) {
    if (auto file = catalog.find(library.id))
      inputs.push_back(*file);
  }
  if (options.format == "pdf") {
    inputs.push_back(render_options.fonts.regular);
    inputs.push_back(render_options.fonts.bold);
  }
  refuse_to_overwrite_inputs(options.output, inputs, "another output file (-o)");
  write_file_atomically(options.output, bytes);
  return exit_ok;
}

}  // namespace

void setup_checklist(CLI::App& app, CommandContext& context) {
  auto options = std::make_shared<ChecklistOptions>();
  CLI::App* sub = app.add_subcommand("checklist",
                                     "Print a service's evidence checklist for auditors: CSV for "
                                     "spreadsheets, or the PDF that `pledge build` makes");
  sub->add_option("FILE", options->file, "Service file (selection and rewording)")->required();
  sub->add_option("--format", options->format, "Output format: csv or pdf")
      ->check(CLI::IsMember({"csv", "pdf"}))
      ->capture_default_str();
  sub->add_option("-o,--output", options->output, "File to write (CSV goes to standard output without it)")
      ->type_name("FILE");
  sub->add_option("--font", options->font, "TrueType font for the PDF (default Liberation Sans)")
      ->type_name("FILE.ttf");
  sub->callback([options, &context] {
    context.run = [options, &context] { return run_checklist(*options, context); };
  });
}

}  // namespace pledge::cli
