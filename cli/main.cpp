#include <algorithm>
#include <cstdio>
#include <exception>
#include <new>
#include <string>
#include <vector>

#include <fmt/core.h>

#include "base/allocator_settings.hpp"
#include "base/nearest_name.hpp"
#include "base/utf8.hpp"
#include "base/version.hpp"
#include "diagnostic_output.hpp"
#include "subcommands.hpp"

using namespace pledge::cli;

namespace {

// The first word that is neither an option nor an option's value: what the user meant as the subcommand.
std::string first_command_word(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--library-path") {
      ++i;
      continue;
    }
    if (!arg.empty() && arg[0] == '-')
      continue;
    return arg;
  }
  return {};
}

}  // namespace

int main(int argc, char** argv) {
  pledge::use_batch_allocator_settings();
  CLI::App app{"pledge: build, check and print \"Our pledge\" documents for health and care services",
               "pledge"};
  app.set_version_flag("--version", std::string("pledge ") + pledge::version);
  app.require_subcommand(1);
  app.fallthrough();

  CommandContext context;
  app.add_option("--library-path", context.library_paths,
                 "Folder of statement libraries, searched before PLEDGE_LIBRARY_PATH and the shipped ones "
                 "(repeatable)")
      ->type_name("DIR")
      ->allow_extra_args(false);

  std::vector<std::string> names;
  for (const Subcommand& command : subcommands()) {
    command.bind(app.add_subcommand(command.name, command.description), context);
    names.push_back(command.name);
  }
  if (const std::string word = first_command_word(argc, argv);
      !word.empty() && std::find(names.begin(), names.end(), word) == names.end()) {
    fmt::print(stderr,
               "pledge: error: unknown command '{}'{}\nRun 'pledge --help' for the list of commands.\n", word,
               pledge::did_you_mean(word, names));
    return exit_bad_input;
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {  // --help and --version
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    fmt::print(stderr, "pledge: error: {}\nRun 'pledge --help' or 'pledge COMMAND --help' for usage.\n",
               e.what());
    return exit_bad_input;
  }

  try {
    return context.run ? context.run() : exit_bad_input;
  } catch (const pledge::Error& e) {
    print_diagnostics(stderr, e);
    return exit_bad_input;
  } catch (const std::bad_alloc&) {
    fmt::print(stderr, "pledge: error: out of memory; is the input far larger than a pledge needs to be?\n");
    return exit_bad_input;
  } catch (const std::exception& e) {
    // Not a problem pledge knows how to word (lib/ throws pledge::Error for those): say what it was and exit
    // as for bad input rather than abort, so that a script sees a status and a message, never a core dump.
    fmt::print(stderr,
               "pledge: error: {}; this is a fault in pledge, please report it with the command run\n",
               pledge::escape_invalid_utf8(e.what()));
    return exit_bad_input;
  } catch (...) {
    fmt::print(stderr,
               "pledge: error: unexpected failure; this is a fault in pledge, please report it with the "
               "command run\n");
    return exit_bad_input;
  }
}
