import Testing
import Timestamps
@testable import StoryEngine

@Suite struct DocumentTableTests {
    private func document(
        _ id: String, terms: [Int32], sketch: [UInt16] = [], names: [Int32] = [], figures: [Int32] = [],
        seedVocabulary: [Int32]? = nil, published: Timestamp? = nil
    ) -> IndexedDocument {
        IndexedDocument(
            itemID: id, source: 7, published: published,
            vector: TermVector(terms: terms[...], weights: terms.map { PackedWeight(Float($0) / 10) }[...]),
            sketch: ShingleSketch(hashes: sketch[...]), wordCount: terms.count * 2,
            names: names[...], figures: figures[...], seedVocabulary: seedVocabulary
        )
    }

    private func table() -> DocumentTable {
        var table = DocumentTable()
        table.append(document("a", terms: [1, 4, 9], sketch: [3, 5], names: [4], published: Timestamp(secondsSince1970: 100)), storyIndex: 0)
        table.append(document("b", terms: [], seedVocabulary: [2, 3]), storyIndex: 5)
        table.append(document("c", terms: [2, 3], sketch: [1], names: [2, 3], figures: [3]), storyIndex: 0)
        return table
    }

    @Test func eachSlotReadsBackItsOwnParts() {
        let table = table()
        #expect(table.count == 3)
        #expect(Array(table.vector(at: 0).terms) == [1, 4, 9])
        #expect(Array(table.vector(at: 0).weights) == [0.1, 0.4, 0.9].map(PackedWeight.init))
        #expect(table.vector(at: 1).terms.isEmpty)
        #expect(Array(table.vector(at: 2).terms) == [2, 3])
        #expect(Array(table.sketch(at: 0).hashes) == [3, 5])
        #expect(table.sketch(at: 1).hashes.isEmpty)
        #expect(Array(table.sketch(at: 2).hashes) == [1])
        #expect(Array(table.names(at: 0)) == [4])
        #expect(Array(table.names(at: 2)) == [2, 3])
        #expect(table.figures(at: 0).isEmpty)
        #expect(Array(table.figures(at: 2)) == [3])
        #expect(table.itemID(at: 2) == "c")
        #expect(table.storyIndex(at: 1) == 5)
        #expect(table.wordCount(at: 0) == 6)
        #expect(table.isSeed(at: 1) && !table.isSeed(at: 0))
        #expect(table.seedVocabulary(at: 1) == [2, 3])
    }

    @Test func aStorysMembersFollowEachOtherInTheOrderTheyJoined() {
        var table = table()
        table.chain(2, after: 0)
        table.append(document("d", terms: [5]), storyIndex: 0)
        table.chain(3, after: 2)
        #expect(Array(table.members(from: 0)) == [0, 2, 3])
        #expect(Array(table.members(from: 2)) == [2, 3])
        #expect(Array(table.members(from: 1)) == [1])
    }

    @Test func timesGoToTheFilterColumns() {
        let table = table()
        #expect(table.origins[0].time == 100 && table.origins[0].source == 7)
        #expect(table.origins[1].time == StoryEngine.undated)
        #expect(table.coarseTimes[1] == CoarseTimeFilter.checkInFull)
    }
}
