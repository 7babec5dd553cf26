import Store
import Timestamps

/// The store calls of one cycle, in the order and batches `FetchCycle` and
/// `OutputPublisher` make them (see Sources/Aggregator/Cycle/FetchCycle.swift).
extension FeedStore {
    /// A cycle in which every feed brought new items: per feed
    /// `recentItemTimes`, `unseen` and the placing of each new item, then the
    /// feed states saved with their placed items 128 feeds or 256 items at a
    /// time. Unlike the cycle, which writes a batch on a thread of its own while
    /// it places the next, this writes each batch before going on.
    /// Items carry in `storyID` the story they are to join.
    func storeNewItems(_ items: [[ItemRecord]], of feeds: [FeedRecord], at time: Timestamp) throws {
        var createdStories: Set<String> = []
        var feedItems = items.makeIterator()
        try saveInBatches(feeds) { feed in
            _ = try recentItemTimes(ofFeed: feed.id, limit: 20)
            let placed = try unseen(feedItems.next() ?? []).map { item in
                (item: item, placement: Self.placement(of: item, at: time, createdStories: &createdStories))
            }
            return (feed, placed)
        }
    }

    /// Each feed's state after `poll`, with the items it placed, saved as
    /// `FetchCycle` does: a transaction every 128 feeds or 256 new items, then the rest.
    private func saveInBatches(
        _ feeds: [FeedRecord],
        poll: (FeedRecord) throws -> (feed: FeedRecord, placed: [(item: ItemRecord, placement: StoryPlacement)])
    ) throws {
        var unsaved: [FeedRecord] = []
        var unsavedItems: [(item: ItemRecord, placement: StoryPlacement)] = []
        for feed in feeds {
            let (polled, placed) = try poll(feed)
            unsaved.append(polled)
            unsavedItems += placed
            if unsaved.count >= 128 || unsavedItems.count >= 256 {
                try save(unsaved, adding: unsavedItems)
                unsaved.removeAll(keepingCapacity: true)
                unsavedItems.removeAll(keepingCapacity: true)
            }
        }
        try save(unsaved, adding: unsavedItems)
    }

    /// A cycle in which every feed answered 304, then the publisher's reads
    /// of the newest 100 stories.
    func runUnchangedCycle(_ subscriptions: [Subscription], at time: Timestamp) throws {
        _ = try itemCount()
        try saveInBatches(try syncSubscriptions(subscriptions)) { feed in
            var checked = feed
            checked.lastChecked = time
            checked.lastStatus = 304
            _ = try recentItemTimes(ofFeed: feed.id, limit: 20)
            return (checked, [])
        }
        _ = try itemCount()
        let incremental = try outputFingerprint() == "benchmark"
        _ = try storyCount()
        _ = try newestStories(includeKnown: false, limit: 100)
        if incremental {
            _ = try storiesWithOutdatedPages()
            _ = try discoveryPositionsOfOutdatedPages()
        }
        try markPagesCurrent(fingerprint: "benchmark", at: time)
    }

    /// A first publication's reads: every story in discovery order, a page at
    /// a time, as `OutputPublisher` renders the archive (one worker here).
    func readEveryArchivePage(pageSize: Int) throws -> (stories: Int, members: Int) {
        let count = try storyCount()
        var read = (stories: 0, members: 0)
        for start in stride(from: 0, to: count, by: pageSize) {
            let page = try stories(atDiscoveryPositions: start..<min(start + pageSize, count))
            read.stories += page.count
            read.members += page.reduce(0) { $0 + $1.members.count }
        }
        return read
    }

    private static func placement(of item: ItemRecord, at time: Timestamp, createdStories: inout Set<String>) -> StoryPlacement {
        let storyID = item.storyID ?? item.id
        guard createdStories.insert(storyID).inserted else {
            let merge = MergeRecord(method: "similarWording", score: 0.42, sharedTerms: ["minister", "talks"], matchedItemID: storyID)
            return StoryPlacement(storyID: storyID, merge: merge, storyToCreate: nil, isKnownStory: false)
        }
        let story = StoryRecord(
            id: storyID, title: item.title, published: item.effectiveDate, updated: time, isKnown: false,
            leadItemID: item.id, articlePath: "articles/2025/06/01/\(storyID).html"
        )
        return StoryPlacement(storyID: storyID, merge: nil, storyToCreate: story, isKnownStory: false)
    }
}
