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
        lists.append(Posting(slot: 0, weight: 1), to: 2)
        #expect(lists.count(of: 0) == 0 && lists.count(of: 9) == 0)
        #expect(slots(of: 9, in: lists).isEmpty)
    }

    // 70,000 postings over seven interleaved lists fill several blocks per
    // list and more than one chunk, so every boundary is crossed.
    @Test func interleavedListsKeepTheirOwnPostingsInOrder() {
        var lists = PostingLists()
        for slot in 0..<70_000 {
            lists.append(Posting(slot: Int32(slot), weight: Float(slot % 7)), to: Int32(slot % 7))
        }
        for term in Int32(0)..<7 {
            let expected = stride(from: term, to: 70_000, by: 7).map { $0 }
            #expect(lists.count(of: term) == expected.count)
            #expect(slots(of: term, in: lists) == expected)
        }
        var weights: Set<Float> = []
        lists.forEach(of: 4) { weights.insert($0.weight) }
        #expect(weights == [4])
    }
}
