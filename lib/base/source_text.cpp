#include "base/source_text.hpp"

#include "base/output_file.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <system_error>
#include <tuple>

namespace pledge {

SourceText::SourceText(std::string name, std::string content)
    : m_name(std::move(name)), m_content(std::move(content)) {
  // A byte-order mark is legal at the start of a UTF-8 file (Windows editors write one); it is not text.
  if (m_content.starts_with("\xEF\xBB\xBF"))
    m_content.erase(0, 3);
  m_line_starts.push_back(0);
  for (std::size_t i = 0; i < m_content.size(); ++i) {
    if (m_content[i] == '\n')
      m_line_starts.push_back(i + 1);
  }
}

SourceText SourceText::read(const std::filesystem::path& path) {
  const std::string name = path.string();
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    throw Error("is a folder, not a file; give the path of a .yaml file", Location{name, 0, 0});
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw Error(std::string("cannot open: ") + std::strerror(errno) +
                    "; check the path and that the file is readable",
                Location{name, 0, 0});
  }
  std::string content;
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    content.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (content.size() > max_bytes) {
      throw Error("file is larger than " + std::to_string(max_bytes / (1024 * 1024)) +
                      " MiB, the largest input accepted; is this the right file?",
                  Location{name, 0, 0});
    }
  }
  if (in.bad())
    throw Error(std::string("cannot read: ") + std::strerror(errno), Location{name, 0, 0});
  note_file_read(path);
  return SourceText(name, std::move(content));
}

std::string_view SourceText::line(int number) const {
  if (number < 1 || static_cast<std::size_t>(number) > m_line_starts.size())
    return {};
  const std::size_t begin = m_line_starts[static_cast<std::size_t>(number) - 1];
  std::size_t end = m_content.find('\n', begin);
  if (end == std::string::npos)
    end = m_content.size();
  if (end > begin && m_content[end - 1] == '\r')
    --end;
  return std::string_view(m_content).substr(begin, end - begin);
}

void DiagnosticList::add(const SourceText& source, int line, int column, std::string message) {
  add(quoting_line(source.location(line, column), std::move(message), source.line(line)));
}

void DiagnosticList::add(const Location& where, std::string_view source_line, std::string message) {
  add(quoting_line(where, std::move(message), source_line));
}

void DiagnosticList::add(Diagnostic diagnostic) {
  if (m_items.size() < max_kept)
    m_items.push_back(std::move(diagnostic));
  else
    ++m_left_out;
}

void DiagnosticList::append(const Error& error) {
  for (const auto& d : error.diagnostics())
    add(d);
  m_left_out += error.left_out();
}

void DiagnosticList::throw_if_any() const {
  if (m_items.empty())
    return;
  // File order is the order the files were read; within a file, line then column. Unplaced problems last.
  std::vector<std::string> files;
  for (const auto& d : m_items) {
    if (d.where && std::find(files.begin(), files.end(), d.where->file) == files.end())
      files.push_back(d.where->file);
  }
  auto key = [&](const Diagnostic& d) {
    if (!d.where)
      return std::tuple<std::size_t, int, int>(files.size(), 0, 0);
    const auto file =
        static_cast<std::size_t>(std::find(files.begin(), files.end(), d.where->file) - files.begin());
    return std::tuple<std::size_t, int, int>(file, d.where->line, d.where->column);
  };
  std::vector<Diagnostic> sorted = m_items;
  std::stable_sort(sorted.begin(), sorted.end(),
                   [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
  throw Error(std::move(sorted), m_left_out);
}

}  // namespace pledge
