import BenchmarkSupport
import Foundation
import Store
import Timestamps

/// Feeds with their items, as a cycle hands them to the store: feed `n`
/// carries the stream's reports `35n ..< 35n + 35` (a thousand such feeds
/// are about the 35,000 items of peers.sh's set).
struct SyntheticSubscriptions {
    static let itemsPerFeed = 35

    let subscriptions: [Subscription]
    /// Per feed, in subscription order: its items, without the store's feed id yet.
    let items: [[ItemRecord]]

    init(feedCount: Int, stream: NewsStream = NewsStream(), seenAt time: Timestamp) {
        subscriptions = (0..<feedCount).map {
            Subscription(url: "https://outlet\($0).example.com/feed.xml", title: "Outlet \($0)", siteLink: "https://outlet\($0).example.com/")
        }
        items = (0..<feedCount).map { feed in
            stream.reports(feed * Self.itemsPerFeed ..< (feed + 1) * Self.itemsPerFeed).map { report in
                ItemRecord(
                    id: "item-\(feed)-\(report.id)", feedID: 0, key: report.id, title: report.title, link: report.link,
                    author: report.author, body: report.bodyHTML, bodyIsHTML: true, published: report.published,
                    firstSeen: time, storyID: "story-\(report.eventIndex)"
                )
            }
        }
    }

    /// The items of each stored feed, with its id.
    func items(of feeds: [FeedRecord]) -> [[ItemRecord]] {
        zip(feeds, items).map { feed, items in
            items.map { item in
                var item = item
                item.feedID = feed.id
                return item
            }
        }
    }
}
