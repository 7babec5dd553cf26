import Timestamps

/// One item or seed as the index takes it in, and as a query is matched.
struct IndexedDocument {
    var itemID: String
    /// The source's small number, or -1 for an unnamed source (never "the same" as another).
    var source: Int32
    var published: Timestamp?
    var vector: TermVector
    var sketch: ShingleSketch
    var wordCount: Int
    /// Terms written as names in sentence-case text (none for Title Case headlines), ascending and distinct.
    var names: ArraySlice<Int32>
    /// Numbers of the headline and lead (see ``TokenizedText/figures(among:)``), ascending and distinct.
    var figures: ArraySlice<Int32>
    /// For seeds, the terms of the headline and lead that short items are checked against.
    var seedVocabulary: [Int32]?
}
