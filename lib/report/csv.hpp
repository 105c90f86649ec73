#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pledge::report {

// The UTF-8 byte-order mark every CSV of pledge starts with: without it Excel on Windows reads the file in
// the local code page and garbles ‘ ’ and –. `--no-bom` takes it off again (without_byte_order_mark).
inline constexpr std::string_view utf8_byte_order_mark = "\xEF\xBB\xBF";

// `text` without a leading UTF-8 byte-order mark.
std::string_view without_byte_order_mark(std::string_view text);

// One CSV field as RFC 4180 writes it: quoted, with quotes doubled, when it holds a comma, quote, line break
// or semicolon (the separator of spreadsheets in many locales). A field a spreadsheet would run as a formula,
// one beginning with =, +, -, @, tab or carriage return, is made inert as OWASP's CSV injection advice says:
// a single quote before it, and the field quoted.
std::string csv_field(std::string_view text);

// One CSV record: the fields separated by commas, ending with CRLF as RFC 4180 asks.
std::string csv_row(const std::vector<std::string>& fields);

// The first record of a CSV file: the byte-order mark, then the header fields.
std::string csv_header(const std::vector<std::string>& fields);

}  // namespace pledge::report
