#include "build/output_folder_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <system_error>

#include "base/error.hpp"

namespace pledge::build {

namespace fs = std::filesystem;

OutputFolderLock::OutputFolderLock(const fs::path& folder) : m_folder(folder) {
  std::error_code ec;
  if (!fs::exists(folder, ec)) {
    m_created = fs::create_directories(folder, ec);
    if (ec)
      throw Error("cannot create folder: " + ec.message(), Location{folder.string(), 0, 0});
  }
  m_fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (m_fd < 0) {
    throw Error(std::string("cannot open the output folder: ") + std::strerror(errno),
                Location{folder.string(), 0, 0});
  }
  if (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
    const int e = errno;
    ::close(m_fd);
    m_fd = -1;
    if (e == EWOULDBLOCK) {
      throw Error(
          "another pledge build is writing into this folder now; wait for it to finish, or build into "
          "another "
          "folder (-o)",
          Location{folder.string(), 0, 0});
    }
    throw Error(std::string("cannot lock the output folder: ") + std::strerror(e),
                Location{folder.string(), 0, 0});
  }
}

OutputFolderLock::~OutputFolderLock() {
  if (m_fd >= 0)
    ::close(m_fd);  // releases the lock
  if (m_created) {
    std::error_code ec;
    if (fs::is_empty(m_folder, ec) && !ec)
      fs::remove(m_folder, ec);
  }
}

void remove_stale_temporaries(const fs::path& service_folder, const std::set<std::string>& names) {
  std::error_code ec;
  for (fs::directory_iterator it(service_folder, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string file = it->path().filename().string();
    // "." + name + "." + six letters or digits (mkstemp's XXXXXX).
    if (file.size() < 9 || file[0] != '.' || file[file.size() - 7] != '.')
      continue;
    const std::string name = file.substr(1, file.size() - 8);
    const std::string tail = file.substr(file.size() - 6);
    const bool random = std::all_of(tail.begin(), tail.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    });
    if (random && names.count(name) && it->is_regular_file(ec))
      fs::remove(it->path(), ec);
  }
}

}  // namespace pledge::build
