#include "render/stream_compression.hpp"

#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>
#include <libdeflate.h>

#include <algorithm>
#include <memory>
#include <new>
#include <vector>

namespace pledge::render {

namespace {

// libdeflate's levels run 1-12. Measured on the district nursing example's poster, leaflet and checklist:
// level 1 compresses in half the instructions of level 6 (a quarter of zlib's default, with its set-up per
// stream), for files 2.6% larger than zlib's (3.2 KB of 122 KB); level 6 saves those 3 KB for 8% more
// instructions in the whole render.
constexpr int level = 1;

struct CompressorDeleter {
  void operator()(libdeflate_compressor* compressor) const { libdeflate_free_compressor(compressor); }
};

// One per thread (a batch renders services on several), made on first use: allocating one costs more than
// compressing a small stream.
libdeflate_compressor& compressor() {
  thread_local const std::unique_ptr<libdeflate_compressor, CompressorDeleter> held(
      libdeflate_alloc_compressor(level));
  if (!held)
    throw std::bad_alloc();
  return *held;
}

// A stream's compressed bytes, as libharu reads them while it saves.
struct HeldStream {
  std::string bytes;
  std::size_t position = 0;
};

HeldStream& held_of(HPDF_Stream stream) {
  return *static_cast<HeldStream*>(stream->attr);
}

HPDF_STATUS read_held(HPDF_Stream stream, HPDF_BYTE* into, HPDF_UINT* size) {
  HeldStream& held = held_of(stream);
  const std::size_t count = std::min<std::size_t>(*size, held.bytes.size() - held.position);
  std::copy_n(held.bytes.data() + held.position, count, reinterpret_cast<char*>(into));
  held.position += count;
  const bool short_read = count < *size;
  *size = static_cast<HPDF_UINT>(count);
  return short_read ? HPDF_STREAM_EOF : HPDF_OK;  // as libharu's memory streams answer
}

HPDF_STATUS seek_held(HPDF_Stream stream, HPDF_INT position, HPDF_WhenceMode mode) {
  HeldStream& held = held_of(stream);
  const auto base = mode == HPDF_SEEK_CUR   ? static_cast<HPDF_INT>(held.position)
                    : mode == HPDF_SEEK_END ? static_cast<HPDF_INT>(held.bytes.size())
                                            : 0;
  if (base + position < 0 || static_cast<std::size_t>(base + position) > held.bytes.size())
    return HPDF_STREAM_EOF;
  held.position = static_cast<std::size_t>(base + position);
  return HPDF_OK;
}

HPDF_INT32 tell_held(HPDF_Stream stream) {
  return static_cast<HPDF_INT32>(held_of(stream).position);
}

HPDF_UINT32 size_of_held(HPDF_Stream stream) {
  return static_cast<HPDF_UINT32>(held_of(stream).bytes.size());
}

// Written inside the stream's dictionary, as libharu writes the filter of a stream it deflates.
HPDF_STATUS write_flate_filter(HPDF_Dict, HPDF_Stream stream) {
  return HPDF_Stream_WriteStr(stream, "/Filter [ /FlateDecode ]\012");
}

HPDF_STATUS append_to_output(HPDF_Stream stream, const HPDF_BYTE* bytes, HPDF_UINT size) {
  static_cast<std::string*>(stream->attr)->append(reinterpret_cast<const char*>(bytes), size);
  return HPDF_OK;
}

// The bytes of a memory stream, chunk by chunk: every chunk is full but the last.
std::string memory_stream_bytes(HPDF_Stream stream) {
  const auto* attr = static_cast<HPDF_MemStreamAttr>(stream->attr);
  std::string bytes;
  bytes.reserve(stream->size);
  for (HPDF_UINT i = 0; i < attr->buf->count && bytes.size() < stream->size; ++i) {
    const std::size_t count = std::min<std::size_t>(attr->buf_siz, stream->size - bytes.size());
    bytes.append(static_cast<const char*>(HPDF_List_ItemAt(attr->buf, i)), count);
  }
  return bytes;
}

// Whether libharu would deflate `object` itself: a dictionary over a memory stream with bytes, deflating
// alone to do, and no writer of its own that ours would replace. Any other is left for libharu to write.
bool deflated_by_libharu(void* object) {
  const auto* header = static_cast<const HPDF_Obj_Header*>(object);
  if (!header || (header->obj_class & HPDF_OCLASS_ANY) != HPDF_OCLASS_DICT)
    return false;
  const auto dict = static_cast<HPDF_Dict>(object);
  return dict->stream && dict->stream->type == HPDF_STREAM_MEMORY && dict->stream->size > 0 &&
         dict->filter == HPDF_STREAM_FILTER_FLATE_DECODE && !dict->write_fn && !dict->filterParams;
}

}  // namespace

std::string flate_compressed(std::string_view bytes) {
  libdeflate_compressor& deflate = compressor();
  std::string out(libdeflate_zlib_compress_bound(&deflate, bytes.size()), '\0');
  out.resize(libdeflate_zlib_compress(&deflate, bytes.data(), bytes.size(), out.data(), out.size()));
  return out;
}

HPDF_STATUS save_compressed(HPDF_Doc doc, std::string& out) {
  std::vector<std::unique_ptr<HeldStream>> held;  // read by the callback streams until the save ends
  for (HPDF_Xref xref = doc->xref; xref; xref = xref->prev) {
    for (HPDF_UINT i = 0; i < xref->entries->count; ++i) {
      void* object = static_cast<HPDF_XrefEntry>(HPDF_List_ItemAt(xref->entries, i))->obj;
      if (!deflated_by_libharu(object))
        continue;
      const auto dict = static_cast<HPDF_Dict>(object);
      held.push_back(std::make_unique<HeldStream>());
      held.back()->bytes = flate_compressed(memory_stream_bytes(dict->stream));
      const HPDF_Stream reader = HPDF_CallbackReader_New(doc->mmgr, read_held, seek_held, tell_held,
                                                         size_of_held, held.back().get());
      if (!reader)
        return HPDF_FAILD_TO_ALLOC_MEM;
      HPDF_Stream_Free(dict->stream);
      dict->stream = reader;
      dict->filter = HPDF_STREAM_FILTER_NONE;
      dict->write_fn = write_flate_filter;
    }
  }
  // libharu saves into the document's own stream when it has one: this one appends to `out` as it writes.
  const HPDF_Stream writer = HPDF_CallbackWriter_New(doc->mmgr, append_to_output, &out);
  if (!writer)
    return HPDF_FAILD_TO_ALLOC_MEM;
  HPDF_Stream_Free(doc->stream);
  doc->stream = writer;
  const HPDF_STATUS status = HPDF_SaveToStream(doc);
  // Nothing may read these after the save: the held bytes and `out` are about to go.
  doc->stream = nullptr;
  HPDF_Stream_Free(writer);
  return status;
}

}  // namespace pledge::render
