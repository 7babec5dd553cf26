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
    /// Story ids to their index in `stories`.
    var storyDirectory = KeylessIndex()
    /// Every item seen, expired ones included.
    var items = ItemDirectory()
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
        if let location = items.location(ofItem: item.id, in: documents) {
            let story = story(at: location)
            let reason = MergeReason(method: .sameItem, score: 1, sharedTerms: [], matchedItemID: item.id)
            return StoryAssignment(storyID: story.id, isNewStory: false, isKnownStory: story.isKnown, reason: reason)
        }
        let canonicalURL = item.url.flatMap(CanonicalURL.init)?.hashValue
        if let canonicalURL, let earlier = items.location(ofURL: canonicalURL) {
            let story = story(at: earlier)
            switch earlier {
            case .indexed(let slot):
                let newSlot = insert(document(for: item), into: documents.storyIndex(at: slot))
                items.add(item: item.id, urlHash: nil, at: .indexed(slot: newSlot))
            case .expired:
                items.add(item: item.id, urlHash: nil, at: .expired(itemID: item.id, storyID: story.id))
            }
            let reason = MergeReason(method: .sameURL, score: 1, sharedTerms: [], matchedItemID: itemID(at: earlier))
            return StoryAssignment(storyID: story.id, isNewStory: false, isKnownStory: story.isKnown, reason: reason)
        }
        let document = document(for: item)
        let match = bestMatch(for: document, amongKnownStoriesOnly: false)
        let storyIndex = match?.storyIndex ?? createStory(id: item.id, isKnown: false, firstMemberID: item.id)
        let slot = insert(document, into: storyIndex)
        items.add(item: item.id, urlHash: canonicalURL, at: .indexed(slot: slot))
        return StoryAssignment(
            storyID: storyID(of: storyIndex),
            isNewStory: match == nil,
            isKnownStory: stories[storyIndex].isKnown,
            reason: match.map { reason(for: $0, query: document) }
        )
    }

    /// Puts a stored item back into its story without matching, to rebuild the index at start-up.
    ///
    /// Restore items in their original order: document frequencies then grow as they did.
    public func restore(_ item: StoryItem, storyID: String) {
        guard items.location(ofItem: item.id, in: documents) == nil else { return }
        let storyIndex = storyIndex(ofStory: storyID)
            ?? createStory(id: storyID, isKnown: storyID.hasPrefix(StoryEngine.seedStoryPrefix), firstMemberID: item.id)
        let slot = insert(document(for: item), into: storyIndex)
        items.add(item: item.id, urlHash: item.url.flatMap(CanonicalURL.init)?.hashValue, at: .indexed(slot: slot))
    }

    func storyID(of storyIndex: Int) -> String {
        Self.storyID(of: stories[storyIndex], in: documents)
    }

    static func storyID(of story: StoryRecord, in documents: DocumentTable) -> String {
        story.explicitID ?? documents.itemID(at: story.firstMember)
    }

    func storyIndex(ofStory id: String) -> Int? {
        let index = storyDirectory.value(for: id) { index in
            let story = stories[Int(index)]
            if let explicitID = story.explicitID {
                return explicitID == id
            }
            return documents.itemID(at: story.firstMember, equals: id)
        }
        return index.map(Int.init)
    }

    /// The id of the story an item seen before joined, and whether it is known.
    private func story(at location: ItemDirectory.Location) -> (id: String, isKnown: Bool) {
        switch location {
        case .indexed(let slot):
            let storyIndex = documents.storyIndex(at: slot)
            return (storyID(of: storyIndex), stories[storyIndex].isKnown)
        case .expired(_, let storyID):
            // Seed stories never expire.
            return (storyID, false)
        }
    }

    private func itemID(at location: ItemDirectory.Location) -> String {
        switch location {
        case .indexed(let slot): documents.itemID(at: slot)
        case .expired(let itemID, _): itemID
        }
    }

    static let seedStoryPrefix = "seed:"
    static let undated = Int64.min
}
