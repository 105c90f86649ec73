#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "base/error.hpp"
#include "render/render_options.hpp"

namespace pledge::cli {

// The render options of the commands that render a PDF: the fonts (--font, each checked before anything is
// rendered, then Liberation Sans), --allow-missing-glyphs, SOURCE_DATE_EPOCH from the environment and the
// fixed texts from the languages/ folder of each of `library_folders` (CommandContext::library_folders),
// the shipped ones if there are none.
render::RenderOptions render_options_from(const std::vector<std::string>& fonts, bool allow_missing_glyphs,
                                          const std::vector<std::filesystem::path>& library_folders);

// The --font and --allow-missing-glyphs options of a command that renders a PDF, into `fonts` and `allow`.
void add_font_options(CLI::App* sub, std::vector<std::string>& fonts, bool& allow_missing_glyphs);

// Prints warnings to stderr as "file:line:col: warning: message".
void print_warnings(const std::vector<Diagnostic>& warnings);

}  // namespace pledge::cli
