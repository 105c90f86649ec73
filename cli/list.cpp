#include <memory>

#include <fmt/core.h>

#include "format_option.hpp"
#include "report/catalog_formats.hpp"
#include "subcommands.hpp"

namespace pledge::cli {

namespace {

struct ListOptions {
  std::string library;  // empty: list the libraries themselves
  std::string format = "text";
};

// The good libraries are listed, then the broken ones reported.
int list_libraries(const report::ListFormat& format, LibraryCatalog& catalog) {
  DiagnosticList problems;
  std::vector<const Library*> libraries;
  for (const auto& id : catalog.ids()) {
    try {
      libraries.push_back(&catalog.load(id));
    } catch (const Error& e) {
      problems.append(e);
    }
  }
  fmt::print("{}", format.libraries(libraries));
  problems.throw_if_any();
  return exit_ok;
}

int run_list(const ListOptions& options, const CommandContext& context) {
  const report::ListFormat& format = report::list_formats.at(options.format);
  LibraryCatalog catalog = context.catalog();
  if (options.library.empty())
    return list_libraries(format, catalog);
  fmt::print("{}", format.statements(catalog.load(options.library)));
  return exit_ok;
}

void setup_list(CLI::App* sub, ListOptions* options) {
  sub->add_option("LIBRARY", options->library, "Library id: list its statements");
  add_format_option(sub, options->format, report::list_formats);
}

}  // namespace

const Bind bind_list = bind_command<ListOptions, setup_list, run_list>;

}  // namespace pledge::cli
