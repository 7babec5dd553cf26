/// The settings of feed scheduling. Every value is configurable; the defaults are those of
/// issue 3 and DESIGN.md ("Fetching").
public struct SchedulePolicy: Sendable, Equatable {
    /// Between checks of a feed whose publishing rate is unknown.
    public var intervalSeconds: Int64 = 3_600
    /// The bounds of the regular interval, whatever the feed's rate or hints say.
    public var minimumIntervalSeconds: Int64 = 900
    public var maximumIntervalSeconds: Int64 = 86_400
    /// From this many consecutive failures on, the wait is `backoffStepSeconds` × failures.
    public var failuresBeforeBackoff = 3
    public var backoffStepSeconds: Int64 = 3_600
    public var maximumBackoffSeconds: Int64 = 86_400
    /// A server's Retry-After is honoured up to this long.
    public var maximumRetryAfterSeconds: Int64 = 86_400
    /// Each wait is spread by up to ± this fraction, so feeds first fetched together drift apart.
    public var jitterFraction = 0.1
    /// How often a feed is fetched without validators, to recover from a server whose
    /// ETag or Last-Modified no longer changes with its content.
    public var unconditionalFetchIntervalSeconds: Int64 = 7 * 86_400
    /// How many of a feed's newest item times estimate its publishing rate.
    public var itemsForPublishingRate = 20

    public init() {}
}
