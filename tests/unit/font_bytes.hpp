#pragma once

#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>

#include "render/render_options.hpp"

// A TrueType font's bytes, read and written big-endian as the format has them, for the tests that damage a
// font on purpose and see it refused.
namespace pledge::test {

// Every byte of the file at `path`.
inline std::string read_all(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The bytes of the default regular font (Liberation Sans), read once.
inline const std::string& liberation_bytes() {
  static const std::string bytes = read_all(render::default_font_files().regular.front());
  return bytes;
}

inline void put_u32(std::string& bytes, std::size_t at, std::uint32_t value) {
  for (int i = 0; i < 4; ++i)
    bytes[at + static_cast<std::size_t>(i)] = static_cast<char>((value >> (24 - 8 * i)) & 0xFF);
}

inline void put_u16(std::string& bytes, std::size_t at, std::uint16_t value) {
  bytes[at] = static_cast<char>(value >> 8);
  bytes[at + 1] = static_cast<char>(value & 0xFF);
}

// The byte offset of table `tag`'s directory record in a TrueType file.
inline std::size_t record_of(const std::string& bytes, std::string_view tag) {
  const std::size_t count =
      (static_cast<unsigned char>(bytes[4]) << 8) | static_cast<unsigned char>(bytes[5]);
  for (std::size_t i = 0; i < count; ++i)
    if (std::string_view(bytes).substr(12 + 16 * i, 4) == tag)
      return 12 + 16 * i;
  FAIL("no table " << tag);
  return 0;
}

inline std::uint32_t get_u32(const std::string& bytes, std::size_t at) {
  std::uint32_t value = 0;
  for (int i = 0; i < 4; ++i)
    value = (value << 8) | static_cast<unsigned char>(bytes[at + static_cast<std::size_t>(i)]);
  return value;
}

}  // namespace pledge::test
