public import Timestamps

/// One entry of one feed, as stored.
public struct ItemRecord: Sendable, Equatable {
    /// Stable across runs: derived from the feed's subscribed URL and the entry's key.
    public var id: String
    public var feedID: Int64
    /// The parser's identity for the entry (guid, id, link or a hash).
    public var key: String
    public var title: String
    public var link: String?
    public var author: String?
    /// The entry's content or summary as the feed delivered it.
    public var body: String?
    public var bodyIsHTML: Bool
    public var published: Timestamp?
    public var firstSeen: Timestamp
    public var storyID: String?
    public var merge: MergeRecord?

    public init(
        id: String, feedID: Int64, key: String, title: String, link: String? = nil, author: String? = nil,
        body: String? = nil, bodyIsHTML: Bool = false, published: Timestamp? = nil, firstSeen: Timestamp,
        storyID: String? = nil, merge: MergeRecord? = nil
    ) {
        self.id = id
        self.feedID = feedID
        self.key = key
        self.title = title
        self.link = link
        self.author = author
        self.body = body
        self.bodyIsHTML = bodyIsHTML
        self.published = published
        self.firstSeen = firstSeen
        self.storyID = storyID
        self.merge = merge
    }

    /// When the item happened, as far as we know: its own date, else when we first saw it.
    public var effectiveDate: Timestamp { published ?? firstSeen }
}
