#include <memory>

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "calendar_date.hpp"
#include "source_text.hpp"
#include "subcommands.hpp"

namespace pledge::cli {

namespace {

struct ListOptions {
  std::string library;  // empty: list the libraries themselves
  std::string format = "text";
};

int list_libraries(const ListOptions& options, LibraryCatalog& catalog) {
  DiagnosticList problems;
  nlohmann::ordered_json json = nlohmann::ordered_json::array();
  std::vector<const Library*> libraries;
  for (const auto& id : catalog.ids()) {
    try {
      libraries.push_back(&catalog.load(id));
    } catch (const Error& e) {
      problems.append(e);  // list the good ones, then report the broken ones
    }
  }
  if (options.format == "json") {
    for (const Library* l : libraries) {
      json.push_back({{"id", l->id},
                      {"title", l->title},
                      {"source", l->source},
                      {"version", l->version},
                      {"address", l->addresses},
                      {"read", l->read ? iso_text(*l->read) : std::string()},
                      {"licence", l->licence},
                      {"statements", l->statements.size()},
                      {"path", l->source_text->name()}});
    }
    fmt::print("{}\n", json.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
  } else {
    std::size_t width = 7;
    std::size_t version_width = 7;
    for (const Library* l : libraries) {
      width = std::max(width, l->id.size());
      version_width = std::max(version_width, l->version.size());
    }
    fmt::print("{:<{}}  {:>10}  {:<{}}  {}\n", "LIBRARY", width, "STATEMENTS", "VERSION", version_width,
               "TITLE");
    for (const Library* l : libraries) {
      fmt::print("{:<{}}  {:>10}  {:<{}}  {}\n", l->id, width, l->statements.size(),
                 l->version.empty() ? "-" : l->version, version_width, l->title);
    }
  }
  problems.throw_if_any();
  return exit_ok;
}

int list_statements(const ListOptions& options, LibraryCatalog& catalog) {
  const Library& library = catalog.load(options.library);
  if (options.format == "json") {
    nlohmann::ordered_json json = nlohmann::ordered_json::array();
    for (const auto& s : library.statements) {
      json.push_back({{"ref", library.id + "/" + s.id},
                      {"group", s.group},
                      {"group_title", library.find_group(s.group)->title},
                      {"text", s.text}});
    }
    fmt::print("{}\n", json.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
    return exit_ok;
  }
  fmt::print("{}: {}\n", library.id, library.title);
  fmt::print("Source: {}{}\n", library.source, library.version.empty() ? "" : " (" + library.version + ")");
  if (!library.addresses.empty()) {
    fmt::print("Read{} from:\n", library.read ? " " + long_text(*library.read) : std::string());
    for (const auto& address : library.addresses)
      fmt::print("  {}\n", address);
  } else if (library.read) {
    fmt::print("Read {}\n", long_text(*library.read));
  }
  if (!library.licence.empty())
    fmt::print("Licence: {}\n", library.licence);
  for (const auto& group : library.groups) {
    fmt::print("\n{}\n", group.title);
    for (const auto& s : library.statements) {
      if (s.group == group.id)
        fmt::print("  {}/{}\n      {}\n", library.id, s.id, s.text);
    }
  }
  return exit_ok;
}

int run_list(const ListOptions& options, const CommandContext& context) {
  LibraryCatalog catalog = context.catalog();
  return options.library.empty() ? list_libraries(options, catalog) : list_statements(options, catalog);
}

}  // namespace

void setup_list(CLI::App& app, CommandContext& context) {
  auto options = std::make_shared<ListOptions>();
  CLI::App* sub = app.add_subcommand(
      "list", "List the statement libraries with their versions, or one library's source and statements");
  sub->add_option("LIBRARY", options->library, "Library id: list its statements");
  sub->add_option("--format", options->format, "Output format: text or json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  sub->callback(
      [options, &context] { context.run = [options, &context] { return run_list(*options, context); }; });
}

}  // namespace pledge::cli
