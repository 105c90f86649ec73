#pragma once

#include <filesystem>
#include <string_view>

namespace pledge {

enum class Overwrite { allowed, refused };

// Writes `bytes` to `path` through a temporary file in the same folder, renamed into place only once
// complete, so that a reader never sees a half-written file and an interrupted run leaves the old one intact.
// With Overwrite::refused an existing file is left alone and Error is thrown, even if it appears meanwhile.
void write_file_atomically(const std::filesystem::path& path, std::string_view bytes,
                           Overwrite overwrite = Overwrite::allowed);

}  // namespace pledge
