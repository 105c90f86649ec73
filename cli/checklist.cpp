#include <memory>

#include "format_option.hpp"
#include "render/missing_characters.hpp"
#include "render/output_formats.hpp"
#include "render_setup.hpp"
#include "report/csv.hpp"
#include "report_output.hpp"
#include "subcommands.hpp"

namespace pledge::cli {

namespace {

struct ChecklistOptions {
  std::string file;
  std::string format = "csv";
  std::string output;
  std::vector<std::string> fonts;
  bool allow_missing_glyphs = false;
  bool no_bom = false;
};

int run_checklist(const ChecklistOptions& options, const CommandContext& context) {
  const render::ChecklistFormat& format = render::checklist_formats.at(options.format);
  const ReportOutput output(options.output, format, options.fonts, options.allow_missing_glyphs);
  LibraryCatalog catalog = context.catalog();
  const ResolvedPledge pledge = resolve_file(options.file, catalog);
  if (format.name == "pdf")  // a character no font has fails here, or is a warning; a workbook draws none
    print_warnings(render::check_characters(pledge, catalog, output.render_options()));
  const std::string bytes = format.write(pledge, output.render_options());
  output.write(options.no_bom ? report::without_byte_order_mark(bytes) : bytes, {options.file},
               pledge.libraries, catalog);
  return exit_ok;
}

}  // namespace

void setup_checklist(CLI::App& app, CommandContext& context) {
  auto [sub, options] =
      add_command<ChecklistOptions>(app, context, "checklist",
                                    "Print a service's evidence checklist for auditors: CSV or an Excel "
                                    "workbook for spreadsheets, or the PDF that `pledge build` makes",
                                    run_checklist);
  sub->add_option("FILE", options->file, "Service file (selection and rewording)")->required();
  add_report_options(sub, *options, render::checklist_formats,
                     "File to write (CSV goes to standard output without it)");
}

}  // namespace pledge::cli
