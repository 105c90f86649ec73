#pragma once

#include <string>

#include <CLI/CLI.hpp>

#include "base/name_table.hpp"
#include "choice_option.hpp"

namespace pledge::cli {

// A command's --format, from its table of formats: the check with did-you-mean, the help text ("Output
// format: text, json, yaml or markdown") and the {text,json,...} list that completion reads.
template <typename Row>
CLI::Option* add_format_option(CLI::App* sub, std::string& format, const NameTable<Row>& formats) {
  return sub->add_option("--format", format, "Output format: " + formats.listed())
      ->check(one_of(formats))
      ->capture_default_str();
}

}  // namespace pledge::cli
