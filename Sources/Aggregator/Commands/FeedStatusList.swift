import Store
import Timestamps

/// `aggregator feeds list`: every subscription with what polling learnt of it.
public struct FeedStatusList {
    public struct Row: Sendable {
        public var title: String
        public var url: String
        public var state: String
        public var nextCheck: String
    }

    public let rows: [Row]

    public init(workspace: Workspace) throws(CycleError) {
        let stored: [FeedRecord]
        do {
            stored = try workspace.openStore().feeds()
        } catch {
            throw CycleError(wrapping: error)
        }
        let byURL = Dictionary(stored.map { ($0.subscribedURL, $0) }, uniquingKeysWith: { first, _ in first })
        rows = workspace.subscriptions.subscriptions.map { subscription in
            guard let feed = byURL[subscription.url] else {
                return Row(title: subscription.title, url: subscription.url, state: "never fetched", nextCheck: "now")
            }
            return Row(
                title: feed.title,
                url: feed.url == feed.subscribedURL ? feed.url : "\(feed.url) (moved from \(feed.subscribedURL))",
                state: Self.state(of: feed),
                nextCheck: feed.isGone ? "never" : feed.nextCheck?.rfc3339 ?? "now"
            )
        }
    }

    static func state(of feed: FeedRecord) -> String {
        if feed.isGone { return "gone (HTTP 410), no longer polled" }
        if let error = feed.lastError {
            let status = feed.lastStatus.map { ", last HTTP \($0)" } ?? ""
            return "failing (\(feed.consecutiveFailures) in a row\(status)): \(error)"
        }
        guard let status = feed.lastStatus ?? (feed.lastChecked == nil ? nil : 200) else { return "never fetched" }
        let when = feed.lastChecked.map { " at \($0.rfc3339)" } ?? ""
        return status == 304 ? "not modified\(when)" : "ok (HTTP \(status))\(when)"
    }

    public var text: String {
        rows.map { "\($0.title)\n  \($0.url)\n  state: \($0.state)\n  next check: \($0.nextCheck)" }
            .joined(separator: "\n")
    }
}
