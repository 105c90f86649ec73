#include "report/xlsx_workbook.hpp"

#include <unistd.h>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <xlsxwriter.h>

#include "base/error.hpp"

namespace pledge::report {

namespace {

namespace fs = std::filesystem;

constexpr long long start_of_1980 = 315532800;  // a fixed creation time when SOURCE_DATE_EPOCH is not set
constexpr std::size_t sheet_name_limit = 31;

std::size_t code_points(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(
      text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string lower(std::string text) {
  for (char& c : text)
    c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return text;
}

// The first `limit` characters of `text`, never cutting a UTF-8 sequence.
std::string first_characters(const std::string& text, std::size_t limit) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && count++ == limit)
      return text.substr(0, i);
  }
  return text;
}

// The width a cell's text needs: its longest line, in characters.
double text_width(const SheetCell& cell) {
  if (cell.number)
    return static_cast<double>(std::to_string(static_cast<long long>(*cell.number)).size());
  std::size_t widest = 0;
  std::string_view rest = cell.text;
  while (true) {
    const auto end = rest.find('\n');
    widest = std::max(widest, code_points(rest.substr(0, end)));
    if (end == std::string_view::npos)
      break;
    rest.remove_prefix(end + 1);
  }
  return static_cast<double>(widest);
}

void check(lxw_error result, const std::string& what) {
  if (result != LXW_NO_ERROR)
    throw Error("could not write the spreadsheet (" + what + "): " + lxw_strerror(result));
}

// A temporary file that is removed however the function using it ends.
class TemporaryFile {
 public:
  TemporaryFile() {
    std::string pattern = (fs::temp_directory_path() / "pledge-xlsx-XXXXXX").string();
    const int fd = mkstemp(pattern.data());
    if (fd < 0)
      throw Error("could not make a temporary file for the spreadsheet: " +
                  std::string(std::strerror(errno)));
    close(fd);
    m_path = pattern;
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  ~TemporaryFile() {
    std::error_code ignored;
    fs::remove(m_path, ignored);
  }
  const fs::path& path() const { return m_path; }

 private:
  fs::path m_path;
};

void write_sheet(lxw_worksheet* worksheet, const Sheet& sheet, lxw_format* header, lxw_format* wrapped) {
  static const char* statuses[] = {"Met", "Partly met", "Not met", nullptr};
  for (std::size_t c = 0; c < sheet.columns.size(); ++c) {
    const SheetColumn& column = sheet.columns[c];
    double width = static_cast<double>(code_points(column.heading));
    for (const auto& row : sheet.rows) {
      if (c < row.size())
        width = std::max(width, text_width(row[c]));
    }
    const auto col = static_cast<lxw_col_t>(c);
    check(worksheet_set_column(worksheet, col, col, std::min(width + 2, column.max_width), wrapped),
          "column width");
    check(worksheet_write_string(worksheet, 0, col, column.heading.c_str(), header), "heading");
  }
  for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
    const auto row = static_cast<lxw_row_t>(r + 1);
    for (std::size_t c = 0; c < sheet.rows[r].size() && c < sheet.columns.size(); ++c) {
      const SheetCell& cell = sheet.rows[r][c];
      const auto col = static_cast<lxw_col_t>(c);
      if (!cell.formula.empty())
        check(worksheet_write_formula_num(worksheet, row, col, cell.formula.c_str(), wrapped, *cell.number),
              "formula");
      else if (cell.number)
        check(worksheet_write_number(worksheet, row, col, *cell.number, wrapped), "number");
      else if (!cell.text.empty())
        check(worksheet_write_string(worksheet, row, col, cell.text.c_str(), wrapped), "text");
    }
  }
  worksheet_freeze_panes(worksheet, 1, 0);
  if (sheet.columns.empty())
    return;
  const auto last_row = static_cast<lxw_row_t>(std::max<std::size_t>(sheet.rows.size(), 1));
  check(worksheet_autofilter(worksheet, 0, 0, last_row, static_cast<lxw_col_t>(sheet.columns.size() - 1)),
        "filter");
  for (std::size_t c = 0; c < sheet.columns.size(); ++c) {
    const std::size_t choices = std::min(sheet.choice_rows, sheet.rows.size());
    if (!sheet.columns[c].status_choice || choices == 0)
      continue;
    lxw_data_validation validation{};
    validation.validate = LXW_VALIDATION_TYPE_LIST;
    validation.value_list =
        const_cast<char**>(statuses);  // NOLINT(cppcoreguidelines-pro-type-const-cast): C API
    validation.input_title =
        const_cast<char*>("Status");  // NOLINT(cppcoreguidelines-pro-type-const-cast): C API
    validation.input_message = const_cast<char*>(
        "Met, Partly met or Not met");  // NOLINT(cppcoreguidelines-pro-type-const-cast): C API
    const auto col = static_cast<lxw_col_t>(c);
    check(
        worksheet_data_validation_range(worksheet, 1, col, static_cast<lxw_row_t>(choices), col, &validation),
        "status drop-down");
  }
}

}  // namespace

