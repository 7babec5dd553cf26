public import Timestamps

/// What the schedule needs to know of a feed's past.
public struct FeedHistory: Sendable, Equatable {
    /// Failed or rate-limited fetches in a row before this one.
    public var consecutiveFailures: Int
    /// When the feed's recent items were published (or first seen, for items without a
    /// date), in any order; they tell how often the feed really publishes.
    public var itemTimes: [Timestamp]

    public init(consecutiveFailures: Int = 0, itemTimes: [Timestamp] = []) {
        self.consecutiveFailures = consecutiveFailures
        self.itemTimes = itemTimes
    }
}
