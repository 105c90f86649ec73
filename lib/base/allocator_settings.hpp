#pragma once

namespace pledge {

// Tunes glibc's malloc for a short-lived process that renders PDFs: libharu and zlib allocate and free
// buffers of a few hundred KB per stream (zlib's deflate state is ~270 KB), which glibc's defaults serve with
// mmap/munmap or by trimming the heap and growing it again, each time paying page faults. Keeping the heap
// (memory is given back when the process ends) cut page faults by 40% (1,087 -> 677 for the rendering
// benchmark) and CPU time by a few per cent; with whole faces embedded it had been a third of the time. Call
// once at start-up, before anything allocates much; does nothing on other C libraries.
void use_batch_allocator_settings();

}  // namespace pledge