std::vector<SheetColumn> with_record_columns(std::vector<SheetColumn> before,
                                             const std::vector<SheetColumn>& after) {
  before.insert(before.end(), {{"Status", 14, true},
                               {"Owner", 20},
                               {"Checked", 12},
                               {"Reviewer", 20},
                               {"Link", 40},
                               {"Review by", 12}});
  before.insert(before.end(), after.begin(), after.end());
  return before;
}

std::string sheet_name(const std::string& name, const std::vector<std::string>& taken) {
  std::string clean;
  for (char c : name)
    clean += std::string_view("[]:*?/\\").find(c) == std::string_view::npos ? c : ' ';
  while (!clean.empty() && (clean.front() == '\'' || clean.front() == ' '))
    clean.erase(0, 1);
  while (!clean.empty() && (clean.back() == '\'' || clean.back() == ' '))
    clean.pop_back();
  if (clean.empty())
    clean = "Sheet";
  auto is_taken = [&](const std::string& candidate) {
    return std::any_of(taken.begin(), taken.end(),
                       [&](const std::string& t) { return lower(t) == lower(candidate); });
  };
  std::string candidate = first_characters(clean, sheet_name_limit);
  for (int n = 2; is_taken(candidate); ++n) {
    const std::string suffix = " (" + std::to_string(n) + ")";
    candidate = first_characters(clean, sheet_name_limit - suffix.size()) + suffix;
  }
  return candidate;
}

std::string cell_reference(std::size_t column, std::size_t row) {
  std::string letters;
  for (std::size_t n = column + 1; n > 0; n = (n - 1) / 26)
    letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
  return letters + std::to_string(row + 1);
}

std::string countif_formula(const std::string& sheet, std::size_t column, std::size_t rows,
                            const std::string& value) {
  std::string quoted;
  for (char c : sheet)
    quoted += c == '\'' ? "''" : std::string(1, c);
  std::string text;
  for (char c : value)
    text += c == '"' ? "\"\"" : std::string(1, c);
  return "=COUNTIF('" + quoted + "'!" + cell_reference(column, 1) + ":" +
         cell_reference(column, std::max<std::size_t>(rows, 1)) + ",\"" + text + "\")";
}

std::string xlsx_workbook(const std::vector<Sheet>& sheets, std::optional<long long> created) {
  const TemporaryFile file;
  lxw_workbook_options options{};
  options.constant_memory = LXW_FALSE;
  lxw_workbook* workbook = workbook_new_opt(file.path().c_str(), &options);
  if (!workbook)
    throw Error("could not start the spreadsheet in " + file.path().string());
  lxw_doc_properties properties{};
  properties.created = static_cast<time_t>(created.value_or(start_of_1980));
  workbook_set_properties(workbook, &properties);
  lxw_format* header = workbook_add_format(workbook);
  format_set_bold(header);
  format_set_text_wrap(header);
  format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
  format_set_bottom(header, LXW_BORDER_THIN);
  lxw_format* wrapped = workbook_add_format(workbook);
  format_set_text_wrap(wrapped);
  format_set_align(wrapped, LXW_ALIGN_VERTICAL_TOP);
  std::vector<std::string> names;
  for (const Sheet& sheet : sheets) {
    names.push_back(sheet_name(sheet.name, names));
    lxw_worksheet* worksheet = workbook_add_worksheet(workbook, names.back().c_str());
    if (!worksheet) {
      workbook_close(workbook);
      throw Error("could not add the sheet '" + names.back() + "' to the spreadsheet");
    }
    try {
      write_sheet(worksheet, sheet, header, wrapped);
    } catch (...) {
      workbook_close(workbook);
      throw;
    }
  }
  check(workbook_close(workbook), "saving");
  std::ifstream in(file.path(), std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace pledge::report
