# Writes OUTPUT, a C++ file holding the workshop page's files (FILES, a list of paths) as byte arrays, so that
# the page ships inside the binary and needs nothing at run time. lib/CMakeLists.txt runs it when a file of
# lib/workshop/page/ changes.
string(REPLACE "|" ";" FILES "${FILES}")
set(arrays "")
set(rows "")
set(index 0)
foreach(path IN LISTS FILES)
  get_filename_component(name "${path}" NAME)
  get_filename_component(extension "${path}" LAST_EXT)
  if(extension STREQUAL ".html")
    set(type "text/html; charset=utf-8")
  elseif(extension STREQUAL ".css")
    set(type "text/css; charset=utf-8")
  elseif(extension STREQUAL ".js")
    set(type "text/javascript; charset=utf-8")
  elseif(extension STREQUAL ".svg")
    set(type "image/svg+xml")
  else()
    message(FATAL_ERROR "embed_page_files: no content type for ${path}")
  endif()
  file(READ "${path}" hex HEX)
  string(LENGTH "${hex}" digits)
  math(EXPR size "${digits} / 2")
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
  string(APPEND arrays "const unsigned char file_${index}[] = {${bytes}0};\n")
  string(APPEND rows "    {\"${name}\", \"${type}\", {reinterpret_cast<const char*>(file_${index}), ${size}}},\n")
  math(EXPR index "${index} + 1")
endforeach()
file(WRITE "${OUTPUT}.new" "// Made by lib/workshop/embed_page_files.cmake from lib/workshop/page/; do not edit.
#include \"workshop/page_files.hpp\"

#include <vector>

namespace pledge::workshop {

namespace {

${arrays}
}  // namespace

const PageFile* find_page_file(std::string_view name) {
  static const std::vector<PageFile> files = {
${rows}  };
  for (const auto& file : files) {
    if (file.name == name)
      return &file;
  }
  return nullptr;
}

}  // namespace pledge::workshop
")
file(COPY_FILE "${OUTPUT}.new" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.new")
