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

// Hands the free pages inside the heap back to the kernel, not just those at
// its top: what a daemon freed after a busy cycle stops counting as resident.
static inline void aggregator_release_free_memory(void) {
    malloc_trim(0);
}

#endif
