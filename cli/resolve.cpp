#include <memory>

#include <fmt/core.h>

#include "report/pledge_report.hpp"
#include "subcommands.hpp"

namespace pledge::cli {

namespace {

struct ResolveOptions {
  std::string file;
  std::string format = "text";
};

int run_resolve(const ResolveOptions& options, const CommandContext& context) {
  LibraryCatalog catalog = context.catalog();
  const ResolvedPledge pledge = resolve_file(options.file, catalog);
  fmt::print("{}", format_report(pledge, *parse_report_format(options.format)));
  return exit_ok;
}

}  // namespace

void setup_resolve(CLI::App& app, CommandContext& context) {
  auto options = std::make_shared<ResolveOptions>();
  CLI::App* sub = app.add_subcommand("resolve",
                                     "Print a service's pledge: every statement with its ref, group, "
                                     "status and original wording, and the excluded ones with reasons");
  sub->add_option("FILE", options->file, "Service file (selection and rewording)")->required();
  sub->add_option("--format", options->format, "Output format: text, json, yaml or markdown")
      ->check(CLI::IsMember({"text", "json", "yaml", "markdown"}))
      ->capture_default_str();
  sub->callback(
      [options, &context] { context.run = [options, &context] { return run_resolve(*options, context); }; });
}

}  // namespace pledge::cli
