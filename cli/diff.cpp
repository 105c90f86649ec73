#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <memory>

#include <fmt/core.h>

#include "format_option.hpp"
#include "model/pledge_diff.hpp"
#include "report/diff_formats.hpp"
#include "subcommands.hpp"

extern char** environ;

namespace pledge::cli {

namespace {

struct DiffOptions {
  std::string old_file;
  std::string new_file;
  std::string git_revision;
  std::string format = "text";
};

std::string read_all(int fd) {
  std::string out;
  char buffer[1 << 14];
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      break;
    out.append(buffer, static_cast<std::size_t>(n));
  }
  return out;
}

// The file's content at a git revision: `git show REV:./NAME` run in the file's folder (no shell involved).
std::string git_show(const std::string& file, const std::string& revision) {
  const std::filesystem::path path(file);
  const std::string folder = path.has_parent_path() ? path.parent_path().string() : ".";
  const std::string object = revision + ":./" + path.filename().string();
  std::vector<std::string> args = {"git", "-C", folder, "show", object};
  std::vector<char*> argv;
  for (auto& a : args)
    argv.push_back(a.data());
  argv.push_back(nullptr);

  int out[2], err[2];
  if (::pipe(out) != 0 || ::pipe(err) != 0)
    throw Error(std::string("cannot run git: ") + std::strerror(errno));
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out[1], 1);
  posix_spawn_file_actions_adddup2(&actions, err[1], 2);
  posix_spawn_file_actions_addclose(&actions, out[0]);
  posix_spawn_file_actions_addclose(&actions, err[0]);
  pid_t pid = 0;
  const int spawned = posix_spawnp(&pid, "git", &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(out[1]);
  ::close(err[1]);
  if (spawned != 0) {
    ::close(out[0]);
    ::close(err[0]);
    throw Error(std::string("cannot run git: ") + std::strerror(spawned) + "; is git installed?");
  }
  std::string content = read_all(out[0]);
  std::string message = read_all(err[0]);
  ::close(out[0]);
  ::close(err[0]);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    while (!message.empty() && (message.back() == '\n' || message.back() == '\r'))
      message.pop_back();
    throw Error("cannot read it at revision '" + revision + "': " + message, Location{file, 0, 0});
  }
  return content;
}

int run_diff(const DiffOptions& options, const CommandContext& context) {
  const report::DiffFormat& format = report::diff_formats.at(options.format);
  LibraryCatalog catalog = context.catalog();
  std::shared_ptr<const SourceText> old_source, new_source;
  if (!options.git_revision.empty()) {
    if (!options.new_file.empty())
      throw Error("give one file with --git (it is compared with its version at REV)");
    old_source = std::make_shared<const SourceText>(options.old_file + "@" + options.git_revision,
                                                    git_show(options.old_file, options.git_revision));
    new_source = std::make_shared<const SourceText>(SourceText::read(options.old_file));
  } else {
    if (options.new_file.empty())
      throw Error("give two service files to compare, or one with --git REV");
    old_source = std::make_shared<const SourceText>(SourceText::read(options.old_file));
    new_source = std::make_shared<const SourceText>(SourceText::read(options.new_file));
  }
  const PledgeDiff diff = diff_pledges(resolve(old_source, catalog), resolve(new_source, catalog));
  fmt::print("{}", format.write(diff));
  return diff.empty() ? exit_ok : exit_findings;
}

}  // namespace

void setup_diff(CLI::App& app, CommandContext& context) {
  auto [sub, options] =
      add_command<DiffOptions>(app, context, "diff",
                               "Compare two versions of a service's pledge statement by statement "
                               "(exit 1 if they differ)",
                               run_diff);
  sub->add_option("OLD", options->old_file, "The older service file (or the only one, with --git)")
      ->required();
  sub->add_option("NEW", options->new_file, "The newer service file");
  sub->add_option("--git", options->git_revision, "Compare OLD with its version at this git revision")
      ->type_name("REV");
  add_format_option(sub, options->format, report::diff_formats);
}

}  // namespace pledge::cli
