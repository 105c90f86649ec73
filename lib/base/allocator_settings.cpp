#include "base/allocator_settings.hpp"

#include <cstdlib>  // defines __GLIBC__ on glibc
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace pledge {

void use_batch_allocator_settings() {
#if defined(__GLIBC__)
  // Allocations under 16 MB come from the heap; the heap is trimmed only past 64 MB free at its top, and
  // grows 16 MB at a time (address space only: pages are touched as used).
  mallopt(M_MMAP_THRESHOLD, 16 * 1024 * 1024);
  mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
  mallopt(M_TOP_PAD, 16 * 1024 * 1024);
#endif
}

}  // namespace pledge
