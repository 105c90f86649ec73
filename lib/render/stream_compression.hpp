#pragma once

#include <hpdf.h>

#include <string>
#include <string_view>

namespace pledge::render {

// The zlib stream (RFC 1950, what /FlateDecode reads) of `bytes`, made with libdeflate at the level
// pledge's PDFs use. The same bytes give the same output on every machine with the same libdeflate.
std::string flate_compressed(std::string_view bytes);

// Saves `doc` into `out`, its streams deflated by libdeflate instead of by libharu: every stream libharu
// would deflate (pages' content, font programs, CMaps, images) is compressed first and given to libharu
// through a callback stream with no filter left to apply, writing the same /Filter entry libharu would, so
// that the document decompressed is the same as libharu's own. libharu deflates with zlib's default level,
// sets zlib up again for every stream and copies every byte in and out of its memory streams one at a time;
// that was a fifth of every document's instructions. The document cannot be saved again afterwards.
// Returns libharu's status (HPDF_OK or the first error).
HPDF_STATUS save_compressed(HPDF_Doc doc, std::string& out);

}  // namespace pledge::render
