public import Benchmark

/// The metrics every part benchmark reports, and the rates computed from them.
/// (`instructions` needs perf events, which this kind of machine does not
/// offer; callgrind counts them instead, see BENCHMARKS.md.)
public enum PartMetrics {
    public static let standard: [BenchmarkMetric] = [
        .wallClock, .cpuTotal, .throughput, .mallocCountTotal, .peakMemoryResident,
    ]

    public static let megabytesPerSecond = BenchmarkMetric.custom("MB/s", polarity: .prefersLarger, useScalingFactor: false)
    public static let itemsPerSecond = BenchmarkMetric.custom("items/s", polarity: .prefersLarger, useScalingFactor: false)
    public static let storiesPerSecond = BenchmarkMetric.custom("stories/s", polarity: .prefersLarger, useScalingFactor: false)
    public static let feedsPerSecond = BenchmarkMetric.custom("feeds/s", polarity: .prefersLarger, useScalingFactor: false)
    public static let bytesPerItem = BenchmarkMetric.custom("bytes/item", polarity: .prefersSmaller, useScalingFactor: false)
}

extension Benchmark {
    /// Runs `body` as the measured part of this iteration; returns its result
    /// and how many seconds it took, for the rates.
    public func measured<Result>(_ body: () throws -> Result) rethrows -> (result: Result, seconds: Double) {
        let clock = ContinuousClock()
        startMeasurement()
        let started = clock.now
        let result = try body()
        let elapsed = started.duration(to: clock.now)
        stopMeasurement()
        return (result, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }

    /// Records `units` per second as `metric`.
    public func record(_ metric: BenchmarkMetric, _ units: Double, per seconds: Double) {
        measurement(metric, Int((units / seconds).rounded()))
    }
}
