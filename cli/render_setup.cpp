#include "render_setup.hpp"

#include <cstdio>
#include <cstdlib>

#include <fmt/core.h>

#include "diagnostic_output.hpp"

namespace pledge::cli {

render::RenderOptions render_options_from(const std::string& font) {
  render::RenderOptions options;
  if (font.empty())
    render::check_font_files(options.fonts);
  else
    options.fonts = render::font_files_for(font);
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch)
    options.source_date_epoch = render::parse_source_date_epoch(epoch);
  return options;
}

void print_warnings(const std::vector<Diagnostic>& warnings) {
  const bool colour = use_colour(stderr);
  for (const auto& w : warnings) {
    std::string place = "pledge";
    if (w.where && !w.where->file.empty()) {
      place = w.where->file;
      if (w.where->line > 0)
        place += fmt::format(":{}:{}", w.where->line, w.where->column);
    }
    fmt::print(stderr, "{}{}:{} {}warning:{} {}\n", colour ? "\033[1m" : "", place, colour ? "\033[0m" : "",
               colour ? "\033[1;35m" : "", colour ? "\033[0m" : "", w.message);
  }
}

}  // namespace pledge::cli
