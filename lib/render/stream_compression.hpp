#pragma once

#include <hpdf.h>

#include <string>
#include <string_view>

namespace pledge::render {

// The zlib stream (RFC 1950, what /FlateDecode reads) of `bytes`, made with libdeflate at the level
// pledge's PDFs use. The same bytes give the same output on every machine with the same libdeflate.
std::string flate_compressed(std::string_view bytes);

// Compresses, before the document is saved, every stream libharu would deflate itself: pages' content, font
// programs, CMaps, images. libharu deflates with zlib's default level and sets zlib up again for every
// stream, which took a fifth of every document's instructions; libdeflate at its fastest level does it in a
// fifth of that. Each stream is left holding its compressed bytes with no filter for libharu to apply, and
// writes the same /Filter entry libharu would, so that the document decompressed is the same as before.
// Returns libharu's status (HPDF_OK or the first error).
HPDF_STATUS compress_streams(HPDF_Doc doc);

}  // namespace pledge::render
