#pragma once

#include <CLI/CLI.hpp>

#include "command_context.hpp"

namespace pledge::cli {

// Each subcommand lives in its own file: an options struct, setup_x (binds options, registers the run) and
// run_x (does the work through lib/ and prints the result).
void setup_resolve(CLI::App& app, CommandContext& context);
void setup_list(CLI::App& app, CommandContext& context);
void setup_show(CLI::App& app, CommandContext& context);
void setup_init(CLI::App& app, CommandContext& context);
void setup_coverage(CLI::App& app, CommandContext& context);
void setup_diff(CLI::App& app, CommandContext& context);
void setup_build(CLI::App& app, CommandContext& context);
void setup_checklist(CLI::App& app, CommandContext& context);
void setup_lint(CLI::App& app, CommandContext& context);
void setup_evidence(CLI::App& app, CommandContext& context);
void setup_serve(CLI::App& app, CommandContext& context);

}  // namespace pledge::cli
