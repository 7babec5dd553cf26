public import Timestamps

/// One report handed to the engine: a feed entry in the daemon, a JSON line in `aggregator dedup`.
public struct StoryItem: Sendable, Equatable {
    /// Unique and stable: the same entry fetched again carries the same id.
    public var id: String
    /// The feed or outlet; two items of one source are never merged on each other's strength.
    public var source: String
    public var title: String
    /// Summary or body as plain text.
    public var text: String
    public var url: String?
    public var published: Timestamp?

    public init(id: String, source: String, title: String, text: String, url: String?, published: Timestamp?) {
        self.id = id
        self.source = source
        self.title = title
        self.text = text
        self.url = url
        self.published = published
    }
}
