/// The inverted index: for each term, the documents using it, in the order
/// they were added.
///
/// A list is a chain of blocks that double in size (4 postings, then 8, up to
/// 4,096), and every block sits in fixed-size chunks shared by all terms. A
/// daemon adds postings to thousands of lists between a cycle's other
/// allocations: an array per term would reallocate each list as it grows and
/// leave the freed copies as holes that pin heap pages; chunks never move, so
/// adding to the index never copies it either.
///
/// A posting's slot and weight sit in parallel chunks: together they would be
/// padded to 8 bytes, apart they take 6.
///
/// A list that grows well past the length worth searching is retired: its
/// blocks go to lists still growing, and from then on only its count goes
/// up. Most postings belong to the few hundred terms that common, and
/// matching never reads them.
struct PostingLists {
    private static let chunkShift = 16
    private static let chunkSize = 1 << chunkShift
    private static let firstBlockSize: Int32 = 4
    private static let largestBlockSize: Int32 = 4096
    /// In `firstBlocks` and `lastBlocks`, for a retired list.
    private static let retiredList: Int32 = -2

    private var slotChunks: [[Int32]] = []
    private var weightChunks: [[PackedWeight]] = []
    /// Postings taken in the last chunk.
    private var lastChunkUsed = chunkSize

    /// Per block: its first posting (chunk number shifted left by `chunkShift`, plus the place in the chunk),
    /// its capacity, how many postings it holds, and the next block of its list (-1 for none).
    private var blockStarts: [Int32] = []
    private var blockCapacities: [Int32] = []
    private var blockCounts: [Int32] = []
    private var nextBlocks: [Int32] = []
    /// Blocks of retired lists, by size (4 postings, 8, ... 4,096), to reuse.
    private var freeBlocks: [[Int32]] = Array(
        repeating: [], count: largestBlockSize.trailingZeroBitCount - firstBlockSize.trailingZeroBitCount + 1
    )

    /// Per term: its first and last block (-1 for none) and its number of postings.
    private var firstBlocks: [Int32] = []
    private var lastBlocks: [Int32] = []
    private var counts: [Int32] = []

    /// The number of documents using `term` (0 for a term never indexed).
    func count(of term: Int32) -> Int {
        Int(term) < counts.count ? Int(counts[Int(term)]) : 0
    }

    /// Whether `term`'s list grew too long once and no longer holds its postings.
    func isRetired(_ term: Int32) -> Bool {
        Int(term) < firstBlocks.count && firstBlocks[Int(term)] == PostingLists.retiredList
    }

    /// Adds `posting` to the list of `term`, or retires the list instead if it
    /// would hold more than `limit` postings.
    mutating func append(_ posting: Posting, to term: Int32, retiringBeyond limit: Int) {
        let term = Int(term)
        if term >= counts.count {
            let missing = term + 1 - counts.count
            firstBlocks.append(contentsOf: repeatElement(-1, count: missing))
            lastBlocks.append(contentsOf: repeatElement(-1, count: missing))
            counts.append(contentsOf: repeatElement(0, count: missing))
        }
        counts[term] += 1
        guard firstBlocks[term] != PostingLists.retiredList else { return }
        guard counts[term] <= limit else {
            retire(term)
            return
        }
        var block = Int(lastBlocks[term])
        if block < 0 {
            block = newBlock(capacity: PostingLists.firstBlockSize)
            firstBlocks[term] = Int32(block)
            lastBlocks[term] = Int32(block)
        } else if blockCounts[block] == blockCapacities[block] {
            let next = newBlock(capacity: min(blockCapacities[block] * 2, PostingLists.largestBlockSize))
            nextBlocks[block] = Int32(next)
            lastBlocks[term] = Int32(next)
            block = next
        }
        let start = Int(blockStarts[block]) + Int(blockCounts[block])
        let chunk = start >> PostingLists.chunkShift
        let offset = start & (PostingLists.chunkSize - 1)
        slotChunks[chunk][offset] = posting.slot
        weightChunks[chunk][offset] = posting.weight
        blockCounts[block] += 1
    }

    /// Calls `body` with each posting of `term`, oldest first.
    func forEach(of term: Int32, _ body: (Posting) -> Void) {
        guard Int(term) < firstBlocks.count else { return }
        var block = Int(firstBlocks[Int(term)])
        while block >= 0 {
            let start = Int(blockStarts[block])
            let chunk = start >> PostingLists.chunkShift
            let offset = start & (PostingLists.chunkSize - 1)
            for index in offset..<(offset + Int(blockCounts[block])) {
                body(Posting(slot: slotChunks[chunk][index], weight: weightChunks[chunk][index]))
            }
            block = Int(nextBlocks[block])
        }
    }

    private mutating func retire(_ term: Int) {
        var block = Int(firstBlocks[term])
        while block >= 0 {
            freeBlocks[PostingLists.sizeClass(of: blockCapacities[block])].append(Int32(block))
            block = Int(nextBlocks[block])
        }
        firstBlocks[term] = PostingLists.retiredList
        lastBlocks[term] = PostingLists.retiredList
    }

    private static func sizeClass(of capacity: Int32) -> Int {
        capacity.trailingZeroBitCount - firstBlockSize.trailingZeroBitCount
    }

    private mutating func newBlock(capacity: Int32) -> Int {
        if let reused = freeBlocks[PostingLists.sizeClass(of: capacity)].popLast() {
            blockCounts[Int(reused)] = 0
            nextBlocks[Int(reused)] = -1
            return Int(reused)
        }
        if lastChunkUsed + Int(capacity) > PostingLists.chunkSize {
            slotChunks.append(Array(repeating: 0, count: PostingLists.chunkSize))
            weightChunks.append(Array(repeating: PackedWeight(0), count: PostingLists.chunkSize))
            lastChunkUsed = 0
        }
        blockStarts.append(Int32(((slotChunks.count - 1) << PostingLists.chunkShift) + lastChunkUsed))
        blockCapacities.append(capacity)
        blockCounts.append(0)
        nextBlocks.append(-1)
        lastChunkUsed += Int(capacity)
        return blockStarts.count - 1
    }
}
