#include "report/csv.hpp"

namespace pledge::report {

namespace {

bool starts_formula(std::string_view text) {
  return !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
}

}  // namespace

std::string_view without_byte_order_mark(std::string_view text) {
  if (text.starts_with(utf8_byte_order_mark))
    text.remove_prefix(utf8_byte_order_mark.size());
  return text;
}

std::string csv_field(std::string_view text) {
  const bool formula = starts_formula(text);
  if (!formula && text.find_first_of(",\"\n\r;") == std::string_view::npos)
    return std::string(text);
  std::string out = formula ? "\"'" : "\"";
  for (char c : text) {
    if (c == '"')
      out += '"';
    out += c;
  }
  return out + "\"";
}

std::string csv_row(const std::vector<std::string>& fields) {
  std::string out;
  for (std::size_t i = 0; i < fields.size(); ++i)
    out += (i ? "," : "") + csv_field(fields[i]);
  return out + "\r\n";
}

std::string csv_header(const std::vector<std::string>& fields) {
  return std::string(utf8_byte_order_mark) + csv_row(fields);
}

}  // namespace pledge::report
