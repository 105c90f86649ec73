#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace pledge::report {

// One cell of a sheet: text, a number, or a formula with the value it gives for the data as written (so that
// a reader that does not calculate, and the first view in Excel, show the right figure).
struct SheetCell {
  std::string text;
  std::optional<double> number;
  std::string formula;  // "=COUNTIF(...)": then `number` is its value

  SheetCell() = default;
  SheetCell(std::string t) : text(std::move(t)) {}  // NOLINT(google-explicit-constructor): rows read as lists
  SheetCell(const char* t) : text(t) {}             // NOLINT(google-explicit-constructor): as above
  static SheetCell of(double value) {
    SheetCell cell;
    cell.number = value;
    return cell;
  }
  static SheetCell calculated(std::string formula, double value) {
    SheetCell cell = of(value);
    cell.formula = std::move(formula);
    return cell;
  }
};

struct SheetColumn {
  std::string heading;
  double max_width = 50;       // in characters; longer text wraps within it
  bool status_choice = false;  // a drop-down of the evidence statuses (Met, Partly met, Not met)
};

// A table on its own sheet: the header row, frozen and filtered, then one row per item.
struct Sheet {
  std::string name;  // made a valid, unique sheet name (31 characters, no []:*?/\) when written
  std::vector<SheetColumn> columns;
  std::vector<std::vector<SheetCell>> rows;
  // How many rows, from the first, a status drop-down covers: the statements, not the excluded ones after
  // them.
  std::size_t choice_rows = static_cast<std::size_t>(-1);
};

// `before`, then the columns of an evidence record as an auditor fills them in, in the order every workbook
// shows them (Status, a drop-down, then Owner, Checked, Reviewer, Link and Review by), then `after`.
std::vector<SheetColumn> with_record_columns(std::vector<SheetColumn> before,
                                             const std::vector<SheetColumn>& after);

// The sheet name `name` becomes: what Excel forbids replaced by a space, cut to 31 characters (whole UTF-8
// characters), and " (2)", " (3)", ... added when it is already one of `taken` (Excel compares names without
// letter case).
std::string sheet_name(const std::string& name, const std::vector<std::string>& taken);

// The cell reference of a column and row, both from 0: (2, 9) is "C10".
std::string cell_reference(std::size_t column, std::size_t row);

// A formula counting the cells of `column` on the sheet named `sheet`, rows 2 to `rows` + 1, that hold
// `value`: =COUNTIF('Sheet'!I2:I13,"Met").
std::string countif_formula(const std::string& sheet, std::size_t column, std::size_t rows,
                            const std::string& value);

// The sheets as an Excel workbook (.xlsx, written with libxlsxwriter), the bytes the same for the same
// sheets: the document's creation time is `created` (SOURCE_DATE_EPOCH), or 1 January 1980 when there is
// none, and the zip entries carry libxlsxwriter's fixed date. Column widths fit their longest line, up to
// each column's maximum, with longer text wrapped. Throws Error if libxlsxwriter cannot write it.
std::string xlsx_workbook(const std::vector<Sheet>& sheets, std::optional<long long> created);

}  // namespace pledge::report
