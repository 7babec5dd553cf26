import CMalloc

/// glibc's defaults suit short programs; a daemon's resident memory grew with
/// them (Benchmarks/soak.sh), and a one-shot cold cycle peaked 2–3 MB higher:
/// - Each thread that meets a busy allocator gets an arena of its own, up to
///   eight per core, and each keeps what it freed. A daemon's cycles run on
///   whichever pool threads are free, so memory grew in steps of several
///   megabytes; with two arenas it stayed 25 MB lower and grew a third as much.
/// - The mmap threshold rises as mapped blocks are freed, so the index's
///   growing arrays soon come from the heap and leave holes behind; with the
///   threshold fixed at 128 KiB, growth per cycle halved (60-cycle soak: 99.5
///   against 198-216 KB per cycle).
public enum GlibcAllocator {
    static let arenas: Int32 = 2
    static let mmapThreshold: Int32 = 128 * 1024

    /// Applies both limits, each unless glibc's own variable (`MALLOC_ARENA_MAX`,
    /// `MALLOC_MMAP_THRESHOLD_`) already sets it. Call before the first cycle.
    public static func applyLimits(environment: [String: String]) {
        if environment["MALLOC_ARENA_MAX"] == nil {
            _ = aggregator_limit_malloc_arenas(arenas)
        }
        if environment["MALLOC_MMAP_THRESHOLD_"] == nil {
            _ = aggregator_fix_mmap_threshold(mmapThreshold)
        }
    }

    /// After a cycle: a first cycle parses and renders tens of megabytes that
    /// the idle hours after it would otherwise keep resident.
    public static func releaseFreeMemory() {
        aggregator_release_free_memory()
    }
}
