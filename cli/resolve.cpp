#include <memory>

#include <fmt/core.h>

#include "format_option.hpp"
#include "report/pledge_report.hpp"
#include "subcommands.hpp"

namespace pledge::cli {

namespace {

struct ResolveOptions {
  std::string file;
  std::string format = "text";
  std::string language;  // one of the pledge's languages alone, or empty for all
};

int run_resolve(const ResolveOptions& options, const CommandContext& context) {
  const report::ResolveFormat& format = report::resolve_formats.at(options.format);
  LibraryCatalog catalog = context.catalog();
  fmt::print("{}", format.write(resolve_file(options.file, catalog, options.language)));
  return exit_ok;
}

void setup_resolve(CLI::App* sub, ResolveOptions* options) {
  sub->add_option("FILE", options->file, "Service file (selection and rewording)")->required();
  add_format_option(sub, options->format, report::resolve_formats);
  sub->add_option("--language", options->language,
                  "Resolve the pledge in one of its languages alone (a BCP 47 tag, such as cy)");
}

}  // namespace

const Bind bind_resolve = bind_command<ResolveOptions, setup_resolve, run_resolve>;

}  // namespace pledge::cli
