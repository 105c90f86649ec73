#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "command_context.hpp"

namespace pledge::cli {

// What a subcommand's row calls to add its options to `sub` and register its run.
using Bind = void (*)(CLI::App* sub, CommandContext& context);

// One row of pledge's table of subcommands (subcommands.cpp), which main() reads: it adds each row's
// subcommand and runs the one named.
struct Subcommand {
  std::string name;
  std::string description;  // the line `pledge --help` shows for it
  // Adds the options to the subcommand and registers its run (bind_command): bind_<name> of cli/<name>.cpp.
  Bind bind;
};

// Every subcommand, in the order `pledge --help` lists them.
const std::vector<Subcommand>& subcommands();

// Each subcommand lives in its own file: an options struct, setup_x (adds the options to the subcommand,
// bound into the struct), run_x (does the work through lib/ and prints the result) and bind_x, which joins
// them for the table's row: `const Bind bind_x = bind_command<XOptions, setup_x, run_x>;`.
extern const Bind bind_resolve;
extern const Bind bind_list;
extern const Bind bind_show;
extern const Bind bind_init;
extern const Bind bind_coverage;
extern const Bind bind_diff;
extern const Bind bind_build;
extern const Bind bind_checklist;
extern const Bind bind_lint;
extern const Bind bind_evidence;
extern const Bind bind_serve;

// `setup` adds the subcommand's options to `sub`, bound into a fresh `Options`; when the subcommand is named,
// CLI11 sets context.run to `run` on them, and main() calls that once everything is parsed.
template <typename Options, void (*setup)(CLI::App*, Options*),
          int (*run)(const Options&, const CommandContext&)>
void bind_command(CLI::App* sub, CommandContext& context) {
  auto options = std::make_shared<Options>();
  setup(sub, options.get());
  sub->callback(
      [options, &context] { context.run = [options, &context] { return run(*options, context); }; });
}

}  // namespace pledge::cli
