#include "lint/spelling_index.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <charconv>

#include "base/sha256.hpp"

namespace pledge::lint {

namespace {

// Closes a file descriptor however open() leaves.
struct FileDescriptor {
  int fd;
  ~FileDescriptor() {
    if (fd >= 0)
      ::close(fd);
  }
};

// Empty if the file cannot be read.
std::string sha256_of_file(const std::filesystem::path& path) {
  const FileDescriptor file{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
  if (file.fd < 0)
    return {};
  Sha256 digest;
  char buffer[1 << 16];
  for (;;) {
    const ssize_t n = ::read(file.fd, buffer, sizeof buffer);
    if (n < 0)
      return {};
    if (n == 0)
      break;
    digest.add(std::string_view(buffer, static_cast<std::size_t>(n)));
  }
  return digest.hex();
}

bool is_ascii_upper(char c) {
  return c >= 'A' && c <= 'Z';
}

bool is_ascii_lower(char c) {
  return c >= 'a' && c <= 'z';
}

}  // namespace

std::string spelling_index_identity(const std::filesystem::path& aff, const std::filesystem::path& dic) {
  const std::string aff_digest = sha256_of_file(aff);
  const std::string dic_digest = sha256_of_file(dic);
  if (aff_digest.empty() || dic_digest.empty())
    return {};
  return "pledgekit-spelling-index 1 aff-sha256=" + aff_digest + " dic-sha256=" + dic_digest;
}

std::unique_ptr<SpellingIndex> SpellingIndex::open(const std::filesystem::path& path,
                                                   const std::filesystem::path& aff,
                                                   const std::filesystem::path& dic) {
  if (path.empty())
    return nullptr;
  const FileDescriptor file{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
  struct stat status {};
  if (file.fd < 0 || ::fstat(file.fd, &status) != 0 || !S_ISREG(status.st_mode) || status.st_size <= 0)
    return nullptr;
  const auto size = static_cast<std::size_t>(status.st_size);
  void* map = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, file.fd, 0);
  if (map == MAP_FAILED)
    return nullptr;
  // Owns the mapping from here, so that every early return unmaps it.
  auto index = std::unique_ptr<SpellingIndex>(new SpellingIndex(map, size));

  // The header's own fields first, as they cost nothing; the dictionary's digests last.
  const std::string_view text(static_cast<const char*>(map), size);
  const std::size_t newline = text.find('\n');
  if (newline == std::string_view::npos)
    return nullptr;
  std::string_view header = text.substr(0, newline);
  const std::string_view words = text.substr(newline + 1);
  if (!words.empty() && words.back() != '\n')
    return nullptr;
  const std::size_t bytes_field = header.rfind(" bytes=");
  if (bytes_field == std::string_view::npos)
    return nullptr;
  const std::string_view bytes_text = header.substr(bytes_field + 7);
  std::size_t bytes = 0;
  const auto [end, error] = std::from_chars(bytes_text.data(), bytes_text.data() + bytes_text.size(), bytes);
  if (error != std::errc() || end != bytes_text.data() + bytes_text.size() || bytes != words.size())
    return nullptr;
  header = header.substr(0, bytes_field);
  bool splits_hyphens = false;
  if (header.ends_with(" hyphens=yes")) {
    splits_hyphens = true;
    header.remove_suffix(12);
  } else if (header.ends_with(" hyphens=no")) {
    header.remove_suffix(11);
  } else {
    return nullptr;
  }
  if (header != spelling_index_identity(aff, dic))
    return nullptr;
  index->m_words = words;
  index->m_splits_hyphens = splits_hyphens;
  return index;
}

SpellingIndex::SpellingIndex(void* map, std::size_t map_size) : m_map(map), m_map_size(map_size) {}

SpellingIndex::~SpellingIndex() {
  ::munmap(m_map, m_map_size);
}

bool SpellingIndex::contains(std::string_view word) const {
  // [low, high) always holds whole lines; each step looks at the line around the middle byte.
  std::size_t low = 0, high = m_words.size();
  while (low < high) {
    std::size_t start = low + (high - low) / 2;
    while (start > low && m_words[start - 1] != '\n')
      --start;
    const std::size_t end = m_words.find('\n', start);
    const int order = m_words.substr(start, end - start).compare(word);
    if (order == 0)
      return true;
    if (order < 0)
      low = end + 1;
    else
      high = start;
  }
  return false;
}

std::vector<std::string> spellings_of(std::string_view entry) {
  if (entry.empty() || entry.size() > max_indexed_word_bytes)
    return {};
  std::vector<std::string> out{std::string(entry)};
  bool lower = false;
  std::size_t upper = 0;
  for (const char c : entry) {
    if (static_cast<unsigned char>(c) >= 0x80)
      return out;
    lower = lower || is_ascii_lower(c);
    upper += is_ascii_upper(c) ? 1 : 0;
  }
  std::string capitals(entry);
  for (char& c : capitals)
    c = is_ascii_lower(c) ? static_cast<char>(c - 'a' + 'A') : c;
  if (upper == 0 && is_ascii_lower(entry[0])) {
    std::string capitalised(entry);
    capitalised[0] = static_cast<char>(entry[0] - 'a' + 'A');
    out.push_back(std::move(capitalised));
  }
  if (lower && (upper == 0 || (upper == 1 && is_ascii_upper(entry[0]))) && capitals != out.back())
    out.push_back(std::move(capitals));
  return out;
}

std::vector<std::string> entries_for(std::string_view word) {
  std::vector<std::string> out;
  any_entry_for(word, [&](std::string_view entry) {
    out.emplace_back(entry);
    return false;
  });
  return out;
}

}  // namespace pledge::lint
