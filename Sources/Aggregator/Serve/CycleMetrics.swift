import CoreMetrics
import Prometheus
import Store
import Synchronization
import Timestamps

/// What the daemon's cycles did, for `/metrics` and `/readyz`. Metrics go
/// through swift-metrics handles made by a Prometheus factory of our own, not
/// the process-wide bootstrap, so each daemon (and each test) has its registry.
final class CycleMetrics: Sendable {
    static let feedStates = ["ok", "not_modified", "failing", "gone", "rate_limited", "unchecked"]
    static let cycleDurationBuckets: [Duration] = [1, 2, 5, 10, 30, 60, 120, 300, 600, 1_800].map { .seconds($0) }

    let registry = PrometheusCollectorRegistry()
    private let now: @Sendable () -> ContinuousClock.Instant
    private let lastCompletion = Mutex<ContinuousClock.Instant?>(nil)

    private let cycleDuration: CoreMetrics.Timer
    private let cycles: CoreMetrics.Counter
    private let feedsFetched: CoreMetrics.Counter
    private let feedsNotModified: CoreMetrics.Counter
    private let feedsFailed: CoreMetrics.Counter
    private let newItems: CoreMetrics.Counter
    private let newStories: CoreMetrics.Counter
    private let joinedStories: CoreMetrics.Counter
    private let knownStories: CoreMetrics.Counter
    private let bytesFetched: CoreMetrics.Counter
    private let notModifiedRatio: CoreMetrics.Gauge
    private let storiesPublished: CoreMetrics.Gauge
    private let feedsByState: [String: CoreMetrics.Gauge]
    private let factory: PrometheusMetricsFactory

    init(now: @escaping @Sendable () -> ContinuousClock.Instant = { ContinuousClock.now }) {
        self.now = now
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.durationHistogramBuckets = ["aggregator_cycle_duration_seconds": Self.cycleDurationBuckets]
        self.factory = factory
        cycleDuration = Timer(label: "aggregator_cycle_duration_seconds", dimensions: [], factory: factory)
        cycles = CoreMetrics.Counter(label: "aggregator_cycles_total", dimensions: [], factory: factory)
        feedsFetched = CoreMetrics.Counter(label: "aggregator_feeds_fetched_total", dimensions: [], factory: factory)
        feedsNotModified = CoreMetrics.Counter(label: "aggregator_feeds_not_modified_total", dimensions: [], factory: factory)
        feedsFailed = CoreMetrics.Counter(label: "aggregator_feeds_failed_total", dimensions: [], factory: factory)
        newItems = CoreMetrics.Counter(label: "aggregator_items_new_total", dimensions: [], factory: factory)
        newStories = CoreMetrics.Counter(label: "aggregator_stories_new_total", dimensions: [], factory: factory)
        joinedStories = CoreMetrics.Counter(label: "aggregator_stories_joined_total", dimensions: [], factory: factory)
        knownStories = CoreMetrics.Counter(label: "aggregator_stories_known_total", dimensions: [], factory: factory)
        bytesFetched = CoreMetrics.Counter(label: "aggregator_fetched_bytes_total", dimensions: [], factory: factory)
        notModifiedRatio = CoreMetrics.Gauge(label: "aggregator_not_modified_ratio", dimensions: [], factory: factory)
        storiesPublished = CoreMetrics.Gauge(label: "aggregator_stories_published", dimensions: [], factory: factory)
        feedsByState = Dictionary(uniqueKeysWithValues: Self.feedStates.map { state in
            (state, CoreMetrics.Gauge(label: "aggregator_feeds", dimensions: [("state", state)], factory: factory))
        })
    }

    /// Records a cycle that completed; `feeds` are their states after it.
    func recordCycle(_ summary: CycleSummary, duration: Duration, feeds: [FeedRecord], storiesPublished published: Int) {
        let (seconds, attoseconds) = duration.components
        cycleDuration.recordNanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
        cycles.increment()
        feedsFetched.increment(by: summary.fetched)
        feedsNotModified.increment(by: summary.notModified)
        feedsFailed.increment(by: summary.failed)
        newItems.increment(by: summary.newItems)
        newStories.increment(by: summary.newStories)
        joinedStories.increment(by: summary.joinedStories)
        knownStories.increment(by: summary.attachedToKnown)
        bytesFetched.increment(by: summary.bytesFetched)
        let answered = summary.fetched + summary.notModified
        notModifiedRatio.record(answered == 0 ? 0 : Double(summary.notModified) / Double(answered))
        storiesPublished.record(published)

        var counts = Dictionary(uniqueKeysWithValues: Self.feedStates.map { ($0, 0) })
        for feed in feeds {
            counts[feed.serveState, default: 0] += 1
        }
        for (state, gauge) in feedsByState {
            gauge.record(counts[state] ?? 0)
        }
        recordErrors(of: feeds, checkedSince: Timestamp.now.adding(seconds: -Int64(seconds) - 1))
        lastCompletion.withLock { $0 = now() }
    }

    /// How long ago the last cycle completed; nil before the first.
    var sinceLastCompletion: Duration? {
        lastCompletion.withLock { $0 }.map { now() - $0 }
    }

    private func recordErrors(of feeds: [FeedRecord], checkedSince start: Timestamp) {
        for feed in feeds {
            guard let kind = feed.fetchErrorKind, let checked = feed.lastChecked, checked >= start else { continue }
            CoreMetrics.Counter(label: "aggregator_fetch_errors_total", dimensions: [("kind", kind)], factory: factory).increment()
        }
    }
}
