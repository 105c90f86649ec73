#include <memory>

#include <fmt/core.h>

#include "base/nearest_name.hpp"
#include "format_option.hpp"
#include "report/catalog_formats.hpp"
#include "subcommands.hpp"

namespace pledge::cli {

namespace {

struct ShowOptions {
  std::string ref;
  std::string format = "text";
};

// The library statement `ref` (library/statement) names; throws Error with a did-you-mean if there is none.
std::pair<const Library*, const Statement*> find_statement(const std::string& ref, LibraryCatalog& catalog) {
  const auto slash = ref.find('/');
  if (slash == std::string::npos) {
    throw Error("'" + ref + "' is not a ref: write library/statement, such as " +
                "nice-patient-experience/second-opinion (see 'pledge list LIBRARY')");
  }
  const Library& library = catalog.load(ref.substr(0, slash));
  const std::string id = ref.substr(slash + 1);
  if (const Statement* s = library.find_statement(id))
    return {&library, s};
  auto best = nearest_name(id, library.statement_ids());
  throw Error("unknown ref '" + ref + "'" +
              (best ? "; did you mean '" + library.id + "/" + *best + "'?"
                    : "; see 'pledge list " + library.id + "' for its statements"));
}

int run_show(const ShowOptions& options, const CommandContext& context) {
  const report::ShowFormat& format = report::show_formats.at(options.format);
  LibraryCatalog catalog = context.catalog();
  const auto [library, statement] = find_statement(options.ref, catalog);
  fmt::print("{}", format.write(*library, *statement));
  return exit_ok;
}

void setup_show(CLI::App* sub, ShowOptions* options) {
  sub->add_option("REF", options->ref, "Statement ref: library/statement")->required();
  add_format_option(sub, options->format, report::show_formats);
}

}  // namespace

const Bind bind_show = bind_command<ShowOptions, setup_show, run_show>;

}  // namespace pledge::cli
