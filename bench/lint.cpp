// pledge lint over 50,000 statements generated from the shipped libraries, with spelling on, in-process; then
// GNU style and diction over the same text, for scale. Prints figures; asserts nothing (targets are for
// people).
#include <sys/resource.h>

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include <fmt/core.h>

#include "lint/linter.hpp"
#include "lint/spell_checker.hpp"
#include "lint/spelling_index.hpp"
#include "model/library.hpp"
#include "model/yaml_reader.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

double cpu_seconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
         static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

long peak_memory_kib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

// A YAML scalar in double quotes, as a facilitator's tool might write it.
std::string yaml_quoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\')
      out += '\\';
    out += c;
  }
  return out + "\"";
}

// Swaps two letters of the longest word: the kind of slip source 000's "dleay" is.
std::string with_typo(std::string text, int seed) {
  std::size_t best = 0, best_length = 0, start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == ' ') {
      if (i - start > best_length)
        best = start, best_length = i - start;
      start = i + 1;
    }
  }
  if (best_length > 4)
    std::swap(text[best + 1 + static_cast<std::size_t>(seed) % (best_length - 3)],
              text[best + 2 + static_cast<std::size_t>(seed) % (best_length - 3)]);
  return text;
}

double time_command(const std::string& command) {
  const auto start = Clock::now();
  const int status = std::system(command.c_str());
  const double elapsed = seconds_since(start);
  return status == 0 ? elapsed : -1;
}

// What a short command pays before its first spelling verdict: the spelling index opened (its header checked
// against the dictionary's SHA-256) and one lookup, against hunspell loaded and asked once. Medians.
void print_spelling_start_up() {
  const auto dictionary = pledge::lint::SpellChecker::find_dictionary_folder();
  auto median_ms = [](int runs, auto&& work) {
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
      const auto start = Clock::now();
      work();
      times.push_back(seconds_since(start) * 1000);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
  };
  const double identity_ms = median_ms(
      21, [&] { pledge::lint::spelling_index_identity(dictionary / "en_GB.aff", dictionary / "en_GB.dic"); });
  bool used = false;
  const double index_ms = median_ms(21, [&] {
    pledge::lint::SpellChecker checker(dictionary, PLEDGE_BUILD_SPELLING_INDEX);
    used = checker.uses_index() && checker.is_correct("delay") && !checker.hunspell_loaded();
  });
  const double hunspell_ms = median_ms(5, [&] {
    pledge::lint::SpellChecker checker(dictionary);
    checker.is_correct("delay");
  });
  const auto index_bytes = std::filesystem::file_size(PLEDGE_BUILD_SPELLING_INDEX);
  fmt::print(
      "spelling start-up: {:.2f} ms with the index ({:.2f} ms of it the dictionary's SHA-256){}, {:.1f} ms "
      "loading hunspell (medians); index {:.2f} MB\n",
      index_ms, identity_ms, used ? "" : " NOT USED", hunspell_ms, static_cast<double>(index_bytes) / 1e6);
}

}  // namespace

