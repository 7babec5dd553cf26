/// Bounds that keep a hostile or broken feed from costing unbounded time or memory.
public struct FeedParserLimits: Sendable {
    /// Longest text kept for one field, in UTF-8 bytes; longer text is cut at a character boundary.
    public var maxFieldBytes: Int
    /// Entries beyond this count are ignored.
    public var maxEntries: Int
    /// Elements nested deeper than this are skipped with their content.
    public var maxDepth: Int
    /// References to entities declared in the document's own DTD; past this the parse stops.
    public var maxEntityExpansions: Int

    public init(
        maxFieldBytes: Int = 2 << 20,
        maxEntries: Int = 5_000,
        maxDepth: Int = 100,
        maxEntityExpansions: Int = 10_000
    ) {
        self.maxFieldBytes = maxFieldBytes
        self.maxEntries = maxEntries
        self.maxDepth = maxDepth
        self.maxEntityExpansions = maxEntityExpansions
    }
}
