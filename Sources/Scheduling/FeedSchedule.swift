public import Timestamps

/// Schedule arithmetic for one feed: pure, with the clock and the randomness handed in.
public struct FeedSchedule: Sendable {
    public var policy: SchedulePolicy

    public init(policy: SchedulePolicy = SchedulePolicy()) {
        self.policy = policy
    }

    /// The next check after a fetch that ended in `outcome` at `now`.
    ///
    /// - Success waits the regular interval. A failure waits at least as long, and from
    ///   `failuresBeforeBackoff` failures in a row `backoffStepSeconds` × failures, capped.
    /// - Rate limiting counts as a failure, and the check is never earlier than the server's
    ///   Retry-After (capped at `maximumRetryAfterSeconds`). A shorter Retry-After does not
    ///   shorten our own wait, so a rate-limited feed is never polled below the minimum interval.
    /// - 410 stops polling and leaves the failure count as it was.
    ///
    /// - Parameter jitter: a random value in -1...1 from the caller; the wait is stretched
    ///   or shrunk by `jitter × jitterFraction`, after the bounds, so feeds at a bound drift
    ///   apart too (by at most that fraction past the bound).
    public func decide(
        after outcome: FetchOutcome, history: FeedHistory, hints: FreshnessHints, now: Timestamp, jitter: Double
    ) -> ScheduleDecision {
        let regular = regularIntervalSeconds(history: history, hints: hints, now: now)
        switch outcome {
        case .gone:
            return ScheduleDecision(nextCheck: nil, consecutiveFailures: history.consecutiveFailures, reason: .gone)
        case .succeeded:
            return ScheduleDecision(
                nextCheck: now.adding(seconds: jittered(regular, jitter)), consecutiveFailures: 0, reason: .regular)
        case .failed, .rateLimited:
            let failures = history.consecutiveFailures + 1
            let backoff = backoffSeconds(failures: failures)
            let wait = jittered(max(regular, backoff), jitter)
            let reason: ScheduleDecision.Reason = backoff > regular ? .backoff : .regular
            guard case .rateLimited(let header?) = outcome, let serverWait = retryAfterSeconds(header, now: now),
                  serverWait > wait
            else {
                return ScheduleDecision(nextCheck: now.adding(seconds: wait), consecutiveFailures: failures, reason: reason)
            }
            return ScheduleDecision(nextCheck: now.adding(seconds: serverWait), consecutiveFailures: failures, reason: .retryAfter)
        }
    }

    /// How long to wait between successful checks: the feed's publishing rate (or the
    /// configured interval when unknown), stretched by the publisher's freshness hints,
    /// within the configured bounds.
    public func regularIntervalSeconds(history: FeedHistory, hints: FreshnessHints, now: Timestamp) -> Int64 {
        var interval = PublishingRate.estimatedIntervalSeconds(
            itemTimes: history.itemTimes, newest: policy.itemsForPublishingRate, now: now) ?? policy.intervalSeconds
        if let fresh = hints.freshSeconds(now: now) { interval = max(interval, fresh) }
        return min(max(interval, policy.minimumIntervalSeconds), policy.maximumIntervalSeconds)
    }

    /// Whether this fetch should go without validators (see `unconditionalFetchIntervalSeconds`).
    public func needsUnconditionalFetch(lastUnconditionalFetch: Timestamp?, now: Timestamp) -> Bool {
        guard let lastUnconditionalFetch else { return true }
        return now.secondsSince1970 - lastUnconditionalFetch.secondsSince1970 >= policy.unconditionalFetchIntervalSeconds
    }

    private func backoffSeconds(failures: Int) -> Int64 {
        guard failures >= policy.failuresBeforeBackoff else { return 0 }
        return min(policy.backoffStepSeconds * Int64(failures), policy.maximumBackoffSeconds)
    }

    private func retryAfterSeconds(_ header: String, now: Timestamp) -> Int64? {
        guard let deadline = RetryAfter.deadline(header, now: now) else { return nil }
        return min(max(0, deadline.secondsSince1970 - now.secondsSince1970), policy.maximumRetryAfterSeconds)
    }

    private func jittered(_ seconds: Int64, _ jitter: Double) -> Int64 {
        let factor = 1 + policy.jitterFraction * min(max(jitter, -1), 1)
        return Int64((Double(seconds) * factor).rounded())
    }
}
