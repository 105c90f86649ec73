#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/library.hpp"
#include "report/output_format.hpp"

namespace pledge::report {

// `pledge list --format`: a row writes both of the command's listings.
struct ListFormat {
  std::string_view name;
  std::string_view description;
  std::string (*libraries)(const std::vector<const Library*>& libraries);  // pledge list
  std::string (*statements)(const Library& library);                       // pledge list LIBRARY
};

// text (a table of libraries; a library's statements by group) and json ([{"id", "title", "source",
// "version", "statements", "path"}]; [{"ref", "group", "group_title", "text"}]).
extern const NameTable<ListFormat> list_formats;

// `pledge show --format`: one statement of a library with its references, evidence prompts and the place it
// is defined.
using ShowFormat = OutputFormat<Library, Statement>;

// text and json ({"ref", "library", "library_title", "source", "version", "group", "group_title", "text",
// "refs", "evidence", "defined_at"}).
extern const NameTable<ShowFormat> show_formats;

}  // namespace pledge::report
