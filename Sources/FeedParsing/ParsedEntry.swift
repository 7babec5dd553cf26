public import Timestamps

/// One item or entry of a feed, normalised across formats.
public struct ParsedEntry: Sendable, Equatable {
    /// Identity: guid/id, else link, else a hash of title and date; never empty.
    public var key: String
    public var id: String?
    /// Text, XML-unescaped once.
    public var title: String?
    /// Absolute.
    public var link: String?
    public var published: Timestamp?
    public var updated: Timestamp?
    /// As delivered: XML-unescaped once, not stripped.
    public var summary: String?
    /// `content:encoded`, `atom:content` or an XHTML body, as delivered.
    public var content: String?
    /// Whether summary and content hold HTML (RSS description, Atom `html`/`xhtml`).
    public var contentIsHTML: Bool
    /// Display names, in document order.
    public var authors: [String]
    /// The same authors with every part the feed gave.
    public var people: [FeedPerson]
    public var categories: [String]
    public var enclosures: [Enclosure]

    public init(
        key: String = "", id: String? = nil, title: String? = nil, link: String? = nil,
        published: Timestamp? = nil, updated: Timestamp? = nil, summary: String? = nil, content: String? = nil,
        contentIsHTML: Bool = false, authors: [String] = [], people: [FeedPerson] = [],
        categories: [String] = [], enclosures: [Enclosure] = []
    ) {
        self.key = key
        self.id = id
        self.title = title
        self.link = link
        self.published = published
        self.updated = updated
        self.summary = summary
        self.content = content
        self.contentIsHTML = contentIsHTML
        self.authors = authors
        self.people = people
        self.categories = categories
        self.enclosures = enclosures
    }
}
