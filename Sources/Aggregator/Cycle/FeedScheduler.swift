import FeedFetching
import FeedParsing
import Scheduling
import Store
import Timestamps

/// Applies the schedule arithmetic of `Scheduling` to stored feeds.
struct FeedScheduler: Sendable {
    private let schedule: FeedSchedule
    private let jitter: @Sendable () -> Double

    init(configuration: Configuration.Fetch, jitter: @escaping @Sendable () -> Double = { Double.random(in: -1...1) }) {
        var policy = SchedulePolicy()
        policy.intervalSeconds = Int64(configuration.intervalSeconds)
        policy.minimumIntervalSeconds = Int64(configuration.minIntervalSeconds)
        policy.maximumIntervalSeconds = Int64(configuration.maxIntervalSeconds)
        policy.unconditionalFetchIntervalSeconds = Int64(configuration.unconditionalRefreshSeconds)
        schedule = FeedSchedule(policy: policy)
        self.jitter = jitter
    }

    /// How many of a feed's newest items tell its publishing rate.
    var itemsForPublishingRate: Int { schedule.policy.itemsForPublishingRate }

    func needsUnconditionalFetch(_ feed: FeedRecord, at now: Timestamp) -> Bool {
        schedule.needsUnconditionalFetch(lastUnconditionalFetch: feed.lastUnconditional, now: now)
    }

    /// A server that answered 429 or 503 set the next check itself; even
    /// `--force` waits for it.
    func isWaitingForServer(_ feed: FeedRecord, at now: Timestamp) -> Bool {
        guard let status = feed.lastStatus, status == 429 || status == 503, let next = feed.nextCheck else { return false }
        return next > now
    }

    /// Sets the feed's next check and failure count after `poll`.
    /// - Parameter itemTimes: when the feed's recent items were published.
    func update(_ feed: inout FeedRecord, after poll: FeedPoll, itemTimes: [Timestamp], now: Timestamp) {
        let outcome: FetchOutcome
        var hints = FreshnessHints(cacheControl: poll.response?.cacheControl, expires: poll.response?.expires)
        switch poll.outcome {
        case .failed: outcome = .failed
        case .gone: outcome = .gone
        case .rateLimited(let retryAfter): outcome = .rateLimited(retryAfter: retryAfter)
        case .notModified, .unchanged: outcome = .succeeded
        case .parsed(let parsed, _, _):
            outcome = .succeeded
            hints.ttlMinutes = parsed.timeToLiveMinutes
        }
        let decision = schedule.decide(
            after: outcome,
            history: FeedHistory(consecutiveFailures: feed.consecutiveFailures, itemTimes: itemTimes),
            hints: hints, now: now, jitter: jitter()
        )
        feed.nextCheck = decision.nextCheck
        feed.consecutiveFailures = decision.consecutiveFailures
    }
}
