#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "command_context.hpp"

namespace pledge::cli {

// One row of pledge's table of subcommands (subcommands.cpp), which main() reads: it adds each row's
// subcommand and runs the one named.
struct Subcommand {
  std::string name;
  std::string description;  // the line `pledge --help` shows for it
  // Adds the options to the subcommand and registers its run (bind_command): bind_<name> of cli/<name>.cpp.
  void (*bind)(CLI::App* sub, CommandContext& context);
};

// Every subcommand, in the order `pledge --help` lists them.
const std::vector<Subcommand>& subcommands();

// Each subcommand lives in its own file: an options struct, setup_x (adds the options to the subcommand,
// bound into the struct), run_x (does the work through lib/ and prints the result) and bind_x, which joins
// them with bind_command for the table's row.
void bind_resolve(CLI::App* sub, CommandContext& context);
void bind_list(CLI::App* sub, CommandContext& context);
void bind_show(CLI::App* sub, CommandContext& context);
void bind_init(CLI::App* sub, CommandContext& context);
void bind_coverage(CLI::App* sub, CommandContext& context);
void bind_diff(CLI::App* sub, CommandContext& context);
void bind_build(CLI::App* sub, CommandContext& context);
void bind_checklist(CLI::App* sub, CommandContext& context);
void bind_lint(CLI::App* sub, CommandContext& context);
void bind_evidence(CLI::App* sub, CommandContext& context);
void bind_serve(CLI::App* sub, CommandContext& context);

// `setup` adds the subcommand's options to `sub`, bound into a fresh `Options`; when the subcommand is named,
// CLI11 sets context.run to `run` on them, and main() calls that once everything is parsed.
template <typename Options>
void bind_command(CLI::App* sub, CommandContext& context, void (*setup)(CLI::App*, Options*),
                  int (*run)(const Options&, const CommandContext&)) {
  auto options = std::make_shared<Options>();
  setup(sub, options.get());
  sub->callback([options, &context, run] {
    context.run = [options, &context, run] { return run(*options, context); };
  });
}

}  // namespace pledge::cli
