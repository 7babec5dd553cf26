public import Timestamps

/// A story: one real-world event, reported by one or more items.
public struct StoryRecord: Sendable, Equatable {
    public var id: String
    public var title: String
    /// The first report's date.
    public var published: Timestamp
    /// When the newest source joined; moves only then.
    public var updated: Timestamp
    /// A seed story: known before any feed reported it, not published as new.
    public var isKnown: Bool
    public var leadItemID: String?
    /// Fixed when the story is created so links stay valid whatever joins later.
    public var articlePath: String

    public init(
        id: String, title: String, published: Timestamp, updated: Timestamp, isKnown: Bool,
        leadItemID: String?, articlePath: String
    ) {
        self.id = id
        self.title = title
        self.published = published
        self.updated = updated
        self.isKnown = isKnown
        self.leadItemID = leadItemID
        self.articlePath = articlePath
    }
}
