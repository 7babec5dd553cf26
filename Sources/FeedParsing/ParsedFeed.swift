public import Timestamps

/// A feed document, normalised across formats.
public struct ParsedFeed: Sendable, Equatable {
    public var version: FeedVersion
    /// feedparser's "bozo": the input was not well-formed or its encoding was wrong, and was recovered.
    public var isRecovered: Bool
    /// The first problem met, e.g. `line 12: Opening and ending tag mismatch: b and i`.
    public var recoveryNote: String?
    public var title: String?
    /// The site (alternate) link, absolute.
    public var link: String?
    public var id: String?
    public var updated: Timestamp?
    /// RSS `<ttl>`.
    public var timeToLiveMinutes: Int?
    /// Set when guids were blank or repeated and the feed fell back to links or hashes.
    public var identityNote: String?
    /// The character encoding the bytes were read in.
    public var encoding: String
    public var entries: [ParsedEntry]

    public init(
        version: FeedVersion = .unknown, isRecovered: Bool = false, recoveryNote: String? = nil,
        title: String? = nil, link: String? = nil, id: String? = nil, updated: Timestamp? = nil,
        timeToLiveMinutes: Int? = nil, identityNote: String? = nil, encoding: String = "utf-8",
        entries: [ParsedEntry] = []
    ) {
        self.version = version
        self.isRecovered = isRecovered
        self.recoveryNote = recoveryNote
        self.title = title
        self.link = link
        self.id = id
        self.updated = updated
        self.timeToLiveMinutes = timeToLiveMinutes
        self.identityNote = identityNote
        self.encoding = encoding
        self.entries = entries
    }
}
