/// Why an item joined the story it is in, kept so a wrong merge can be understood.
public struct MergeRecord: Sendable, Equatable {
    public var method: String
    public var score: Double
    public var sharedTerms: [String]
    public var matchedItemID: String

    public init(method: String, score: Double, sharedTerms: [String], matchedItemID: String) {
        self.method = method
        self.score = score
        self.sharedTerms = sharedTerms
        self.matchedItemID = matchedItemID
    }
}
