import Publishing
public import Store
public import StoryEngine
import Timestamps

/// Keeps the story engine in step with the store: replays stored items at
/// start-up, and turns the engine's verdict on a new item into what the
/// store records (the story row, the merge reason).
public final class StoryTracker {
    private var engine: StoryEngine
    private let configuration: StoryEngineConfiguration
    private let seeds: [SeedArticle]
    private var seedsByStory: [String: SeedArticle] = [:]
    /// Hands each stored item whose story new items may join to `visit`, in
    /// the order they were stored, until `visit` returns false.
    public typealias StoredItems = (_ visit: (ItemRecord) -> Bool) throws(StoreError) -> Void

    private let restore: StoredItems?
    /// Whether the next ``prepare()`` has to read stored items into the index.
    private(set) var needsPreparing: Bool
    /// The store's item count when the index last held every stored item;
    /// nil until the index is first rebuilt.
    private var inStepWithItemCount: Int?

    /// - Parameter restore: loads the stored items whose stories new items may
    ///   join; called before the first item is placed, so a cycle that brings
    ///   nothing new never pays for rebuilding the index, and again only when
    ///   another process has stored items since (see ``resync(storedItemCount:)``).
    public init(
        configuration: StoryEngineConfiguration = StoryEngineConfiguration(),
        seeds: [SeedArticle],
        restore: StoredItems? = nil
    ) {
        self.restore = restore
        self.configuration = configuration
        self.seeds = seeds
        needsPreparing = restore != nil
        engine = Self.engine(configuration: configuration, seeds: seeds)
        // The engine names a group of seeds after its first file, so keying
        // every seed by its own name finds each group's title and date.
        for seed in seeds {
            seedsByStory["seed:" + seed.fileName] = seed
        }
    }

    public var itemCount: Int { engine.itemCount }

    /// Words of an item's text the engine reads; new items are prepared with it.
    var leadTextWords: Int { configuration.leadTextWords }

    private static func engine(configuration: StoryEngineConfiguration, seeds: [SeedArticle]) -> StoryEngine {
        let engine = StoryEngine(configuration: configuration)
        engine.addSeeds(seeds)
        return engine
    }

    /// Empties the index, for a one-shot cycle that has placed its items and
    /// publishes next: kept, a large index adds its size to the publication's
    /// peak memory. A later ``prepare()`` rebuilds it.
    func releaseIndex() {
        engine = Self.engine(configuration: configuration, seeds: seeds)
        needsPreparing = restore != nil
        inStepWithItemCount = nil
    }

    /// Rebuilds the engine's index from the store, if that has not happened
    /// yet or the store gained items from another process since. Items the
    /// index holds already are skipped, so catching up costs one read.
    ///
    /// - Returns: false when a stopping daemon interrupted the rebuild, which
    ///   takes seconds for a large store: the index is then incomplete, no
    ///   item may be placed, and the next call carries on where this one stopped.
    func prepare(isStopRequested: () -> Bool = { Task.isStopRequested }) throws(StoreError) -> Bool {
        guard needsPreparing, let restore else { return true }
        var position = 0
        var stopped = false
        try restore { item in
            if position % Self.itemsBetweenStopChecks == 0 && isStopRequested() {
                stopped = true
                return false
            }
            position += 1
            if let storyID = item.storyID {
                engine.restore(NewItem.storyItem(for: item, leadTextWords: leadTextWords), storyID: storyID)
            }
            return true
        }
        guard !stopped else { return false }
        needsPreparing = false
        return true
    }

    static let itemsBetweenStopChecks = 1024

    /// Compares the store's item count, read under the cycle lock, with the
    /// count the index was last in step with: a difference means a one-shot
    /// `fetch` stored items this long-lived index has not seen, and the next
    /// ``prepare()`` reads them, so they are joined instead of duplicated.
    public func resync(storedItemCount: Int) {
        if let known = inStepWithItemCount, known != storedItemCount {
            needsPreparing = restore != nil
        }
    }

    /// Records the store's item count at the end of a cycle, still under the
    /// cycle lock, when the index holds every stored item.
    public func markInStep(storedItemCount: Int) {
        guard !needsPreparing else { return }
        inStepWithItemCount = storedItemCount
    }

    func place(_ newItem: NewItem, seenAt now: Timestamp) -> StoryPlacement {
        let item = newItem.record
        let assignment = engine.assign(newItem.storyItem)
        let merge = assignment.reason.map {
            MergeRecord(method: $0.method.rawValue, score: $0.score, sharedTerms: $0.sharedTerms, matchedItemID: $0.matchedItemID)
        }
        let story: StoryRecord?
        if assignment.isNewStory {
            story = StoryRecord(
                id: assignment.storyID, title: item.title, published: item.effectiveDate, updated: now,
                isKnown: false, leadItemID: item.id,
                articlePath: ArticlePath.make(title: item.title, published: item.effectiveDate, storyID: assignment.storyID)
            )
        } else if assignment.isKnownStory, let seed = seedsByStory[assignment.storyID] {
            let published = seed.published ?? item.effectiveDate
            story = StoryRecord(
                id: assignment.storyID, title: seed.title, published: published, updated: now,
                isKnown: true, leadItemID: nil,
                articlePath: ArticlePath.make(title: seed.title, published: published, storyID: assignment.storyID)
            )
        } else {
            story = nil
        }
        return StoryPlacement(
            storyID: assignment.storyID, merge: merge, storyToCreate: story, isKnownStory: assignment.isKnownStory
        )
    }
}
