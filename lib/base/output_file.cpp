#include "base/output_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "base/error.hpp"

namespace pledge {

namespace {

[[noreturn]] void fail(const std::filesystem::path& path, std::string_view what, int error_number) {
  throw Error("cannot " + std::string(what) + ": " + std::strerror(error_number),
              Location{path.string(), 0, 0});
}

}  // namespace

void write_file_atomically(const std::filesystem::path& path, std::string_view bytes, Overwrite overwrite) {
  if (overwrite == Overwrite::refused && std::filesystem::exists(std::filesystem::symlink_status(path))) {
    throw Error("already exists; pledge will not overwrite it. Choose another name or remove it first",
                Location{path.string(), 0, 0});
  }
  const std::filesystem::path folder =
      path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
  std::string temp = (folder / ("." + path.filename().string() + ".XXXXXX")).string();
  const int fd = mkstemp(temp.data());
  if (fd < 0)
    fail(path, "create a temporary file in " + folder.string(), errno);
  const char* data = bytes.data();
  std::size_t left = bytes.size();
  while (left > 0) {
    const ssize_t n = ::write(fd, data, left);
    if (n < 0) {
      if (errno == EINTR)
        continue;
      const int e = errno;
      ::close(fd);
      ::unlink(temp.c_str());
      fail(path, "write", e);
    }
    data += n;
    left -= static_cast<std::size_t>(n);
  }
  // mkstemp makes the file 0600; outputs are ordinary files, readable as the umask allows.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd, 0666 & ~mask);
  if (::close(fd) != 0) {
    const int e = errno;
    ::unlink(temp.c_str());
    fail(path, "write", e);
  }
  if (overwrite == Overwrite::refused) {
    // link() fails if the name exists: no window in which another writer's file could be replaced.
    if (::link(temp.c_str(), path.c_str()) != 0) {
      const int e = errno;
      ::unlink(temp.c_str());
      if (e == EEXIST) {
        throw Error("already exists; pledge will not overwrite it. Choose another name or remove it first",
                    Location{path.string(), 0, 0});
      }
      fail(path, "create", e);
    }
    ::unlink(temp.c_str());
    return;
  }
  if (::rename(temp.c_str(), path.c_str()) != 0) {
    const int e = errno;
    ::unlink(temp.c_str());
    fail(path, "replace", e);
  }
}

std::filesystem::path canonical_or_given(const std::filesystem::path& path) {
  std::error_code ec;
  std::filesystem::path out = std::filesystem::weakly_canonical(path, ec);
  return ec ? std::filesystem::absolute(path).lexically_normal() : out;
}

void refuse_to_overwrite_inputs(const std::filesystem::path& output,
                                const std::vector<std::filesystem::path>& inputs, std::string_view instead) {
  const std::filesystem::path target = canonical_or_given(output);
  for (const auto& input : inputs) {
    if (canonical_or_given(input) == target)
      throw Error("this input would be overwritten by the output " + output.string() +
                      "; pledge never writes over its inputs: choose " + std::string(instead),
                  Location{input.string(), 0, 0});
  }
}

}  // namespace pledge
