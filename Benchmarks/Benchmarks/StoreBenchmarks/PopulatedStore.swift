import BenchmarkSupport
import Store
import Timestamps

/// A store in a scratch folder after a cold cycle over `feedCount` feeds.
final class PopulatedStore {
    let folder: ScratchFolder
    let store: FeedStore
    let set: SyntheticSubscriptions
    /// The stored feeds' items, with their feed ids.
    let items: [[ItemRecord]]

    init(feedCount: Int, at time: Timestamp) throws {
        folder = try ScratchFolder()
        store = try FeedStore(directory: folder.path)
        set = SyntheticSubscriptions(feedCount: feedCount, seenAt: time)
        let feeds = try store.syncSubscriptions(set.subscriptions)
        items = set.items(of: feeds)
        try store.storeNewItems(items, of: feeds, at: time)
    }
}
