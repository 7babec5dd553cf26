import CMalloc

/// glibc gives each thread that meets a busy allocator an arena of its own, up
/// to eight per core, and keeps what each arena freed. A daemon's cycles run on
/// whichever pool threads are free, so its resident memory grew in steps of
/// several megabytes over a soak; with two arenas it stayed 25 MB lower and
/// grew a third as much (Benchmarks/soak.sh).
enum GlibcAllocator {
    static let daemonLimit: Int32 = 2

    /// Limits the arenas, unless `MALLOC_ARENA_MAX` already says how many.
    static func limitForDaemon(environment: [String: String]) {
        guard environment["MALLOC_ARENA_MAX"] == nil else { return }
        _ = aggregator_limit_malloc_arenas(daemonLimit)
    }

    /// After a cycle: a first cycle parses and renders tens of megabytes that
    /// the idle hours after it would otherwise keep resident.
    static func releaseFreeMemory() {
        aggregator_release_free_memory()
    }
}
