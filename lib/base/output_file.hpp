#pragma once

#include <filesystem>
#include <string_view>
#include <vector>

namespace pledge {

enum class Overwrite { allowed, refused };

// Writes `bytes` to `path` through a temporary file in the same folder, renamed into place only once
// complete, so that a reader never sees a half-written file and an interrupted run leaves the old one intact.
// With Overwrite::refused an existing file is left alone and Error is thrown, even if it appears meanwhile.
// Throws Error, writing nothing, if `path` is empty. (It does not refuse a file the run read: pledge serve
// writes its service file back; commands check their outputs first with check_output_path.)
void write_file_atomically(const std::filesystem::path& path, std::string_view bytes,
                           Overwrite overwrite = Overwrite::allowed);

// Removes every temporary file write_file_atomically is writing now, for a run about to exit on a signal
// without waiting for its workers. Call it only just before exiting: it leaves later writes waiting forever.
void remove_temporary_files();

// `path` as the file system knows it (links and ".." resolved as far as it exists), to compare outputs with
// inputs however either is spelt.
std::filesystem::path canonical_or_given(const std::filesystem::path& path);

// Records that this run read `path` (SourceText::read and the font loader call it), so that no output of the
// run replaces it: a library, a .pledge-lint.yaml, the lint data's settings, a font.
void note_file_read(const std::filesystem::path& path);

// True if this run has read `path`, however either is spelt.
bool was_read(const std::filesystem::path& path);

// The one check of an output path, before anything is written: throws Error if `output` is empty (names no
// file), is a folder, is one of `inputs` (files the run will read, given up front), or is a file the run has
// read so far. `instead` says what to choose ("another output file (-o)").
void check_output_path(const std::filesystem::path& output, const std::vector<std::filesystem::path>& inputs,
                       std::string_view instead);

}  // namespace pledge
