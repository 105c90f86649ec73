#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "base/error.hpp"
#include "base/nearest_name.hpp"

namespace pledge {

// A table of named things a user picks on the command line or in a file (a command's output formats, the
// documents a build makes, ...): one row per name, so that parsing, help text, completion and "did you mean"
// all come from the same rows, and an unknown name is an error everywhere instead of a fall-through.
// `Row` is an aggregate whose first member is `std::string_view name`.
template <typename Row>
class NameTable {
 public:
  // `what` names a row in messages ("format", "document").
  NameTable(std::string what, std::vector<Row> rows) : m_what(std::move(what)), m_rows(std::move(rows)) {}

  const std::vector<Row>& rows() const { return m_rows; }

  // The row called `name`, or null.
  const Row* find(std::string_view name) const {
    for (const auto& row : m_rows) {
      if (row.name == name)
        return &row;
    }
    return nullptr;
  }

  // The row called `name`; throws Error if there is none: "unknown format 'jsn'; did you mean 'json'? (text,
  // json, yaml or markdown)", or "unknown format 'html'; choose text, json, yaml or markdown".
  const Row& at(std::string_view name) const {
    if (const Row* row = find(name))
      return *row;
    throw Error(unknown_message(name));
  }

  std::string unknown_message(std::string_view name) const {
    const std::string hint = did_you_mean(name, names());
    return "unknown " + m_what + " '" + std::string(name) + "'" +
           (hint.empty() ? "; choose " + listed() : hint + " (" + listed() + ")");
  }

  // The name of the row whose `value` is `value`, for tables of NamedValue: an enum's to_string and its
  // parsing read the same rows. A value without a row is a mistake in the table, not in the input.
  template <typename Value>
  std::string_view name_of(const Value& value) const {
    for (const auto& row : m_rows) {
      if (row.value == value)
        return row.name;
    }
    throw std::logic_error("the " + m_what + " table has no row for a value it is asked to name");
  }

  std::vector<std::string> names() const {
    std::vector<std::string> out;
    for (const auto& row : m_rows)
      out.emplace_back(row.name);
    return out;
  }

  // "text, json, yaml or markdown", for help texts and messages; `last` joins the last two.
  std::string listed(std::string_view last = "or") const {
    std::string out;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
      if (i > 0)
        out += i + 1 == m_rows.size() ? " " + std::string(last) + " " : ", ";
      out += m_rows[i].name;
    }
    return out;
  }

 private:
  std::string m_what;
  std::vector<Row> m_rows;
};

// A row naming one value of an enum, such as {"kept", StatementStatus::kept}.
template <typename Value>
struct NamedValue {
  std::string_view name;
  Value value;
};

}  // namespace pledge
