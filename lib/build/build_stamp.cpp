#include "build/build_stamp.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <system_error>

#include <fmt/core.h>

#include "base/output_file.hpp"
#include "base/sha256.hpp"
#include "base/version.hpp"
#include "lint/settings.hpp"
#include "lint/spell_checker.hpp"
#include "model/fixed_texts.hpp"

namespace pledge::build {

namespace fs = std::filesystem;

namespace {

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw Error("cannot read", Location{path.string(), 0, 0});
  return std::string(std::istreambuf_iterator<char>(in), {});
}

std::string lint_gate_name(LintGate gate) {
  return gate == LintGate::off ? "off" : gate == LintGate::errors ? "errors" : "warnings";
}

// "PATH SIZE MTIME_NS", or "PATH missing" (the font is then reported when a document is rendered).
std::string file_identity(const fs::path& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0)
    return path.string() + " missing\n";
  const long long nanoseconds =
      static_cast<long long>(info.st_mtim.tv_sec) * 1'000'000'000LL + info.st_mtim.tv_nsec;
  return fmt::format("{} {} {}\n", path.string(), static_cast<long long>(info.st_size), nanoseconds);
}

}  // namespace

std::string options_digest(const BatchOptions& options,
                           const std::vector<const render::Document*>& documents) {
  Sha256 digest;
  digest.add(fmt::format("pledgekit {}\n", version));
  std::string list;
  for (const render::Document* document : documents)
    list += std::string(document->name) + ",";
  digest.add(fmt::format("documents {}\nlint {}\nepoch {}\nmissing glyphs {}\n", list,
                         lint_gate_name(options.lint_gate),
                         options.render.source_date_epoch ? std::to_string(*options.render.source_date_epoch)
                                                          : std::string("none"),
                         options.render.allow_missing_glyphs ? "allowed" : "refused"));
  // Only when chosen, so that the stamps of builds in every language stay as they were.
  if (!options.language.empty())
    digest.add("language " + options.language + "\n");
  // Fonts by path, size and modification time, as ccache identifies compilers by default: hashing the
  // faces' 800 KB took longer than rendering a poster, on every run.
  for (const auto& font : options.render.fonts.regular)
    digest.add("font regular\n").add(file_identity(font));
  for (const auto& font : options.render.fonts.bold)
    digest.add("font bold\n").add(file_identity(font));
  // The lint gate's outcome depends on its word lists and settings, which facilitators edit, and on the
  // dictionary.
  if (options.lint_gate != LintGate::off) {
    std::vector<fs::path> data_files;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(options.lint_data_folder, ec))
      if (entry.path().extension() == ".yaml")
        data_files.push_back(entry.path());
    std::sort(data_files.begin(), data_files.end());
    for (const auto& file : data_files)
      digest.add("lint data " + file.filename().string() + "\n").add(read_bytes(file));
    const fs::path dictionary = lint::SpellChecker::find_dictionary_folder();
    digest.add("dictionary\n")
        .add(file_identity(dictionary / "en_GB.aff"))
        .add(file_identity(dictionary / "en_GB.dic"));
  }
  return digest.hex();
}

std::string InputsDigest::of(const ResolvedPledge& pledge, const SourceText& source,
                             LibraryCatalog& catalog) {
  Sha256 digest;
  digest.add(m_options_digest).add("\n");
  digest.add(fmt::format("service {}\n", source.content().size())).add(source.content());
  for (const auto& info : pledge.libraries) {
    auto cached = m_library_digests.find(info.id);
    if (cached == m_library_digests.end()) {
      const Library& library = catalog.load(info.id);
      cached = m_library_digests.emplace(info.id, sha256_hex(library.source_text->content())).first;
    }
    digest.add(fmt::format("library {} {}\n", info.id, cached->second));
  }
  // The fixed texts the documents print around the statements, in each of the pledge's languages: editing
  // cy.yaml rebuilds the Welsh documents and leaves the English-only ones as they are. A file that is not
  // there is the render's error to report; its stamp still differs from the one written once it is.
  for (const std::string& language : pledge.languages) {
    auto cached = m_fixed_text_digests.find(language);
    if (cached == m_fixed_text_digests.end())
      cached = m_fixed_text_digests.emplace(language, fixed_text_digest(language)).first;
    digest.add(fmt::format("fixed texts {} {}\n", language, cached->second));
  }
  // The identity the documents print: its file, and the logo's bytes, which that file only names.
  for (const auto& file : pledge.identity.files)
    digest.add("identity\n").add(read_bytes(file));
  if (pledge.identity.logo)
    digest.add(fmt::format("logo {}\n", pledge.identity.logo->bytes.size())).add(pledge.identity.logo->bytes);
  if (m_lint_gate) {
    if (auto settings_file = lint::find_settings_file(source.name()))
      digest.add("lint settings\n").add(read_bytes(*settings_file));
  }
  return digest.hex();
}

std::string InputsDigest::fixed_text_digest(const std::string& language) {
  try {
    if (const std::string& digest = m_fixed_texts->of(language).file_sha256(); !digest.empty())
      return digest;
  } catch (const Error&) {
    // A file missing or wrong is the render's error to report, when it asks for the same file again.
  }
  const std::optional<fs::path> file = find_fixed_text_file(language, m_fixed_texts->folders());
  return file ? sha256_hex(read_bytes(*file)) : "missing";
}

bool is_up_to_date(const fs::path& folder, const std::vector<const render::Document*>& documents,
                   const std::string& digest) {
  std::error_code ec;
  for (const render::Document* document : documents) {
    if (!fs::is_regular_file(folder / document->file_name, ec))
      return false;
  }
  std::ifstream in(folder / build_stamp_name);
  std::string stored;
  return in && std::getline(in, stored) && stored == digest;
}

std::vector<OutputRecord> current_outputs(const fs::path& folder,
                                          const std::vector<const render::Document*>& documents) {
  std::vector<OutputRecord> outputs;
  for (const render::Document* document : documents) {
    const fs::path path = folder / document->file_name;
    const std::string bytes = read_bytes(path);
    outputs.push_back({path, bytes.size(), sha256_hex(bytes), true});
  }
  return outputs;
}

void remove_stamp(const fs::path& folder) {
  std::error_code ec;
  fs::remove(folder / build_stamp_name, ec);
}

void write_stamp(const fs::path& folder, const std::string& digest) {
  write_file_atomically(folder / build_stamp_name, digest + "\n");
}

}  // namespace pledge::build
