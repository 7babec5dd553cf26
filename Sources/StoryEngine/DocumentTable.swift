import Timestamps

/// The index's documents, column by column. A document is a slot number; its
/// variable-length parts (vector, sketch, names, figures) sit end to end in arrays
/// shared by every document.
///
/// A long-running daemon adds documents between allocations of every other
/// kind: kept as a few large arrays that grow geometrically, the index neither
/// pays an allocation header per part nor pins heap pages the rest of a cycle
/// freed.
///
/// Views handed out (``vector(at:)``, ``sketch(at:)``, ``names(at:)``, ``figures(at:)``) share
/// the columns' storage: let them go before the next ``append(_:storyIndex:)``,
/// which would otherwise copy the columns.
struct DocumentTable {
    /// Per slot, what candidate generation filters on, side by side.
    private(set) var origins: [DocumentOrigin] = []
    /// Per slot, the publication time cut to a ``CoarseTimeFilter`` code.
    private(set) var coarseTimes: [UInt16] = []
    private var storyIndices: [Int32] = []
    /// Per slot, the next member of its story (a later slot), or -1 after its last.
    private var nextMembers: [Int32] = []
    /// UTF-8, so an id costs its length rather than a string object.
    private var itemIDs = PackedRuns<UInt8>()
    private var wordCounts: [Int32] = []
    private var terms = PackedRuns<Int32>()
    /// The weights of `terms`, at the same places in `terms.elements`.
    private var weights: [PackedWeight] = []
    private var sketches = PackedRuns<UInt16>()
    private var names = PackedRuns<Int32>()
    private var figures = PackedRuns<Int32>()
    /// Only seeds have one, and there are few of them.
    private var seedVocabularies: [Int: [Int32]] = [:]

    var count: Int { storyIndices.count }

    /// Adds `document` as the next slot.
    mutating func append(_ document: IndexedDocument, storyIndex: Int) {
        let slot = count
        origins.append(DocumentOrigin(time: document.published?.secondsSince1970 ?? StoryEngine.undated, source: document.source))
        coarseTimes.append(CoarseTimeFilter.code(for: document.published?.secondsSince1970))
        storyIndices.append(Int32(storyIndex))
        nextMembers.append(-1)
        itemIDs.append(contentsOf: document.itemID.utf8)
        wordCounts.append(Int32(document.wordCount))
        terms.append(contentsOf: document.vector.terms)
        weights.append(contentsOf: document.vector.weights)
        sketches.append(contentsOf: document.sketch.hashes)
        names.append(contentsOf: document.names)
        figures.append(contentsOf: document.figures)
        if let seedVocabulary = document.seedVocabulary {
            seedVocabularies[slot] = seedVocabulary
        }
    }

    func storyIndex(at slot: Int) -> Int { Int(storyIndices[slot]) }

    /// Makes `slot` the member that follows `previous` in their story.
    mutating func chain(_ slot: Int, after previous: Int) {
        nextMembers[previous] = Int32(slot)
    }

    /// The slots of a story's members in the order they joined, from its first.
    func members(from first: Int) -> UnfoldSequence<Int, (Int?, Bool)> {
        sequence(first: first) { slot in
            let next = nextMembers[slot]
            return next < 0 ? nil : Int(next)
        }
    }

    func itemID(at slot: Int) -> String { String(decoding: itemIDs[slot], as: UTF8.self) }

    func itemID(at slot: Int, equals id: String) -> Bool {
        var id = id
        return id.withUTF8 { itemIDs.run(slot, equals: $0) }
    }

    func wordCount(at slot: Int) -> Int { Int(wordCounts[slot]) }

    func isSeed(at slot: Int) -> Bool { seedVocabularies[slot] != nil }

    func seedVocabulary(at slot: Int) -> [Int32]? { seedVocabularies[slot] }

    func vector(at slot: Int) -> TermVector {
        let range = terms.range(of: slot)
        return TermVector(terms: terms.elements[range], weights: weights[range])
    }

    func sketch(at slot: Int) -> ShingleSketch {
        ShingleSketch(hashes: sketches[slot])
    }

    func names(at slot: Int) -> ArraySlice<Int32> {
        names[slot]
    }

    func figures(at slot: Int) -> ArraySlice<Int32> {
        figures[slot]
    }
}
