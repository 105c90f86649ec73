#include "model/input_file.hpp"

#include "model/yaml_reader.hpp"

namespace pledge {

LibraryOrPledge read_library_or_pledge(std::shared_ptr<const SourceText> source, std::string_view file_stem,
                                       LibraryCatalog& catalog) {
  const YamlNode root = parse_yaml(*source);
  if (root.find("library"))
    return load_library(root, std::move(source), file_stem);
  if (root.find("service")) {
    DiagnosticList problems;
    ServiceFile service = read_service_file(root, std::move(source), problems);
    return resolve(std::move(service), std::move(problems), catalog);
  }
  throw Error(
      "this is neither a statement library (starting 'library:') nor a service file (starting 'service:'); "
      "pledge lint checks those two kinds of file",
      source->location(1, 1), std::string(source->line(1)));
}

}  // namespace pledge
