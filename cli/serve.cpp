#include <fcntl.h>
#include <pthread.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <fmt/core.h>

#include "base/output_file.hpp"
#include "choice_option.hpp"
#include "diagnostic_output.hpp"
#include "lint/lint_run.hpp"
#include "model/service_file.hpp"
#include "render_setup.hpp"
#include "report/starter_file.hpp"
#include "subcommands.hpp"
#include "workshop/request_guard.hpp"
#include "workshop/workshop_server.hpp"
#include "workshop/workshop_session.hpp"

extern char** environ;

namespace pledge::cli {

namespace {

struct ServeOptions {
  std::string file;
  std::vector<std::string> libraries;
  std::string service;
  std::string audience;
  std::string host = "127.0.0.1";
  int port = 0;
  bool open = false;
  std::string scope = "all";
  std::string baseline;
};

// "ward-7.pledge.yaml" -> "Ward 7": a name to start with when none is given; the team can change it.
std::string service_name_from(const std::string& file) {
  std::string name = std::filesystem::path(file).filename().string();
  for (const char* suffix : {".yaml", ".yml", ".pledge"}) {
    if (name.size() > std::string(suffix).size() && name.ends_with(suffix))
      name.resize(name.size() - std::string(suffix).size());
  }
  for (char& c : name) {
    if (c == '-' || c == '_')
      c = ' ';
  }
  if (!name.empty() && name[0] >= 'a' && name[0] <= 'z')
    name[0] = static_cast<char>(name[0] - 'a' + 'A');
  return name.empty() ? "Our service" : name;
}

// A missing service file is started as `pledge init` starts one.
void start_file(const ServeOptions& options, const CommandContext& context) {
  if (options.libraries.empty()) {
    throw Error(
        "there is no such file; to start a new one, give the libraries to choose from: pledge serve " +
            options.file + " --library ID [--service NAME]",
        Location{options.file, 0, 0});
  }
  LibraryCatalog catalog = context.catalog();
  const std::vector<const Library*> libraries = catalog.load_each(options.libraries);
  const std::string service = options.service.empty() ? service_name_from(options.file) : options.service;
  write_file_atomically(options.file, report::starter_service_file(service, options.audience, libraries),
                        Overwrite::refused);
  std::size_t count = 0;
  for (const Library* l : libraries)
    count += l->statements.size();
  fmt::print(stderr, "Wrote {} for \"{}\" with {} statements to go through.\n", options.file, service, count);
}

// A statement library given where the service file is wanted: refused before the server starts, as build
// and resolve refuse it. Any other problem, a file that does not parse among them, the workshop shows on its
// page, where the team can mend it.
void refuse_library(const std::string& file) {
  std::optional<Diagnostic> library;
  try {
    const SourceText source = SourceText::read(file);
    library = library_instead_of_service(parse_yaml(source), source);
  } catch (const Error&) {
    return;
  }
  if (library)
    throw Error(std::vector<Diagnostic>{std::move(*library)});
}

// Starts the desktop's browser on `address` with xdg-open, and says so if that fails (xdg-open missing, or
// no browser it can start). It does not wait: xdg-open may run as long as the browser does.
void open_browser(const std::string& address) {
  pid_t child = 0;
  const char* argv[] = {"xdg-open", address.c_str(), nullptr};
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  const int error = posix_spawnp(&child, "xdg-open", &actions, nullptr, const_cast<char**>(argv), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (error != 0) {
    fmt::print(stderr,
               "pledge serve: cannot start a browser: xdg-open {} ({}); open the address above yourself.\n",
               error == ENOENT ? "is not installed" : "failed", std::strerror(error));
    return;
  }
  fmt::print(stderr, "Opening it in your browser (xdg-open).\n");
  std::thread([child] {
    int status = 0;
    if (waitpid(child, &status, 0) == child && !(WIFEXITED(status) && WEXITSTATUS(status) == 0)) {
      fmt::print(stderr,
                 "pledge serve: xdg-open could not start a browser (exit status {}); open the address "
                 "above yourself.\n",
                 WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
    }
  }).detach();
}

// Stops the server on SIGINT or SIGTERM, so that the command ends with a last word rather than mid-line.
// Signals are blocked before the server starts its threads, which inherit the mask, and taken by this one.
void stop_on_signal(workshop::WorkshopServer& server) {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  std::thread([signals, &server] {
    int signal = 0;
    sigwait(&signals, &signal);
    server.stop();
  }).detach();
}

int run_serve(const ServeOptions& options, const CommandContext& context) {
  std::error_code ec;
  if (!std::filesystem::exists(options.file, ec)) {
    start_file(options, context);
  } else if (!options.libraries.empty()) {
    fmt::print(stderr, "pledge serve: {} exists, so --library is not used (it only starts a new file).\n",
               options.file);
  }
  if (std::filesystem::is_directory(options.file, ec))
    throw Error("is a folder; give the service file to work on", Location{options.file, 0, 0});
  refuse_library(options.file);

  workshop::WorkshopSettings settings;
  settings.service_file = options.file;
  settings.library_folders = context.library_folders();
  settings.lint_data_folder = context.lint_data_folder();
  settings.spelling_index = context.spelling_index();
  settings.render = render_options_from({}, false, settings.library_folders);
  settings.scope = lint::scopes().at(options.scope).scope;
  if (!options.baseline.empty())
    settings.baseline = options.baseline;
  workshop::WorkshopSession session(std::move(settings));
  const workshop::WorkshopState state = session.state();
  if (!state.problems.empty()) {
    fmt::print(stderr, "pledge serve: {} has problems; the page shows them until they are fixed:\n",
               options.file);
    print_diagnostics(stderr, Error(state.problems));
  }

  workshop::WorkshopServer server(session, {options.host, options.port}, workshop::random_token());
  stop_on_signal(server);
  server.on_change([](const std::string& line) {
    std::time_t now = std::time(nullptr);
    char clock[16];
    std::strftime(clock, sizeof clock, "%H:%M:%S", std::localtime(&now));
    fmt::print(stderr, "{} saved: {}\n", clock, line);
  });

  const auto addresses = server.addresses();
  fmt::print("Workshop for {} at:\n", options.file);
  for (const auto& address : addresses)
    fmt::print("  {}\n", address);
  fmt::print("Every change is saved to {} as it is made. Press Ctrl+C to stop.\n", options.file);
  std::fflush(stdout);
  if (options.host != "127.0.0.1" && options.host != "localhost" && options.host != "::1") {
    fmt::print(stderr,
               "pledge serve: listening on {}: anyone who can reach this machine and has the address "
               "with its token can change {}.\n",
               options.host, options.file);
  }
  if (options.open && !addresses.empty())
    open_browser(addresses.front());

  server.run();
  fmt::print(stderr, "Stopped. {} has every change saved.\n", options.file);
  return exit_ok;
}

void setup_serve(CLI::App* sub, ServeOptions* options) {
  sub->add_option("FILE", options->file,
                  "Service file to work on (started as 'init' does if it does not exist)")
      ->required();
  sub->add_option("--library", options->libraries, "Library id to start a new file with (repeatable)")
      ->take_all();
  sub->add_option("--service", options->service, "Name of the service, for a new file (default: from FILE)");
  sub->add_option("--audience", options->audience, "Who the service's customers are, for a new file");
  sub->add_option("--host", options->host,
                  "Address to listen on; the default 127.0.0.1 is this computer only, 0.0.0.0 every network")
      ->type_name("HOST")
      ->capture_default_str();
  sub->add_option("--port", options->port, "Port to listen on (default: a free one)")
      ->type_name("PORT")
      ->check(CLI::Range(0, 65535));
  sub->add_flag("--open", options->open, "Open the workshop in the desktop's browser (xdg-open)");
  std::string scope_help = "Which statements' findings the page shows, as pledge lint --scope:";
  for (const auto& scope : lint::scopes().rows())
    scope_help += fmt::format("\n  {}: {}", scope.name, scope.description);
  sub->add_option("--scope", options->scope, scope_help)
      ->check(one_of(lint::scopes()))
      ->capture_default_str();
  sub->add_option(
         "--baseline", options->baseline,
         "Leave out the findings this baseline (pledge lint --write-baseline) accepts, as pledge lint "
         "--baseline does")
      ->type_name("FILE");
}

}  // namespace

const Bind bind_serve = bind_command<ServeOptions, setup_serve, run_serve>;

}  // namespace pledge::cli
