#pragma once

#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "base/name_table.hpp"
#include "command_context.hpp"

namespace pledge::cli {

// A CLI11 check that a value is one of a table's names, failing with the table's message (did you mean, and
// the names to choose from). Its description "{a,b,c}" is what --help shows after the option, and what bash
// completion (pledge.bash-completion) reads the choices from.
template <typename Row>
CLI::Validator one_of(const NameTable<Row>& table) {
  std::string names;
  for (const auto& name : table.names())
    names += (names.empty() ? "" : ",") + name;
  return CLI::Validator(
      [&table](std::string& value) {
        return table.find(value) ? std::string() : table.unknown_message(value);
      },
      "{" + names + "}");
}

// Registers the subcommand's run: CLI11 calls the callback when the subcommand is named, and main() runs
// context.run after parsing everything.
template <typename Options, typename Run>
void on_run(CLI::App* sub, std::shared_ptr<Options> options, CommandContext& context, Run run) {
  sub->callback([options, &context, run] {
    context.run = [options, &context, run] { return run(*options, context); };
  });
}

// Adds the subcommand `name`, whose options are bound into a fresh `Options` and which runs `run` (through
// on_run): the plumbing every setup_x shares, so that setup_x only adds the options.
template <typename Options, typename Run>
std::pair<CLI::App*, std::shared_ptr<Options>> add_command(CLI::App& app, CommandContext& context,
                                                           const std::string& name,
                                                           const std::string& description, Run run) {
  auto options = std::make_shared<Options>();
  CLI::App* sub = app.add_subcommand(name, description);
  on_run(sub, options, context, run);
  return {sub, options};
}

}  // namespace pledge::cli
