public import Store
public import Timestamps

/// What the daemon tells systemd between cycles (`systemctl status` shows it):
/// the feeds, the stories published, and when it polls next.
public struct DaemonStatus: Sendable, Equatable {
    public var feeds: Int
    public var failingFeeds: Int
    public var storiesPublished: Int
    public var nextPoll: Timestamp?

    public init(feeds: [FeedRecord], storiesPublished: Int) {
        self.feeds = feeds.count
        failingFeeds = feeds.filter { $0.lastError != nil }.count
        self.storiesPublished = storiesPublished
        nextPoll = Self.nextPoll(of: feeds)
    }

    /// The earliest next check among the feeds still polled; a feed never
    /// checked is due at once, at the epoch.
    public static func nextPoll(of feeds: [FeedRecord]) -> Timestamp? {
        feeds.filter { !$0.isGone }.map { $0.nextCheck ?? Timestamp(secondsSince1970: 0) }.min()
    }

    public var line: String {
        let failing = failingFeeds > 0 ? " (\(failingFeeds) failing)" : ""
        let next = nextPoll.map { "next poll \($0.rfc3339)" } ?? "no feed to poll"
        return "\(feeds) feeds\(failing), \(storiesPublished) stories published; \(next)"
    }
}
