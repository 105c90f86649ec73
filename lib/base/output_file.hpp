#pragma once

#include <filesystem>
#include <string_view>
#include <vector>

namespace pledge {

enum class Overwrite { allowed, refused };

// Writes `bytes` to `path` through a temporary file in the same folder, renamed into place only once
// complete, so that a reader never sees a half-written file and an interrupted run leaves the old one intact.
// With Overwrite::refused an existing file is left alone and Error is thrown, even if it appears meanwhile.
void write_file_atomically(const std::filesystem::path& path, std::string_view bytes,
                           Overwrite overwrite = Overwrite::allowed);

// Removes every temporary file write_file_atomically is writing now, for a run about to exit on a signal
// without waiting for its workers. Call it only just before exiting: it leaves later writes waiting forever.
void remove_temporary_files();

// `path` as the file system knows it (links and ".." resolved as far as it exists), to compare outputs with
// inputs however either is spelt.
std::filesystem::path canonical_or_given(const std::filesystem::path& path);

// Throws Error at the input if `output` is one of `inputs`: pledge never writes over what it read. `instead`
// says what to choose ("another output file (-o)").
void refuse_to_overwrite_inputs(const std::filesystem::path& output,
                                const std::vector<std::filesystem::path>& inputs, std::string_view instead);

}  // namespace pledge
