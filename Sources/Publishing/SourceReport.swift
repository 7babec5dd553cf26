public import Timestamps

/// One outlet's report of a story, as its feed delivered it.
public struct SourceReport: Sendable, Equatable {
    /// The feed's title, shown as the outlet's name.
    public var outlet: String
    /// The feed's site link.
    public var outletURL: String?
    /// The feed's own URL: `atom:source` needs an id for the feed.
    public var feedURL: String
    public var title: String
    /// The article link.
    public var url: String?
    public var published: Timestamp?
    public var author: String?
    /// The report's content or summary as the feed delivered it, still unsanitised.
    public var body: String?
    public var bodyIsHTML: Bool

    public init(
        outlet: String,
        outletURL: String? = nil,
        feedURL: String,
        title: String,
        url: String? = nil,
        published: Timestamp? = nil,
        author: String? = nil,
        body: String? = nil,
        bodyIsHTML: Bool = false
    ) {
        self.outlet = outlet
        self.outletURL = outletURL
        self.feedURL = feedURL
        self.title = title
        self.url = url
        self.published = published
        self.author = author
        self.body = body
        self.bodyIsHTML = bodyIsHTML
    }
}
