import Timestamps

/// Groups reports of the same event into stories, against the seed corpus and
/// every item seen before, and says why it merged each one.
///
/// Single-threaded: the caller serialises access.
public final class StoryEngine {
    let configuration: StoryEngineConfiguration
    var tokenizer = Tokenizer()
    var vocabulary: Vocabulary
    var termCounter = TermCounter()
    var documents = DocumentTable()
    var postings = PostingLists()
    var sourceIDs: [String: Int32] = [:]
    var seedSlots: [Int] = []
    var stories: [StoryRecord] = []
    var storyIndices: [String: Int] = [:]
    /// Every item id ever seen, expired ones included, so an old entry fetched
    /// again is recognised instead of coming back as a new story.
    var itemStories: [String: String] = [:]
    /// A canonical URL's hash to the id of the first item that carried it;
    /// kept after expiry like `itemStories`. The URL's text would be a second
    /// copy of every link; its hash is seeded per process, so a collision (odds
    /// near n²/2⁶⁵) is no more likely for a URL a feed made up on purpose.
    var urlItems: [Int: String] = [:]
    /// The newest publication time seen: the age of undated items is measured from it.
    var newestTime: Timestamp?
    var scratch = MatchScratch()

    public init(configuration: StoryEngineConfiguration = StoryEngineConfiguration()) {
        self.configuration = configuration
        vocabulary = Vocabulary(priorDocumentCount: configuration.priorDocumentCount)
    }

    /// Items held in the index (seeds not counted).
    public var itemCount: Int { documents.count - seedSlots.count }

    /// Places `item` in the story it reports, or starts a new story with it.
    public func assign(_ item: StoryItem) -> StoryAssignment {
        if let storyID = itemStories[item.id] {
            let reason = MergeReason(method: .sameItem, score: 1, sharedTerms: [], matchedItemID: item.id)
            return StoryAssignment(storyID: storyID, isNewStory: false, isKnownStory: isKnown(storyID), reason: reason)
        }
        let canonicalURL = item.url.flatMap(CanonicalURL.init)?.hashValue
        if let canonicalURL, let earlierItem = urlItems[canonicalURL], let storyID = itemStories[earlierItem] {
            if let storyIndex = storyIndices[storyID] {
                insert(document(for: item), into: storyIndex)
            }
            itemStories[item.id] = storyID
            let reason = MergeReason(method: .sameURL, score: 1, sharedTerms: [], matchedItemID: earlierItem)
            return StoryAssignment(storyID: storyID, isNewStory: false, isKnownStory: isKnown(storyID), reason: reason)
        }
        let document = document(for: item)
        let match = bestMatch(for: document, amongKnownStoriesOnly: false)
        let storyIndex = match?.storyIndex ?? createStory(id: item.id, isKnown: false)
        insert(document, into: storyIndex)
        itemStories[item.id] = stories[storyIndex].id
        if let canonicalURL {
            urlItems[canonicalURL] = urlItems[canonicalURL] ?? item.id
        }
        return StoryAssignment(
            storyID: stories[storyIndex].id,
            isNewStory: match == nil,
            isKnownStory: stories[storyIndex].isKnown,
            reason: match.map { reason(for: $0, query: document) }
        )
    }

    /// Puts a stored item back into its story without matching, to rebuild the index at start-up.
    ///
    /// Restore items in their original order: document frequencies then grow as they did.
    public func restore(_ item: StoryItem, storyID: String) {
        guard itemStories[item.id] == nil else { return }
        let storyIndex = storyIndices[storyID] ?? createStory(id: storyID, isKnown: isKnown(storyID))
        insert(document(for: item), into: storyIndex)
        itemStories[item.id] = storyID
        if let canonicalURL = item.url.flatMap(CanonicalURL.init)?.hashValue {
            urlItems[canonicalURL] = urlItems[canonicalURL] ?? item.id
        }
    }

    func isKnown(_ storyID: String) -> Bool {
        storyIndices[storyID].map { stories[$0].isKnown } ?? storyID.hasPrefix(StoryEngine.seedStoryPrefix)
    }

    static let seedStoryPrefix = "seed:"
    static let undated = Int64.min
}
