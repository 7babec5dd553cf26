import Testing
@testable import StoryEngine

@Suite struct PostingListsTests {
    private func slots(of term: Int32, in lists: PostingLists) -> [Int32] {
        var slots: [Int32] = []
        lists.forEach(of: term) { slots.append($0.slot) }
        return slots
    }

    @Test func aTermNeverIndexedHasNoPostings() {
        var lists = PostingLists()
        lists.append(Posting(slot: 0, weight: PackedWeight(1)), to: 2, retiringBeyond: .max)
        #expect(lists.count(of: 0) == 0 && lists.count(of: 9) == 0)
        #expect(slots(of: 9, in: lists).isEmpty)
    }

    // 70,000 postings over seven interleaved lists fill several blocks per
    // list and more than one chunk, so every boundary is crossed.
    @Test func interleavedListsKeepTheirOwnPostingsInOrder() {
        var lists = PostingLists()
        for slot in 0..<70_000 {
            lists.append(Posting(slot: Int32(slot), weight: PackedWeight(Float(slot % 7) / 10)), to: Int32(slot % 7), retiringBeyond: .max)
        }
        for term in Int32(0)..<7 {
            let expected = stride(from: term, to: 70_000, by: 7).map { $0 }
            #expect(lists.count(of: term) == expected.count)
            #expect(slots(of: term, in: lists) == expected)
        }
        var weights: [PackedWeight] = []
        lists.forEach(of: 4) { weights.append($0.weight) }
        #expect(weights.count == 10_000 && weights.allSatisfy { $0 == PackedWeight(0.4) })
    }

    // Term 0 outgrows the limit after its blocks of 4, 8 and 16; term 1 then
    // grows into those blocks, so a reused block must not keep old postings.
    @Test func aRetiredListCountsOnAndLendsItsBlocksToOthers() {
        var lists = PostingLists()
        for slot in 0..<40 {
            lists.append(Posting(slot: Int32(slot), weight: PackedWeight(1)), to: 0, retiringBeyond: 28)
        }
        #expect(lists.isRetired(0))
        #expect(lists.count(of: 0) == 40)
        #expect(slots(of: 0, in: lists).isEmpty)
        for slot in 100..<160 {
            lists.append(Posting(slot: Int32(slot), weight: PackedWeight(0.5)), to: 1, retiringBeyond: 100)
        }
        #expect(!lists.isRetired(1))
        #expect(slots(of: 1, in: lists) == Array(100..<160))
    }
}
