#include "base/output_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <mutex>
#include <set>
#include <string>

#include "base/error.hpp"

namespace pledge {

namespace {

[[noreturn]] void fail(const std::filesystem::path& path, std::string_view what, int error_number) {
  throw Error("cannot " + std::string(what) + ": " + std::strerror(error_number),
              Location{path.string(), 0, 0});
}

// Read before main() starts, while there is one thread: umask() can only be read by setting it, and setting
// it in a worker while another creates a folder would give that folder the mask 0 (mode 0777).
const mode_t umask_at_start = [] {
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return mask;
}();

// The temporary files being written now, so that a run stopped by a signal can remove them (see
// remove_temporary_files). A name is added and removed under the lock, so the remover never misses one.
std::mutex temporaries_mutex;
std::set<std::string> temporaries;

// A temporary file that removes itself unless it was renamed into place.
class TemporaryFile {
 public:
  explicit TemporaryFile(const std::filesystem::path& path) {
    const std::filesystem::path folder =
        path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    m_name = (folder / ("." + path.filename().string() + ".XXXXXX")).string();
    std::lock_guard lock(temporaries_mutex);
    m_fd = mkstemp(m_name.data());
    if (m_fd < 0)
      fail(path, "create a temporary file in " + folder.string(), errno);
    temporaries.insert(m_name);
  }
  ~TemporaryFile() {
    if (m_fd >= 0)
      ::close(m_fd);
    std::lock_guard lock(temporaries_mutex);
    if (temporaries.erase(m_name) > 0 && !m_kept)
      ::unlink(m_name.c_str());
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;

  int fd() const { return m_fd; }
  const std::string& name() const { return m_name; }
  // Closes the file; returns errno, or 0.
  int close() {
    const int result = ::close(m_fd);
    m_fd = -1;
    return result == 0 ? 0 : errno;
  }
  // The file was renamed or linked into place: nothing to remove.
  void kept() { m_kept = true; }

 private:
  std::string m_name;
  int m_fd = -1;
  bool m_kept = false;
};

}  // namespace

void write_file_atomically(const std::filesystem::path& path, std::string_view bytes, Overwrite overwrite) {
  if (path.empty())
    throw Error("an empty output path names no file; give a file name");
  if (overwrite == Overwrite::refused && std::filesystem::exists(std::filesystem::symlink_status(path))) {
    throw Error("already exists; pledge will not overwrite it. Choose another name or remove it first",
                Location{path.string(), 0, 0});
  }
  TemporaryFile temp(path);
  const char* data = bytes.data();
  std::size_t left = bytes.size();
  while (left > 0) {
    const ssize_t n = ::write(temp.fd(), data, left);
    if (n < 0) {
      if (errno == EINTR)
        continue;
      fail(path, "write", errno);
    }
    data += n;
    left -= static_cast<std::size_t>(n);
  }
  // mkstemp makes the file 0600; outputs are ordinary files, readable as the umask allows.
  ::fchmod(temp.fd(), 0666 & ~umask_at_start);
  if (const int e = temp.close(); e != 0)
    fail(path, "write", e);
  if (overwrite == Overwrite::refused) {
    // link() fails if the name exists: no window in which another writer's file could be replaced.
    if (::link(temp.name().c_str(), path.c_str()) != 0) {
      const int e = errno;
      if (e == EEXIST) {
        throw Error("already exists; pledge will not overwrite it. Choose another name or remove it first",
                    Location{path.string(), 0, 0});
      }
      fail(path, "create", e);
    }
    return;  // the temporary name is removed, the linked one stays
  }
  if (::rename(temp.name().c_str(), path.c_str()) != 0)
    fail(path, "replace", errno);
  temp.kept();
}

void remove_temporary_files() {
  // Held to the end: a worker that would create another waits, and the caller exits meanwhile.
  temporaries_mutex.lock();
  for (const auto& name : temporaries)
    ::unlink(name.c_str());
  temporaries.clear();
}

std::filesystem::path canonical_or_given(const std::filesystem::path& path) {
  std::error_code ec;
  std::filesystem::path out = std::filesystem::weakly_canonical(path, ec);
  return ec ? std::filesystem::absolute(path).lexically_normal() : out;
}

namespace {

std::mutex files_read_mutex;
std::set<std::filesystem::path> files_read;  // canonical

[[noreturn]] void refuse(const std::filesystem::path& output, std::string_view why,
                         std::string_view instead) {
  throw Error(std::string(why) + "; choose " + std::string(instead), Location{output.string(), 0, 0});
}

}  // namespace

void note_file_read(const std::filesystem::path& path) {
  std::filesystem::path canonical = canonical_or_given(path);
  std::lock_guard lock(files_read_mutex);
  files_read.insert(std::move(canonical));
}

bool was_read(const std::filesystem::path& path) {
  const std::filesystem::path canonical = canonical_or_given(path);
  std::lock_guard lock(files_read_mutex);
  return files_read.count(canonical) > 0;
}

void check_output_path(const std::filesystem::path& output, const std::vector<std::filesystem::path>& inputs,
                       std::string_view instead) {
  if (output.empty())
    throw Error("an empty output path names no file; choose " + std::string(instead));
  std::error_code ec;
  if (std::filesystem::is_directory(output, ec))
    refuse(output, "is a folder, not a file", instead);
  const std::filesystem::path target = canonical_or_given(output);
  for (const auto& input : inputs) {
    if (canonical_or_given(input) == target)
      throw Error("this input would be overwritten by the output " + output.string() +
                      "; pledge never writes over its inputs: choose " + std::string(instead),
                  Location{input.string(), 0, 0});
  }
  if (was_read(output))
    refuse(output, "this run read this file; pledge never writes over what it reads", instead);
}

}  // namespace pledge
