#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <system_error>
#include <vector>

#include <fmt/core.h>

#include "format_option.hpp"
#include "model/pledge_diff.hpp"
#include "report/diff_formats.hpp"
#include "subcommands.hpp"

extern char** environ;

namespace pledge::cli {

namespace {

namespace fs = std::filesystem;

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

struct GitOutput {
  int status = 0;
  std::string out;
  std::string err;  // without its final line break
};

// Runs git with `args` (no shell involved), collecting what it prints.
GitOutput run_git(std::vector<std::string> args) {
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
  // git writes little on stderr; reading stdout to its end first cannot deadlock on it in practice, and
  // `git show` of one file fits well within what the pipe and the loop take.
  GitOutput result;
  result.out = read_all(out[0]);
  result.err = read_all(err[0]);
  ::close(out[0]);
  ::close(err[0]);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128;
  while (!result.err.empty() && (result.err.back() == '\n' || result.err.back() == '\r'))
    result.err.pop_back();
  return result;
}

std::string folder_of(const fs::path& path) {
  return path.has_parent_path() ? path.parent_path().string() : ".";
}

// The commit `revision` names, as git's repository around `folder` knows it. The revision reaches git after
// --end-of-options, so that one beginning with '-' is a revision, never an option; what is run afterwards
// names the commit by its hash.
std::string commit_of(const std::string& folder, const std::string& revision, const std::string& given) {
  const GitOutput git = run_git(
      {"git", "-C", folder, "rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"});
  std::string commit = git.out;
  while (!commit.empty() && (commit.back() == '\n' || commit.back() == '\r'))
    commit.pop_back();
  if (git.status != 0 || commit.empty()) {
    throw Error("cannot read it at revision '" + revision +
                    "': " + (git.err.empty() ? "git knows no commit of that name here" : git.err),
                Location{given, 0, 0});
  }
  return commit;
}

// The file's content at `commit`, or nothing if the file is not in it (a file added since).
std::optional<std::string> git_content(const fs::path& file, const std::string& commit) {
  const std::string object = commit + ":./" + file.filename().string();
  if (run_git({"git", "-C", folder_of(file), "cat-file", "-e", object}).status != 0)
    return std::nullopt;
  const GitOutput git = run_git({"git", "-C", folder_of(file), "show", object});
  if (git.status != 0)
    throw Error("cannot read it at revision " + commit + ": " + git.err, Location{file.string(), 0, 0});
  return git.out;
}

bool is_service_file_name(const std::string& name) {
  return name == "pledge.yaml" || (name.size() > 12 && name.ends_with(".pledge.yaml"));
}

// The service files under `folder` now or at `commit` (deleted since), as paths below the folder, sorted.
std::vector<fs::path> service_files_now_or_at(const fs::path& folder, const std::string& commit) {
  std::set<fs::path> files;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec), end;
       !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file(ec) && is_service_file_name(it->path().filename().string()))
      files.insert(it->path());
  }
  const GitOutput git = run_git({"git", "-C", folder.string(), "ls-tree", "-r", "--name-only", "-z", commit});
  if (git.status != 0)
    throw Error("cannot list the folder at revision " + commit + ": " + git.err,
                Location{folder.string(), 0, 0});
  std::size_t start = 0;
  while (start < git.out.size()) {
    std::size_t end = git.out.find('\0', start);
    if (end == std::string::npos)
      end = git.out.size();
    const fs::path path = git.out.substr(start, end - start);
    if (is_service_file_name(path.filename().string()))
      files.insert(folder / path);
    start = end + 1;
  }
  return {files.begin(), files.end()};
}

// One file against its version at `commit` (named `revision`): a file new since then is all added, one
// deleted since all removed.
PledgeDiff diff_with_revision(const fs::path& file, const std::string& commit, const std::string& revision,
                              LibraryCatalog& catalog) {
  const std::string old_name = file.string() + "@" + revision;
  std::error_code ec;
  const bool on_disk = fs::exists(file, ec);
  const std::optional<std::string> old_content = git_content(file, commit);
  if (!on_disk && !old_content)
    throw Error("no such file, and none at revision '" + revision + "' either",
                Location{file.string(), 0, 0});
  const ResolvedPledge old_pledge =
      old_content ? resolve(std::make_shared<const SourceText>(old_name, *old_content), catalog)
                  : empty_pledge(old_name + " (not there)");
  const ResolvedPledge new_pledge =
      on_disk ? resolve(std::make_shared<const SourceText>(SourceText::read(file)), catalog)
              : empty_pledge(file.string() + " (deleted)");
  return diff_pledges(old_pledge, new_pledge);
}

int run_diff(const DiffOptions& options, const CommandContext& context) {
  const report::DiffFormat& format = report::diff_formats.at(options.format);
  LibraryCatalog catalog = context.catalog();
  if (options.git_revision.empty()) {
    if (options.new_file.empty())
      throw Error("give two service files to compare, or one file or folder with --git REV");
    const PledgeDiff diff = diff_pledges(
        resolve(std::make_shared<const SourceText>(SourceText::read(options.old_file)), catalog),
        resolve(std::make_shared<const SourceText>(SourceText::read(options.new_file)), catalog));
    fmt::print("{}", format.write(diff));
    return diff.empty() ? exit_ok : exit_findings;
  }
  if (!options.new_file.empty())
    throw Error("give one file or folder with --git (it is compared with its version at REV)");
  const fs::path given(options.old_file);
  std::error_code ec;
  if (!fs::is_directory(given, ec)) {
    const PledgeDiff diff =
        diff_with_revision(given, commit_of(folder_of(given), options.git_revision, options.old_file),
                           options.git_revision, catalog);
    fmt::print("{}", format.write(diff));
    return diff.empty() ? exit_ok : exit_findings;
  }
  // Every service file of the folder, now or at REV; only those that changed are shown.
  const std::string commit = commit_of(given.string(), options.git_revision, options.old_file);
  const std::vector<fs::path> files = service_files_now_or_at(given, commit);
  std::vector<PledgeDiff> diffs;
  DiagnosticList problems;
  for (const auto& file : files) {
    try {
      PledgeDiff diff = diff_with_revision(file, commit, options.git_revision, catalog);
      if (!diff.empty())
        diffs.push_back(std::move(diff));
    } catch (const Error& e) {
      problems.append(e);
    }
  }
  problems.throw_if_any();
  fmt::print("{}", report::write_diffs(format, diffs, files.size()));
  return diffs.empty() ? exit_ok : exit_findings;
}

void setup_diff(CLI::App* sub, DiffOptions* options) {
  sub->add_option("OLD", options->old_file,
                  "The older service file (with --git: the file, or a folder of service files, to compare)")
      ->required();
  sub->add_option("NEW", options->new_file, "The newer service file");
  sub->add_option("--git", options->git_revision,
                  "Compare OLD with its version at this git revision (a file new since is all added, one "
                  "deleted all removed)")
      ->type_name("REV");
  add_format_option(sub, options->format, report::diff_formats);
}

}  // namespace

const Bind bind_diff = bind_command<DiffOptions, setup_diff, run_diff>;

}  // namespace pledge::cli
