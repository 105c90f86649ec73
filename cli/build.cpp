#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <set>

#include <fmt/core.h>

#include "output_file.hpp"
#include "render/checklist.hpp"
#include "render/leaflet.hpp"
#include "render/poster.hpp"
#include "render/replaced_characters.hpp"
#include "render/slug.hpp"
#include "render/worksheet.hpp"
#include "render_setup.hpp"
#include "subcommands.hpp"

namespace pledge::cli {

namespace {

const std::vector<std::string> document_names = {"poster", "leaflet", "checklist", "worksheet"};

struct BuildOptions {
  std::vector<std::string> files;
  std::string output;
  std::vector<std::string> only;
  std::string font;
};

struct OutputFile {
  std::filesystem::path path;
  std::string bytes;
};

int run_build(const BuildOptions& options, const CommandContext& context) {
  const render::RenderOptions render_options = render_options_from(options.font);
  const std::set<std::string> wanted =
      options.only.empty() ? std::set<std::string>(document_names.begin(), document_names.end())
                           : std::set<std::string>(options.only.begin(), options.only.end());
  LibraryCatalog catalog = context.catalog();
  // Everything is rendered before anything is written, so that a service that fails leaves no partial output.
  std::vector<OutputFile> outputs;
  std::map<std::string, std::string> slug_owner;
  for (const std::string& file : options.files) {
    const ResolvedPledge pledge = resolve_file(file, catalog);
    print_warnings(render::replaced_characters(pledge));
    const std::string slug = render::service_slug(pledge.service);
    if (const auto [owner, inserted] = slug_owner.emplace(slug, file); !inserted) {
      throw Error("service '" + pledge.service + "' would be written to the same folder '" + slug + "' as " +
                      owner->second + "; give the services different names",
                  Location{file, 0, 0});
    }
    const std::filesystem::path folder = std::filesystem::path(options.output) / slug;
    for (const std::string& name : document_names) {
      if (!wanted.count(name))
        continue;
      std::string bytes;
      if (name == "poster") {
        render::Poster poster = render::render_poster(pledge, render_options);
        if (poster.font_size < render::poster_comfortable_size)
          print_warnings(
              {{Location{file, 0, 0},
                fmt::format("the poster's statements are set at {:g} pt to fit one {} page: readable close "
                            "up, small from across a room; {}shorter or fewer statements would allow "
                            "larger text",
                            poster.font_size, pledge.poster.size,
                            pledge.poster.size == "A2" ? "" : "a larger poster (poster: {size: A2}) or "),
                {}}});
        bytes = std::move(poster.pdf);
      } else if (name == "leaflet")
        bytes = render::render_leaflet(pledge, render_options);
      else if (name == "checklist")
        bytes = render::render_checklist(pledge, render_options);
      else
        bytes = render::render_worksheet(pledge, catalog, render_options);
      outputs.push_back({folder / (name + ".pdf"), std::move(bytes)});
    }
  }
  for (const auto& output : outputs) {
    std::error_code error;
    std::filesystem::create_directories(output.path.parent_path(), error);
    if (error)
      throw Error("cannot create folder '" + output.path.parent_path().string() + "': " + error.message());
    write_file_atomically(output.path, output.bytes);
    fmt::print("{}\n", output.path.string());
  }
  return exit_ok;
}

}  // namespace

void setup_build(CLI::App& app, CommandContext& context) {
  auto options = std::make_shared<BuildOptions>();
  CLI::App* sub = app.add_subcommand("build",
                                     "Render each service's poster, leaflet, evidence checklist and team "
                                     "worksheet as PDFs into DIR/<service-slug>/");
  sub->add_option("SERVICE_FILE", options->files, "Service files (selection and rewording)")->required();
  sub->add_option("-o,--output", options->output, "Folder to write into (created if missing)")
      ->required()
      ->type_name("DIR");
  sub->add_option("--only", options->only,
                  "Documents to build, comma-separated: poster, leaflet, checklist, worksheet")
      ->delimiter(',')
      ->check(CLI::IsMember(document_names))
      ->type_name("LIST");
  sub->add_option("--font", options->font,
                  "TrueType font for the text (default Liberation Sans); its -Bold sibling, if any, "
                  "sets the headings")
      ->type_name("FILE.ttf");
  sub->callback(
      [options, &context] { context.run = [options, &context] { return run_build(*options, context); }; });
}

}  // namespace pledge::cli
