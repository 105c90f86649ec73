#include "report_output.hpp"

#include <fmt/core.h>

#include "base/output_file.hpp"
#include "output_path_option.hpp"

namespace pledge::cli {

void ReportOutput::write(std::string_view bytes, std::vector<std::filesystem::path> files,
                         const std::vector<LibraryInfo>& libraries, const LibraryCatalog& catalog) const {
  if (m_path.empty() || m_path == "-") {
    fmt::print("{}", bytes);
    return;
  }
  for (const auto& library : libraries) {
    if (auto file = catalog.find(library.id))
      files.push_back(*file);
  }
  if (m_binary) {
    for (const auto* fonts : {&m_render_options.fonts.regular, &m_render_options.fonts.bold})
      files.insert(files.end(), fonts->begin(), fonts->end());
  }
  check_output_path(m_path, files, "another output file (-o)");
  write_file_atomically(m_path, bytes);
}

void add_output_options(CLI::App* sub, std::string& output, std::vector<std::string>& fonts,
                        bool& allow_missing_glyphs, const std::string& output_help) {
  sub->add_option("-o,--output", output, output_help)->type_name("FILE")->check(non_empty_path());
  add_font_options(sub, fonts, allow_missing_glyphs);
}

void add_byte_order_mark_option(CLI::App* sub, bool& no_bom) {
  sub->add_flag("--no-bom", no_bom,
                "Write CSV without the UTF-8 byte-order mark (Excel needs it to read accents and dashes)");
}

void add_report_language_option(CLI::App* sub, std::string& language) {
  sub->add_option("--language", language,
                  "Language of the PDF's fixed texts and its /Lang, a BCP 47 tag with a file in "
                  "statements/languages (default en-GB); a statement prints in it where it has a translation")
      ->type_name("TAG");
}

void add_service_paths(CLI::App* sub, std::vector<std::string>& paths) {
  sub->add_option("PATH", paths, "Service files, or folders searched for *.pledge.yaml and pledge.yaml")
      ->required();
}

}  // namespace pledge::cli
