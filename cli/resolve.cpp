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

}  // namespace

void setup_resolve(CLI::App& app, CommandContext& context) {
  auto [sub, options] =
      add_command<ResolveOptions>(app, context, "resolve",
                                  "Print a service's pledge: every statement with its ref, group, "
                                  "status and original wording, and the excluded ones with reasons",
                                  run_resolve);
  sub->add_option("FILE", options->file, "Service file (selection and rewording)")->required();
  add_format_option(sub, options->format, report::resolve_formats);
  sub->add_option("--language", options->language,
                  "Resolve the pledge in one of its languages alone (a BCP 47 tag, such as cy)");
}

}  // namespace pledge::cli
