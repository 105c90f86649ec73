#pragma once

#include <string>
#include <vector>

#include <fmt/core.h>
#include <CLI/CLI.hpp>

#include "base/name_table.hpp"

namespace pledge::cli {

// A CLI11 check that a value is one of a table's names, failing with the table's message (did you mean, and
// the names to choose from). Its description "{a,b,c}" is what --help shows after the option, and what bash
// completion (pledge.bash-completion) reads the choices from.
template <typename Row>
CLI::Validator one_of(const NameTable<Row>& table) {
  std::string names;
  for (const auto& name : table.names())
    names += (names.empty() ? "" : ",") + name;
  return CLI::Validator(
      [&table](std::string& value) {
        return table.find(value) ? std::string() : table.unknown_message(value);
      },
      "{" + names + "}");
}

// `intro`, then a line for each of `table`'s rows with its name and description: the help of an option whose
// choices need saying what they mean (build --only, --scope).
template <typename Row>
std::string described_choices(std::string intro, const NameTable<Row>& table) {
  for (const auto& row : table.rows())
    intro += fmt::format("\n  {}: {}", row.name, row.description);
  return intro;
}

}  // namespace pledge::cli
