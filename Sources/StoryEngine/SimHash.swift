/// Charikar's SimHash over word shingles: re-published wire copies land a few
/// bits apart even after an outlet edits a word or two.
struct SimHash: Equatable {
    let bits: UInt64

    /// Hashes every run of `shingleLength` consecutive words (the whole text when shorter).
    init(words: [String], shingleLength: Int) {
        guard !words.isEmpty else {
            bits = 0
            return
        }
        let length = min(shingleLength, words.count)
        var tally = [Int](repeating: 0, count: 64)
        for start in 0...(words.count - length) {
            var hash = SimHash.offsetBasis
            for word in words[start..<start + length] {
                hash = SimHash.fnv1a(word, seed: hash)
            }
            hash = SimHash.mix(hash)
            for bit in 0..<64 {
                tally[bit] += (hash >> UInt64(bit)) & 1 == 1 ? 1 : -1
            }
        }
        var bits: UInt64 = 0
        for bit in 0..<64 where tally[bit] > 0 {
            bits |= 1 << UInt64(bit)
        }
        self.bits = bits
    }

    func distance(to other: SimHash) -> Int {
        (bits ^ other.bits).nonzeroBitCount
    }

    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325

    // FNV-1a: stable across runs and processes, unlike Swift's seeded Hasher.
    private static func fnv1a(_ word: String, seed: UInt64) -> UInt64 {
        var hash = seed
        for byte in word.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        hash ^= 0x20
        return hash &* 0x0000_0100_0000_01B3
    }

    // FNV's low bits are poorly spread; a SplitMix64 finaliser evens all 64 out.
    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
