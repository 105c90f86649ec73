#pragma once

#include <filesystem>

namespace pledge {

// Where pledge finds the files it reads besides its input. Its own data (the shipped statement libraries, the
// lint data among them, the spelling index) is installed beside the binary, in BIN/../share/pledgekit/, so
// that an installed tree can be moved; a binary run from its build tree reads the source tree's statements/
// and the spelling index made in the build folder. The fonts and the dictionary come from Debian packages
// (fonts-liberation2, hunspell-en-gb), at their system paths in either layout.
class InstallLayout {
 public:
  // The layout of the running program: installed if BIN/../share/pledgekit/statements is a folder, else the
  // build tree's. Looked up once.
  static const InstallLayout& of_this_program();

  // An installed layout whose data folder is `share` (PREFIX/share/pledgekit).
  static InstallLayout installed(const std::filesystem::path& share);

  // The layout of the build tree this library was built in.
  static InstallLayout build_tree();

  // The shipped statement libraries, searched after --library-path and PLEDGE_LIBRARY_PATH.
  const std::filesystem::path& statements_folder() const { return m_statements; }

  // The lint rules' data (jargon, word lists, default settings): `lint` in the statements folder.
  std::filesystem::path lint_data_folder() const { return m_statements / "lint"; }

  // The spelling index made from the en_GB dictionary (lib/lint/spelling_index.hpp). It may be missing.
  const std::filesystem::path& spelling_index() const { return m_spelling_index; }

  // Liberation Sans, regular and bold (fonts-liberation2).
  static std::filesystem::path font_folder();

  // The first folder hunspell dictionaries are installed in that holds en_GB.dic; empty if there is none.
  static std::filesystem::path dictionary_folder();

 private:
  InstallLayout(std::filesystem::path statements, std::filesystem::path spelling_index)
      : m_statements(std::move(statements)), m_spelling_index(std::move(spelling_index)) {}

  std::filesystem::path m_statements;
  std::filesystem::path m_spelling_index;
};

}  // namespace pledge
