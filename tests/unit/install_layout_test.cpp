#include <doctest/doctest.h>

#include <filesystem>

#include "base/install_layout.hpp"

using namespace pledge;

TEST_CASE(
    "an installed layout has the statements, their lint data and the spelling index in share/pledgekit") {
  const InstallLayout layout = InstallLayout::installed("/opt/pledge/bin/../share/pledgekit");
  CHECK(layout.statements_folder() == "/opt/pledge/share/pledgekit/statements");
  CHECK(layout.lint_data_folder() == "/opt/pledge/share/pledgekit/statements/lint");
  CHECK(layout.spelling_index() == "/opt/pledge/share/pledgekit/en_GB.spelling-index");
}

TEST_CASE(
    "a program run from the build tree reads the source tree's statements and the index built beside it") {
  const InstallLayout& layout = InstallLayout::of_this_program();
  CHECK(layout.statements_folder() == std::filesystem::path(PLEDGE_SOURCE_DIR) / "statements");
  CHECK(layout.lint_data_folder() == std::filesystem::path(PLEDGE_SOURCE_DIR) / "statements" / "lint");
  CHECK(layout.spelling_index() == PLEDGE_BUILD_SPELLING_INDEX);
}

TEST_CASE("the fonts are Debian's Liberation Sans and the dictionary folder holds en_GB") {
  CHECK(std::filesystem::is_regular_file(InstallLayout::font_folder() / "LiberationSans-Regular.ttf"));
  CHECK(std::filesystem::is_regular_file(InstallLayout::dictionary_folder() / "en_GB.dic"));
}
