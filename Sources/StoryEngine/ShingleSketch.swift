/// A bottom-k MinHash sketch of a document's word shingles: the `size`
/// smallest shingle hashes. Two sketches estimate the Jaccard resemblance of
/// the shingle sets, which stays high for a wire story re-published with a
/// word or two changed (exactly, when the documents have fewer shingles than `size`).
///
/// The index holds a sketch per document, so each hash is kept to its upper 16
/// bits, which keeps their order. Two distinct shingles may then look alike,
/// but a near-copy needs most of the sketch shared: unrelated documents would
/// need a dozen such coincidences, and a pair near the threshold gains one with
/// odds of a few in a hundred, a step of 1/16 that the estimate's own error
/// exceeds. A quarter of the memory of the full hashes.
struct ShingleSketch {
    /// Ascending.
    let hashes: ArraySlice<UInt16>

    static let empty = ShingleSketch(hashes: [])

    init(hashes: ArraySlice<UInt16>) {
        self.hashes = hashes
    }

    /// `wordHashes` are the FNV-1a hashes of the document's words, in order.
    init(wordHashes: [UInt64], shingleLength: Int, size: Int) {
        guard !wordHashes.isEmpty else {
            hashes = []
            return
        }
        let length = min(shingleLength, wordHashes.count)
        var shingles: [UInt64] = []
        shingles.reserveCapacity(wordHashes.count - length + 1)
        for start in 0...(wordHashes.count - length) {
            var hash: UInt64 = 0
            for offset in 0..<length {
                hash ^= ShingleSketch.mix(wordHashes[start + offset] &+ UInt64(offset))
            }
            shingles.append(hash)
        }
        shingles.sort()
        var smallest: [UInt16] = []
        smallest.reserveCapacity(min(size, shingles.count))
        var previous: UInt64?
        for hash in shingles where smallest.count < size && previous != hash {
            smallest.append(UInt16(truncatingIfNeeded: hash >> 48))
            previous = hash
        }
        hashes = smallest[...]
    }

    /// Estimated |A ∩ B| / |A ∪ B| of the two shingle sets, from the smallest hashes of their union.
    func resemblance(to other: ShingleSketch) -> Float {
        let size = max(hashes.count, other.hashes.count)
        var mine = hashes.startIndex
        var theirs = other.hashes.startIndex
        var taken = 0
        var shared = 0
        while taken < size && (mine < hashes.endIndex || theirs < other.hashes.endIndex) {
            if theirs == other.hashes.endIndex || (mine < hashes.endIndex && hashes[mine] < other.hashes[theirs]) {
                mine += 1
            } else if mine == hashes.endIndex || other.hashes[theirs] < hashes[mine] {
                theirs += 1
            } else {
                shared += 1
                mine += 1
                theirs += 1
            }
            taken += 1
        }
        return taken == 0 ? 0 : Float(shared) / Float(taken)
    }

    // SplitMix64's finaliser spreads every input bit over all 64 output bits.
    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
