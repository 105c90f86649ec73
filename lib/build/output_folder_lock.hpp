#pragma once

#include <filesystem>
#include <set>
#include <string>

namespace pledge::build {

// An exclusive flock(2) on the output folder of a batch build, held for the whole run, so that two builds
// into one folder cannot mix their PDFs and stamps (one with other options or another SOURCE_DATE_EPOCH
// would leave PDFs that do not match the stamps beside them, which --incremental then keeps). A second build
// is refused at once rather than made to wait: it says why, and a run stuck for any reason never holds up
// others without a word. The lock goes with the process, however it ends (even SIGKILL): no lock file to
// clean up. Creates the folder if it is missing, and removes it again if the run leaves it empty.
class OutputFolderLock {
 public:
  // Throws Error if the folder cannot be created or opened, or another run holds the lock.
  explicit OutputFolderLock(const std::filesystem::path& folder);
  ~OutputFolderLock();
  OutputFolderLock(const OutputFolderLock&) = delete;
  OutputFolderLock& operator=(const OutputFolderLock&) = delete;

 private:
  std::filesystem::path m_folder;
  int m_fd = -1;
  bool m_created = false;
};

// Removes, from a service's output folder, the temporary files a run killed outright (SIGKILL, a power cut)
// leaves behind: `.<name>.XXXXXX` for each of `names` (the documents' file names and the stamp), the pattern
// base/output_file writes. Only under OutputFolderLock, so that none belongs to a run still writing.
void remove_stale_temporaries(const std::filesystem::path& service_folder,
                              const std::set<std::string>& names);

}  // namespace pledge::build
