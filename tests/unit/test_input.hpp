#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <string_view>

#include "base/error.hpp"
#include "base/source_text.hpp"
#include "model/library_catalog.hpp"
#include "model/resolved_pledge.hpp"
#include "model/service_file.hpp"

namespace pledge::test {

// An input file held in memory, named as the diagnostics will name it.
inline std::shared_ptr<const SourceText> yaml(std::string name, std::string text) {
  return std::make_shared<const SourceText>(std::move(name), std::move(text));
}

// A fresh temporary folder, removed with the object.
class TempFolder {
 public:
  TempFolder() {
    std::string pattern = (std::filesystem::temp_directory_path() / "pledge-test-XXXXXX").string();
    m_path = mkdtemp(pattern.data());
  }
  ~TempFolder() { std::filesystem::remove_all(m_path); }
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;

  const std::filesystem::path& path() const { return m_path; }
  std::filesystem::path write(const std::string& name, const std::string& text) const {
    const auto file = m_path / name;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << text;
    return file;
  }

 private:
  std::filesystem::path m_path;
};

// Statement libraries written to a temporary folder, and a catalog reading them.
class LibraryFolder {
 public:
  void add(const std::string& id, const std::string& text) {
    m_folder.write(id + ".yaml", text);
    m_catalog = LibraryCatalog({m_folder.path()});  // a catalog lists its folders once, when made
  }
  LibraryCatalog& catalog() { return m_catalog; }
  const std::filesystem::path& path() const { return m_folder.path(); }
  ResolvedPledge resolve(const std::string& name, const std::string& service_text) {
    return pledge::resolve(yaml(name, service_text), m_catalog);
  }

 private:
  TempFolder m_folder;
  LibraryCatalog m_catalog{{}};
};

// The small library the model and workshop tests select from: two groups, and three statements to keep, cross
// off and reword. A test that needs another statement adds it in its own file, where its reader sees it.
inline const std::string demo_library = R"(library: demo
title: Demo
source: A test
groups:
  - {id: partnership, title: We work in partnership}
  - {id: caring, title: We are caring}
statements:
  - {id: second-opinion, group: partnership, text: You can ask for a second opinion.}
  - {id: dignity, group: caring, text: Our patients are treated with dignity.}
  - {id: single-sex-accommodation, group: caring, text: Single-sex rooms.}
)";

// A library `ward` of one statement and one group, each with its Welsh translation.
inline const std::string welsh_ward_library = R"(library: ward
title: Ward
source: A test
groups: [{id: respect, title: Respect, translations: {cy: Parch}}]
statements:
  - {id: listen, group: respect, text: We listen to you., translations: {cy: Byddwn yn gwrando arnoch chi.}}
)";

// A library folder holding demo_library.
struct DemoLibrary : LibraryFolder {
  DemoLibrary() { add("demo", demo_library); }
};

// A library folder holding welsh_ward_library.
struct WelshWardLibrary : LibraryFolder {
  WelshWardLibrary() { add("ward", welsh_ward_library); }
};

// The fixed-text files the project ships.
inline const std::filesystem::path shipped_languages = PLEDGE_SOURCE_DIR "/statements/languages";

// How many times `what` stands in `text` (a PDF's uncompressed structure tree, a page's HTML).
inline std::size_t occurrences(std::string_view text, std::string_view what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string_view::npos; at = text.find(what, at + 1))
    ++n;
  return n;
}

// A library `demo` of one group, caring ("We are caring"), with `statements`: YAML list items, one a line, so
// that the statements a test counts stay in the test.
inline std::string caring_library(const std::string& statements) {
  return "library: demo\ntitle: Demo\nsource: S\ngroups: [{id: caring, title: We are "
         "caring}]\nstatements:\n" +
         statements;
}

// A second library of one statement, for services that select more than one.
inline const std::string extra_library = R"(library: extra
title: Extra
source: S
groups: [{id: aims, title: Aims}]
statements: [{id: celebrate, group: aims, text: We celebrate.}]
)";

// Runs `action`, which must throw Error, and returns its diagnostics as "file:line:col: message" lines.
template <typename Action>
std::string error_of(Action&& action) {
  try {
    action();
  } catch (const Error& e) {
    return describe(e);
  }
  return "(no error)";
}

// `text` read as the service file team.pledge.yaml, its problems added to `problems`.
inline ServiceFile read_service_text(const std::string& text, DiagnosticList& problems) {
  return read_service_file(yaml("team.pledge.yaml", text), problems);
}

// The problems reading `text` as the service file team.pledge.yaml gives, as error_of returns them.
inline std::string service_file_error(const std::string& text) {
  return error_of([&] {
    DiagnosticList problems;
    read_service_text(text, problems);
    problems.throw_if_any();
  });
}

}  // namespace pledge::test
