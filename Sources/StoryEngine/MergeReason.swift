/// Why an item joined an existing story, kept so a wrong merge can be understood.
public struct MergeReason: Sendable, Equatable {
    public enum Method: String, Sendable {
        /// The item was seen before (same id): an update, not a new report.
        case sameItem
        /// Another feed linked the same article (canonical URL).
        case sameURL
        /// A re-published copy of a member (MinHash of word shingles).
        case nearCopy
        /// Different words for the same event (TF-IDF similarity).
        case similarWording
        /// Matched a seed article of a known story.
        case seed
    }

    public var method: Method
    /// The similarity the decision was made on (1 for identity matches).
    public var score: Double
    /// The shared words that weighed most, strongest first.
    public var sharedTerms: [String]
    /// The member (or seed file name) the item matched best.
    public var matchedItemID: String

    public init(method: Method, score: Double, sharedTerms: [String], matchedItemID: String) {
        self.method = method
        self.score = score
        self.sharedTerms = sharedTerms
        self.matchedItemID = matchedItemID
    }
}
