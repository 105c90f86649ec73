#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "base/error.hpp"

namespace pledge {

// The text of one input file, kept so that a diagnostic can quote the offending line.
class SourceText {
 public:
  // Largest input file accepted: far beyond any real pledge, small enough that a mistaken path (a video, a
  // disk image) fails fast instead of exhausting memory.
  static constexpr std::size_t max_bytes = 16 * 1024 * 1024;

  SourceText(std::string name, std::string content);

  // Reads a file; throws Error if it is missing, unreadable, a directory or larger than max_bytes.
  static SourceText read(const std::filesystem::path& path);

  const std::string& name() const { return m_name; }
  const std::string& content() const { return m_content; }

  // Line `number` (from 1) without its line ending; empty if out of range.
  std::string_view line(int number) const;

  Location location(int line, int column) const { return Location{m_name, line, column}; }

 private:
  std::string m_name;
  std::string m_content;
  std::vector<std::size_t> m_line_starts;
};

// Collects the problems found in one pass over an input, so that all are reported together: the first
// max_kept of them, and a count of the rest, so that a file repeating one mistake a million times costs
// neither the memory for a million messages nor a reader's patience.
class DiagnosticList {
 public:
  static constexpr std::size_t max_kept = 200;

  void add(const SourceText& source, int line, int column, std::string message);
  void add(const Location& where, std::string_view source_line, std::string message);
  void add(Diagnostic diagnostic);
  void append(const Error& error);

  bool empty() const { return m_items.empty(); }
  // How many problems were added, kept or not.
  std::size_t size() const { return m_items.size() + m_left_out; }

  // Throws one Error holding every problem kept, in file order, and the count of those left out, if there
  // are any.
  void throw_if_any() const;

 private:
  std::vector<Diagnostic> m_items;
  std::size_t m_left_out = 0;
};

}  // namespace pledge
