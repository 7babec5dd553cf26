public import Timestamps

/// One outlet's report, as a feed would carry it.
public struct SyntheticReport: Sendable {
    /// Unique in the corpus; also the entry's guid.
    public var id: String
    /// Which of the stream's outlets published it.
    public var feedIndex: Int
    /// The event it reports: reports of one event share it, and a report that
    /// stands alone has an event of its own.
    public var eventIndex: Int
    public var title: String
    /// The opening sentences as plain text.
    public var lead: String
    /// The whole text as an HTML fragment: the lead, then paragraphs, links,
    /// images, lists, code, entities and non-ASCII text.
    public var bodyHTML: String
    public var link: String
    public var author: String
    public var categories: [String]
    public var published: Timestamp
}
