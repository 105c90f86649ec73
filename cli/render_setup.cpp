#include "render_setup.hpp"

#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include <fmt/core.h>

#include "diagnostic_output.hpp"
#include "render/fixed_text_files.hpp"
#include "render/font_chain.hpp"

namespace pledge::cli {

render::RenderOptions render_options_from(const std::vector<std::string>& fonts, bool allow_missing_glyphs,
                                          const std::vector<std::filesystem::path>& library_folders) {
  render::RenderOptions options;
  if (!library_folders.empty())
    options.fixed_texts =
        std::make_shared<render::FixedTextFiles>(render::FixedTextFiles::folders_of(library_folders));
  options.fonts = render::font_files_for({fonts.begin(), fonts.end()});
  render::load_font_files(options.fonts, *options.font_library);
  options.allow_missing_glyphs = allow_missing_glyphs;
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch)
    options.source_date_epoch = render::parse_source_date_epoch(epoch);
  return options;
}

void add_font_options(CLI::App* sub, std::vector<std::string>& fonts, bool& allow_missing_glyphs) {
  sub->add_option("--font", fonts,
                  "TrueType font for the text, tried before Liberation Sans and the fallback fonts of each "
                  "script; its -Bold sibling, if any, sets the headings. Give it again for more fonts, "
                  "tried in order")
      ->type_name("FILE.ttf")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  sub->add_flag("--allow-missing-glyphs", allow_missing_glyphs,
                "Print a character no font has as an empty box, with a warning, instead of failing");
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
