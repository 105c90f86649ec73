#include <memory>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "base/nearest_name.hpp"
#include "subcommands.hpp"

namespace pledge::cli {

namespace {

struct ShowOptions {
  std::string ref;
  std::string format = "text";
};

int run_show(const ShowOptions& options, const CommandContext& context) {
  LibraryCatalog catalog = context.catalog();
  const auto slash = options.ref.find('/');
  if (slash == std::string::npos) {
    throw Error("'" + options.ref + "' is not a ref: write library/statement, such as " +
                "nice-patient-experience/second-opinion (see 'pledge list LIBRARY')");
  }
  const Library& library = catalog.load(options.ref.substr(0, slash));
  const std::string id = options.ref.substr(slash + 1);
  const Statement* s = library.find_statement(id);
  if (!s) {
    auto best = nearest_name(id, library.statement_ids());
    throw Error("unknown ref '" + options.ref + "'" +
                (best ? "; did you mean '" + library.id + "/" + *best + "'?"
                      : "; see 'pledge list " + library.id + "' for its statements"));
  }
  const Group& group = *library.find_group(s->group);
  const std::string place = fmt::format("{}:{}", s->location.file, s->location.line);
  if (options.format == "json") {
    nlohmann::ordered_json json{{"ref", options.ref},
                                {"library", library.id},
                                {"library_title", library.title},
                                {"source", library.source},
                                {"version", library.version},
                                {"group", group.id},
                                {"group_title", group.title},
                                {"text", s->text},
                                {"refs", s->refs},
                                {"evidence", s->evidence},
                                {"defined_at", place}};
    fmt::print("{}\n", json.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
    return exit_ok;
  }
  fmt::print("{}\n\n  {}\n\n", options.ref, s->text);
  fmt::print("Group:     {}\n", group.title);
  fmt::print("Library:   {} ({})\n", library.title, library.id);
  fmt::print("Source:    {}{}\n", library.source, library.version.empty() ? "" : ", " + library.version);
  if (!s->refs.empty())
    fmt::print("Refs:      {}\n", fmt::join(s->refs, "; "));
  for (std::size_t i = 0; i < s->evidence.size(); ++i) {
    fmt::print("{}{}\n", i == 0 ? "Evidence:  - " : "           - ", s->evidence[i]);
  }
  fmt::print("Defined:   {}\n", place);
  return exit_ok;
}

}  // namespace

void setup_show(CLI::App& app, CommandContext& context) {
  auto options = std::make_shared<ShowOptions>();
  CLI::App* sub =
      app.add_subcommand("show", "Show one library statement with its references and evidence prompts");
  sub->add_option("REF", options->ref, "Statement ref: library/statement")->required();
  sub->add_option("--format", options->format, "Output format: text or json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  sub->callback(
      [options, &context] { context.run = [options, &context] { return run_show(*options, context); }; });
}

}  // namespace pledge::cli
