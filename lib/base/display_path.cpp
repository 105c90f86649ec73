#include "base/display_path.hpp"

#include <system_error>

#include "base/utf8.hpp"

namespace pledge {

namespace {

std::string relative_if_inside(const std::filesystem::path& path) {
  if (!path.is_absolute())
    return path.string();
  std::error_code ec;
  const auto here = std::filesystem::current_path(ec);
  if (ec)
    return path.string();
  const auto relative = path.lexically_relative(here);
  if (relative.empty() || relative.begin()->string() == "..")
    return path.string();
  return relative.string();
}

}  // namespace

std::string display_path(const std::filesystem::path& path) {
  return escape_invalid_utf8(relative_if_inside(path));
}

}  // namespace pledge
