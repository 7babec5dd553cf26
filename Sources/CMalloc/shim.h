#ifndef AGGREGATOR_CMALLOC_SHIM_H
#define AGGREGATOR_CMALLOC_SHIM_H

// Swift's Glibc module leaves out <malloc.h>, glibc's allocator tuning.
#include <malloc.h>

// glibc gives threads up to 8 arenas per core and keeps what each freed; in a
// long-running daemon whose cycles run on different threads each time, that
// retention shows as resident memory that grows in steps. Returns nonzero on success.
static inline int aggregator_limit_malloc_arenas(int arenas) {
    return mallopt(M_ARENA_MAX, arenas);
}

// glibc raises its mmap threshold each time a mapped block is freed, up to
// 32 MB, after which large arrays that grow by reallocation come from the heap
// and leave holes the next cycle fills with small long-lived objects. A fixed
// threshold keeps them mapped, and their memory goes back to the kernel when
// they are freed or moved. Returns nonzero on success.
static inline int aggregator_fix_mmap_threshold(int bytes) {
    return mallopt(M_MMAP_THRESHOLD, bytes);
}

// Hands the free pages inside the heap back to the kernel, not just those at
// its top: what a daemon freed after a busy cycle stops counting as resident.
static inline void aggregator_release_free_memory(void) {
    malloc_trim(0);
}

#endif
