import Glibc

/// CLOCK_MONOTONIC as systemd reads it: the notify protocol's
/// `MONOTONIC_USEC` must be on that clock, which Swift's clocks do not promise.
public enum MonotonicClock {
    public static var microseconds: UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000 + UInt64(time.tv_nsec) / 1_000
    }
}
