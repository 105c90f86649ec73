#include <memory>

#include <fmt/core.h>

#include "base/output_file.hpp"
#include "choice_option.hpp"
#include "report/starter_file.hpp"
#include "subcommands.hpp"

namespace pledge::cli {

namespace {

struct InitOptions {
  std::string file;
  std::vector<std::string> libraries;
  std::string service;
  std::string audience;
};

int run_init(const InitOptions& options, const CommandContext& context) {
  LibraryCatalog catalog = context.catalog();
  const std::vector<const Library*> libraries = catalog.load_each(options.libraries);
  write_file_atomically(options.file,
                        report::starter_service_file(options.service, options.audience, libraries),
                        Overwrite::refused);
  std::size_t count = 0;
  for (const Library* l : libraries)
    count += l->statements.size();
  fmt::print(stderr, "Wrote {} with {} statements to go through. Edit it, then run 'pledge resolve {}'.\n",
             options.file, count, options.file);
  return exit_ok;
}

void setup_init(CLI::App* sub, InitOptions* options) {
  sub->add_option("FILE", options->file, "Service file to create")->required();
  sub->add_option("--library", options->libraries, "Library id to select (repeatable)")
      ->required()
      ->take_all();
  sub->add_option("--service", options->service, "Name of the service, as the poster prints it")->required();
  sub->add_option("--audience", options->audience, "Who the service's customers are");
}

}  // namespace

const Bind bind_init = bind_command<InitOptions, setup_init, run_init>;

}  // namespace pledge::cli
