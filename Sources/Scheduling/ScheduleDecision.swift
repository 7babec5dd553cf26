public import Timestamps

/// When to check a feed next, and which rule decided it (what the schedule's tests check).
public struct ScheduleDecision: Sendable, Equatable {
    public enum Reason: String, Sendable {
        /// The feed's regular interval.
        case regular
        /// Consecutive failures stretched the wait.
        case backoff
        /// The server's Retry-After set the time.
        case retryAfter
        /// 410: the feed is not checked again.
        case gone
    }

    /// Nil when the feed is not to be checked again.
    public var nextCheck: Timestamp?
    /// The count to store for the feed's next decision.
    public var consecutiveFailures: Int
    public var reason: Reason

    public init(nextCheck: Timestamp?, consecutiveFailures: Int, reason: Reason) {
        self.nextCheck = nextCheck
        self.consecutiveFailures = consecutiveFailures
        self.reason = reason
    }
}
