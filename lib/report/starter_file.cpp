#include "report/starter_file.hpp"

#include <yaml-cpp/yaml.h>

namespace pledge::report {

namespace {

// A value written as YAML would quote it, so that any service name reads back unchanged.
std::string yaml_scalar(const std::string& value) {
  YAML::Emitter out;
  out << YAML::DoubleQuoted << value;
  return out.c_str();
}

std::string one_line(std::string text) {
  for (char& c : text) {
    if (c == '\n' || c == '\r')
      c = ' ';
  }
  return text;
}

}  // namespace

std::string starter_service_file(const std::string& service, const std::string& audience,
                                 const std::vector<const Library*>& libraries) {
  std::string out;
  out += "# Our pledge: " + one_line(service) + "\n";
  out += "#\n";
  out += "# Every statement of the libraries below is in your pledge unless you cross it off.\n";
  out += "# Go through them as a team:\n";
  out += "#   - to cross one off, uncomment its two lines under 'exclude:' and give the reason;\n";
  out += "#   - to reword one, uncomment its two lines under 'reword:' and write it in plain English;\n";
  out += "#   - to add your own, write them under 'add:'.\n";
  out +=
      "# Keep your statements jargon free and in plain English. Check the result with 'pledge resolve'.\n\n";
  out += "service: " + yaml_scalar(service) + "\n";
  out += "audience: " + (audience.empty() ? std::string() : yaml_scalar(audience)) +
         "  # who are your customers?\n";
  out += "libraries:\n";
  for (const Library* library : libraries) {
    out += "  - " + library->id + "  # " + one_line(library->title) +
           (library->version.empty() ? "" : " (" + one_line(library->version) + ")") + "\n";
  }

  auto each_statement = [&](auto&& write) {
    for (const Library* library : libraries) {
      for (const auto& group : library->groups) {
        bool heading = false;
        for (const auto& statement : library->statements) {
          if (statement.group != group.id)
            continue;
          if (!heading) {
            out += "\n  # " + one_line(group.title) + "\n";
            heading = true;
          }
          write(library->id + "/" + statement.id, one_line(statement.text));
        }
      }
    }
  };

  out += "\nexclude:\n";
  each_statement([&](const std::string& ref, const std::string& text) {
    out += "  # " + text + "\n";
    out += "  # - ref: " + ref + "\n";
    out += "  #   reason: \n";
  });
  out += "\nreword:\n";
  each_statement([&](const std::string& ref, const std::string& text) {
    out += "  # - ref: " + ref + "\n";
    out += "  #   text: " + text + "\n";
  });
  std::string first_group = libraries.empty() || libraries.front()->groups.empty()
                                ? std::string("our-group")
                                : libraries.front()->groups.front().id;
  out += "\nadd:\n";
  out += "  # - id: my-statement\n";
  out += "  #   group: " + first_group + "\n";
  out += "  #   text: We ...\n";
  out += "\n# version: \"1\"        # the pledge's own version, printed in the documents' footers\n";
  out += "# agreed: YYYY-MM-DD  # the day the team agreed it\n";
  out += "\nstaff:  # names for the signature area of the poster\n";
  out += "  # - Your Name\n";
  return out;
}

}  // namespace pledge::report
