#pragma once

#include <string_view>

namespace pledge::workshop {

// A file of the workshop page (lib/workshop/page/), built into the binary.
struct PageFile {
  std::string_view name;  // "index.html"
  std::string_view content_type;
  std::string_view bytes;
};

// The page's file of that name, or nullptr.
const PageFile* find_page_file(std::string_view name);

}  // namespace pledge::workshop
