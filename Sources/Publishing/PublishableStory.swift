public import Timestamps

/// A story as the publisher shows it: the lead report, the other outlets that
/// reported the same event, and why they were grouped.
public struct PublishableStory: Sendable, Equatable {
    /// Stable across runs (its first item's id, `item-<hash>`, or `seed:<file>`);
    /// every output's identifier for the story is derived from it.
    public var storyID: String
    public var title: String
    public var published: Timestamp
    /// Moves when a new source joins, and only then, so readers never see churn.
    public var updated: Timestamp
    public var lead: SourceReport {
        didSet { leadBody = SanitizedBody(of: lead) }
    }
    /// The lead's body as every output shows it, sanitised once per story.
    public private(set) var leadBody: SanitizedBody
    public var others: [SourceReport]
    public var categories: [String]
    /// A human sentence, e.g. "TASS reports the same event (score 0.42; shared terms: oman, mcgurk).".
    public var groupingReason: String?
    /// Relative to the output folder: `articles/YYYY/MM/DD/<slug>-<hash>.html` (see ``ArticlePath``).
    public var articlePath: String

    public init(
        storyID: String,
        title: String,
        published: Timestamp,
        updated: Timestamp,
        lead: SourceReport,
        others: [SourceReport] = [],
        categories: [String] = [],
        groupingReason: String? = nil,
        articlePath: String
    ) {
        self.storyID = storyID
        self.title = title
        self.published = published
        self.updated = updated
        self.lead = lead
        leadBody = SanitizedBody(of: lead)
        self.others = others
        self.categories = categories
        self.groupingReason = groupingReason
        self.articlePath = articlePath
    }

    /// The lead report first, then the others in their order.
    public var sources: [SourceReport] { [lead] + others }
}
