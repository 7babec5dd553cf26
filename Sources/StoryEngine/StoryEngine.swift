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
    /// Every item in the index, by id and by canonical URL.
    var items = ItemDirectory()
    var scratch = MatchScratch()

    public init(configuration: StoryEngineConfiguration = StoryEngineConfiguration()) {
        self.configuration = configuration
        vocabulary = Vocabulary(priorDocumentCount: configuration.priorDocumentCount)
    }

    /// Items held in the index (seeds not counted).
    public var itemCount: Int { documents.count - seedSlots.count }

    /// Places `item` in the story it reports, or starts a new story with it.
    public func assign(_ item: StoryItem) -> StoryAssignment {
        if let slot = items.slot(ofItem: item.id, in: documents) {
            let storyIndex = documents.storyIndex(at: slot)
            let reason = MergeReason(method: .sameItem, score: 1, sharedTerms: [], matchedItemID: item.id)
            return assignment(to: storyIndex, isNewStory: false, reason: reason)
        }
        let canonicalURL = item.url.flatMap(CanonicalURL.init)?.hashValue
        if let canonicalURL, let earlier = items.slot(ofURL: canonicalURL) {
            let storyIndex = documents.storyIndex(at: earlier)
            let newSlot = insert(document(for: item), into: storyIndex)
            items.add(item: item.id, urlHash: nil, at: newSlot)
            let reason = MergeReason(method: .sameURL, score: 1, sharedTerms: [], matchedItemID: documents.itemID(at: earlier))
            return assignment(to: storyIndex, isNewStory: false, reason: reason)
        }
        let document = document(for: item)
        let match = bestMatch(for: document, amongKnownStoriesOnly: false)
        let storyIndex = match?.storyIndex ?? createStory(id: item.id, isKnown: false, firstMemberID: item.id)
        let slot = insert(document, into: storyIndex)
        items.add(item: item.id, urlHash: canonicalURL, at: slot)
        return assignment(to: storyIndex, isNewStory: match == nil, reason: match.map { reason(for: $0, query: document) })
    }

    private func assignment(to storyIndex: Int, isNewStory: Bool, reason: MergeReason?) -> StoryAssignment {
        StoryAssignment(
            storyID: storyID(of: storyIndex), isNewStory: isNewStory, isKnownStory: stories[storyIndex].isKnown, reason: reason
        )
    }

    /// Puts a stored item back into its story without matching, to rebuild the index at start-up.
    ///
    /// Restore items in their original order: document frequencies then grow as they did.
    public func restore(_ item: StoryItem, storyID: String) {
        guard items.slot(ofItem: item.id, in: documents) == nil else { return }
        let storyIndex = storyIndex(ofStory: storyID)
            ?? createStory(id: storyID, isKnown: storyID.hasPrefix(StoryEngine.seedStoryPrefix), firstMemberID: item.id)
        let slot = insert(document(for: item), into: storyIndex)
        items.add(item: item.id, urlHash: item.url.flatMap(CanonicalURL.init)?.hashValue, at: slot)
    }

    func storyID(of storyIndex: Int) -> String {
        stories[storyIndex].explicitID ?? documents.itemID(at: stories[storyIndex].firstMember)
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

    static let seedStoryPrefix = "seed:"
    static let undated = Int64.min
}
