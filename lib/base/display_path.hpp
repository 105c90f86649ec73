#pragma once

#include <filesystem>
#include <string>

namespace pledge {

// A path as messages show it: relative to the working folder if it is inside it (as the user typed it, and as
// SARIF consumers such as GitHub code scanning expect), otherwise as it is; bytes that are not UTF-8 written
// as \xHH (base/utf8.hpp), as in every JSON document.
std::string display_path(const std::filesystem::path& path);

}  // namespace pledge
