#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pledge {

// Decodes a PNG file's every row with libpng, one row at a time (so memory stays at one row whatever the
// image's size), and says what libpng found wrong, or nothing if the image decodes. libharu loads a PNG
// logo with libpng but sets no error handler, so a damaged one (a chunk length of 4 GB, a bad checksum, a
// broken compressed stream) aborted the whole process inside HPDF_LoadPngImageFromMem; a logo is checked
// here when it is read, so that such a file is an error at its `logo:` value instead.
std::optional<std::string> png_decoding_problem(std::string_view bytes);

}  // namespace pledge