int main(int argc, char** argv) {
  const int total = argc > 1 ? std::atoi(argv[1]) : 50000;
  const int per_file = 50;  // a large pledge; repetition is checked pairwise within each file
  const std::filesystem::path root = PLEDGE_SOURCE_DIR;

  std::vector<std::string> pool;
  for (const auto& entry : std::filesystem::directory_iterator(root / "statements")) {
    if (entry.path().extension() != ".yaml" || !pledge::is_valid_id(entry.path().stem().string()))
      continue;
    for (const auto& s : pledge::load_library_file(entry.path()).statements)
      pool.push_back(s.text);
  }
  std::sort(pool.begin(), pool.end());
  if (pool.empty()) {
    fmt::print("no shipped statements found under {}\n", (root / "statements").string());
    return 1;
  }

  // Library files in memory: shipped statements in turn, one in a thousand with a fresh typo.
  std::vector<std::shared_ptr<const pledge::SourceText>> files;
  std::string plain_text;
  int made = 0;
  for (int f = 0; made < total; ++f) {
    const std::string id = fmt::format("bench-{}", f);
    std::string yaml = "library: " + id +
                       "\ntitle: Bench\nsource: Generated\ngroups:\n  - id: g\n    title: G\nstatements:\n";
    for (int i = 0; i < per_file && made < total; ++i, ++made) {
      std::string text = pool[static_cast<std::size_t>(made) % pool.size()];
      if (made % 1000 == 999)
        text = with_typo(text, made / 1000);
      yaml += fmt::format("  - id: s{}\n    group: g\n    text: {}\n", i, yaml_quoted(text));
      plain_text += text + "\n\n";
    }
    files.push_back(std::make_shared<const pledge::SourceText>(id + ".yaml", std::move(yaml)));
  }

  auto start = Clock::now();
  std::vector<pledge::Library> libraries;
  libraries.reserve(files.size());
  for (std::size_t i = 0; i < files.size(); ++i) {
    libraries.push_back(pledge::load_library(files[i], fmt::format("bench-{}", i)));
  }
  const double load_seconds = seconds_since(start);

  // Three runs, each with a fresh linter (so the spelling index opens, hunspell loads at the first typo and
  // the cache starts empty every time); the best is the figure least disturbed by other work on a shared
  // machine, and CPU time shows the work itself. The same again without the spelling index, for comparison.
  const pledge::lint::LintData data = pledge::lint::load_lint_data(root / "statements" / "lint");
  struct Timing {
    std::vector<double> runs;
    double best_cpu = 0;
    std::size_t findings = 0, spelling = 0;
    double best() const { return *std::min_element(runs.begin(), runs.end()); }
  };
  auto time_lint = [&](const std::filesystem::path& spelling_index) {
    Timing timing;
    for (int run = 0; run < 3; ++run) {
      pledge::lint::Linter linter{pledge::lint::LintData(data), spelling_index};
      const pledge::lint::Settings& settings = linter.data().defaults;
      timing.findings = timing.spelling = 0;
      const double cpu_before = cpu_seconds();
      const auto run_start = Clock::now();
      for (const auto& library : libraries) {
        const auto report = linter.check(pledge::lint::subject_of(library), settings);
        timing.findings += report.findings.size();
        for (const auto& f : report.findings)
          timing.spelling += f.rule == "spelling" ? 1 : 0;
      }
      timing.runs.push_back(seconds_since(run_start));
      if (timing.runs.back() <= timing.best())
        timing.best_cpu = cpu_seconds() - cpu_before;
    }
    return timing;
  };
  const Timing with_index = time_lint(PLEDGE_BUILD_SPELLING_INDEX);
  const Timing without_index = time_lint({});
  const double lint_seconds = with_index.best();
  const std::vector<double>& runs = with_index.runs;
  const double best_cpu = with_index.best_cpu;
  const std::size_t findings = with_index.findings, spelling = with_index.spelling;

  fmt::print("statements:        {} ({} files of {}, from {} shipped statements)\n", made, files.size(),
             per_file, pool.size());
  fmt::print("YAML loading:      {:.3f} s\n", load_seconds);
  fmt::print(
      "lint (all rules, spelling on): {:.3f} s = {:.0f} statements/second (target: 50,000 in under 1 s)\n",
      lint_seconds, made / lint_seconds);
  fmt::print("  best of 3 runs ({:.3f} s, {:.3f} s, {:.3f} s wall); the best used {:.3f} s of CPU\n", runs[0],
             runs[1], runs[2], best_cpu);
  fmt::print("  without the spelling index (hunspell for every word): {:.3f} s, best of 3 ({:.3f} s CPU)\n",
             without_index.best(), without_index.best_cpu);
  fmt::print("findings:          {} ({} spelling)\n", findings, spelling);
  if (without_index.findings != findings || without_index.spelling != spelling) {
    fmt::print("  WRONG: without the spelling index there are {} findings ({} spelling)\n",
               without_index.findings, without_index.spelling);
  }
  print_spelling_start_up();
  fmt::print("peak memory:       {:.1f} MiB (ru_maxrss)\n", static_cast<double>(peak_memory_kib()) / 1024.0);

  const auto text_file =
      std::filesystem::temp_directory_path() / fmt::format("pledge-bench-lint-{}.txt", getpid());
  std::ofstream(text_file) << plain_text;
  const double style_seconds = time_command("style " + text_file.string() + " > /dev/null 2>&1");
  const double diction_seconds = time_command("diction " + text_file.string() + " > /dev/null 2>&1");
  std::filesystem::remove(text_file);
  if (style_seconds < 0 || diction_seconds < 0) {
    fmt::print("GNU style/diction: not run (install the Debian package diction)\n");
    return 0;
  }
  fmt::print("GNU style:         {:.3f} s (pledge lint is {:.1f} times as fast)\n", style_seconds,
             style_seconds / lint_seconds);
  fmt::print("GNU diction:       {:.3f} s (pledge lint is {:.1f} times as fast)\n", diction_seconds,
             diction_seconds / lint_seconds);
  return 0;
}
