public import FeedFetching
public import Store

/// What cycles work with: the store, the fetcher and the story index.
/// `aggregator fetch` opens them for its one cycle; the daemon keeps them
/// from cycle to cycle, so the index is rebuilt from the store only once.
public final class CycleResources {
    public let store: FeedStore
    public let fetcher: FeedFetcher
    public let tracker: StoryTracker

    init(store: FeedStore, fetcher: FeedFetcher, tracker: StoryTracker) {
        self.store = store
        self.fetcher = fetcher
        self.tracker = tracker
    }

    /// Ends the fetcher's transfers and its thread; the store closes with the last reference.
    public func shutdown() {
        fetcher.shutdown()
    }
}
