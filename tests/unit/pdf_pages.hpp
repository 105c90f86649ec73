#pragma once

#include <cstddef>
#include <string>

namespace pledge::test {

// How many pages the PDF `pdf` has: its /Type /Page dictionaries, not the /Type /Pages tree nodes. libharu
// writes no object streams, so every dictionary stands in the file as text.
inline std::size_t page_count(const std::string& pdf) {
  std::size_t count = 0;
  for (std::size_t at = pdf.find("/Type /Page"); at != std::string::npos;
       at = pdf.find("/Type /Page", at + 1))
    if (pdf.compare(at, 12, "/Type /Pages") != 0)
      ++count;
  return count;
}

}  // namespace pledge::test
