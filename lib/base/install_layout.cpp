#include "base/install_layout.hpp"

#include <system_error>

namespace pledge {

namespace {

std::filesystem::path executable_folder() {
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::filesystem::path() : exe.parent_path();
}

InstallLayout find_layout() {
  const std::filesystem::path folder = executable_folder();
  const auto share = folder / ".." / "share" / "pledgekit";
  std::error_code ec;
  if (!folder.empty() && std::filesystem::is_directory(share / "statements", ec))
    return InstallLayout::installed(share);
  return InstallLayout::build_tree();
}

}  // namespace

const InstallLayout& InstallLayout::of_this_program() {
  static const InstallLayout layout = find_layout();
  return layout;
}

InstallLayout InstallLayout::installed(const std::filesystem::path& share) {
  return InstallLayout((share / "statements").lexically_normal(),
                       (share / "en_GB.spelling-index").lexically_normal());
}

InstallLayout InstallLayout::build_tree() {
  return InstallLayout(PLEDGE_SOURCE_STATEMENTS_DIR, PLEDGE_BUILD_SPELLING_INDEX);
}

std::filesystem::path InstallLayout::font_folder() {
  return "/usr/share/fonts/truetype/liberation2";
}

std::filesystem::path InstallLayout::dictionary_folder() {
  std::error_code ec;
  for (const char* folder :
       {"/usr/share/hunspell", "/usr/share/myspell/dicts", "/usr/local/share/hunspell"}) {
    if (std::filesystem::is_regular_file(std::filesystem::path(folder) / "en_GB.dic", ec))
      return folder;
  }
  return {};
}

}  // namespace pledge
