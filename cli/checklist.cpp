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
  ReportOptions report{.format = "csv"};
};

int run_checklist(const ChecklistOptions& options, const CommandContext& context) {
  const render::ChecklistFormat& format = render::checklist_formats.at(options.report.format);
  const ReportOutput output(options.report, format, context.library_folders());
  LibraryCatalog catalog = context.catalog();
  const ResolvedPledge pledge = resolve_file(options.file, catalog);
  output.write_report(
      format, pledge,
      [&](const auto& render_options) { return render::check_characters(pledge, catalog, render_options); },
      {options.file}, pledge.libraries, catalog);
  return exit_ok;
}

void setup_checklist(CLI::App* sub, ChecklistOptions* options) {
  sub->add_option("FILE", options->file, "Service file (selection and rewording)")->required();
  add_report_options(sub, options->report, render::checklist_formats,
                     "File to write (CSV goes to standard output without it)");
}

}  // namespace

const Bind bind_checklist = bind_command<ChecklistOptions, setup_checklist, run_checklist>;

}  // namespace pledge::cli
