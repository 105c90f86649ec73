#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/core.h>
#include <CLI/CLI.hpp>

#include "base/error.hpp"
#include "command_context.hpp"
#include "format_option.hpp"
#include "model/library_catalog.hpp"
#include "model/resolved_pledge.hpp"
#include "model/service_discovery.hpp"
#include "render/fixed_text_files.hpp"
#include "render/render_options.hpp"
#include "render_setup.hpp"
#include "report/csv.hpp"
#include "subcommands.hpp"

namespace pledge::cli {

// The options of a command that writes a report in one of its formats, which may be a PDF, a workbook or a
// CSV: --format, -o, --font, --allow-missing-glyphs and --no-bom (add_report_options).
struct ReportOptions {
  std::string format;
  std::string output{};  // -o: empty or "-" is standard output
  std::vector<std::string> fonts{};
  bool allow_missing_glyphs = false;
  bool no_bom = false;
};

// Where a report that may be a PDF goes (`coverage`, `checklist`, `evidence`): the file named with -o, or
// standard output. Made before any work, so that a PDF without -o or a bad --font fails fast.
class ReportOutput {
 public:
  // Throws Error if `format` is binary and there is no -o; checks the fonts only for a binary format, the
  // only one that reads them. A PDF's fixed texts come from the languages/ of `library_folders`, or the
  // shipped ones if none are given.
  template <typename Format>
  ReportOutput(const ReportOptions& options, const Format& format,
               const std::vector<std::filesystem::path>& library_folders = {})
      : m_path(options.output), m_binary(format.is_binary()), m_no_bom(options.no_bom) {
    if (m_binary && m_path.empty())
      throw Error(std::string(format.binary) + " is written to a file: give -o FILE." +
                  std::string(format.name));
    if (m_binary)
      m_render_options = render_options_from(options.fonts, options.allow_missing_glyphs, library_folders);
  }

  bool is_binary() const { return m_binary; }

  // The language of the report's fixed texts and its PDF's /Lang (`--language`): Error, naming the nearest
  // and the languages there are, if statements/languages has no file for it.
  void set_report_language(const std::string& language) {
    m_render_options.fixed_texts->chosen(language);
    m_render_options.report_language = language;
  }

  const render::RenderOptions& render_options() const { return m_render_options; }

  // Prints `bytes`, or writes them atomically to the file unless it is one of the files the report was made
  // from: `files`, the libraries they drew on and, for a binary format, the fonts.
  void write(std::string_view bytes, std::vector<std::filesystem::path> files,
             const std::vector<LibraryInfo>& libraries, const LibraryCatalog& catalog) const;

  // Writes `subject` in `format` as write() does. For a PDF, `missing_characters(render_options())` first:
  // a character no font has is an error there, or a warning with --allow-missing-glyphs (a workbook or text
  // draws none). With --no-bom, a CSV goes without its byte-order mark.
  template <typename Format, typename Subject, typename MissingCharacters>
  void write_report(const Format& format, const Subject& subject, MissingCharacters missing_characters,
                    std::vector<std::filesystem::path> files, const std::vector<LibraryInfo>& libraries,
                    const LibraryCatalog& catalog) const {
    if (format.name == "pdf")
      print_warnings(missing_characters(m_render_options));
    const std::string bytes = format.write(subject, m_render_options);
    write(m_no_bom ? report::without_byte_order_mark(bytes) : bytes, std::move(files), libraries, catalog);
  }

 private:
  std::string m_path;
  bool m_binary = false;
  bool m_no_bom = false;
  render::RenderOptions m_render_options;
};

// The -o, --font and --allow-missing-glyphs options of a command whose output may be a PDF. `output_help`
// says where the output goes without -o.
void add_output_options(CLI::App* sub, std::string& output, std::vector<std::string>& fonts,
                        bool& allow_missing_glyphs, const std::string& output_help);

// --no-bom: a CSV without the UTF-8 byte-order mark, for programs that do not expect one.
void add_byte_order_mark_option(CLI::App* sub, bool& no_bom);

// The options of a command that writes a report in one of `formats` into `options`. `output_help` says where
// the output goes without -o.
template <typename Formats>
void add_report_options(CLI::App* sub, ReportOptions& options, const Formats& formats,
                        const std::string& output_help) {
  add_format_option(sub, options.format, formats);
  add_output_options(sub, options.output, options.fonts, options.allow_missing_glyphs, output_help);
  add_byte_order_mark_option(sub, options.no_bom);
}

// The PATH... argument of a command over many services: files, or folders searched as pledge build does.
void add_service_paths(CLI::App* sub, std::vector<std::string>& paths);

// The options of a command that reports on many services (coverage, evidence): the services, the report
// options, and --language, the language of the report's fixed texts, which a whole organisation's services
// do not share in a `languages:` of their own.
struct ServicesReportOptions {
  std::string command;  // "coverage" or "evidence", for the warning below
  std::vector<std::string> paths;
  ReportOptions report{.format = "text"};
  std::string language;  // empty unless --language is given: the PDF is then in en-GB
};

// --language TAG of a report over many services.
void add_report_language_option(CLI::App* sub, std::string& language);

// The PATH... argument, the report options and --language of a command that reports on many services in
// one of `formats` (coverage, evidence).
template <typename Formats>
void add_services_report_options(CLI::App* sub, ServicesReportOptions& options, const Formats& formats) {
  add_service_paths(sub, options.paths);
  add_report_options(
      sub, options.report, formats,
      "File to write (required for pdf and xlsx; other formats go to standard output without it)");
  add_report_language_option(sub, options.language);
}

// The setup of a report over many services with the formats `formats`: its options (bind_command).
template <const auto& formats>
void setup_services_report(CLI::App* sub, ServicesReportOptions* options) {
  options->command = sub->get_name();
  add_services_report_options(sub, *options, formats);
}

// The bind of a report over many services with the formats `formats` and `run` (bind_command).
template <const auto& formats, int (*run)(const ServicesReportOptions&, const CommandContext&)>
constexpr Bind bind_services_report =
    bind_command<ServicesReportOptions, setup_services_report<formats>, run>;

// A report over many services, in the format the options name: the output and --language checked before any
// work, every service found under the paths resolved and given to `add` (every broken service is reported,
// and nothing is written unless all resolve), then `subject` written (ReportOutput::write_report) with the
// characters `missing_characters(render_options)` finds, and the libraries `libraries()` gives.
template <typename Formats, typename Subject, typename Add, typename MissingCharacters, typename Libraries>
int write_services_report(const ServicesReportOptions& options, const Formats& formats,
                          LibraryCatalog& catalog, const Subject& subject, Add add,
                          MissingCharacters missing_characters, Libraries libraries) {
  const auto& format = formats.at(options.report.format);
  ReportOutput output(options.report, format, catalog.folders());
  output.set_report_language(options.language.empty() ? "en-GB" : options.language);
  // Only the PDF has fixed texts in each language; the other formats' headings, column names and keys are
  // English, so a --language that would change nothing in them is said rather than silently dropped.
  if (!options.language.empty() && options.language != "en-GB" && format.name != "pdf") {
    fmt::print(stderr, "pledge {}: --language changes only the PDF; the {} format is written in English\n",
               options.command, format.name);
  }
  const std::vector<std::filesystem::path> services = find_service_files(options.paths);
  resolve_each(services, catalog, add);
  output.write_report(format, subject, missing_characters, services, libraries(), catalog);
  return exit_ok;
}

}  // namespace pledge::cli
