import StableHashing

/// UTF-8 words numbered densely in the order they are first added.
///
/// Looks a word up by its bytes in an open-addressing table, so the per-word
/// work of tokenising never builds a `String` or runs the seeded `Hasher`;
/// the words themselves share one contiguous byte buffer.
struct WordTable {
    /// A word's first eight bytes, its length and part of its hash, next to
    /// its number: a word of up to eight bytes (most of them) is found or
    /// told apart without a second memory read.
    private struct Bucket {
        static let empty = Bucket(head: 0, tag: 0, identifierPlusOne: 0)

        var head: UInt64
        /// 24 bits of the hash above the length (capped at 255).
        var tag: UInt32
        /// 0 for an empty bucket.
        var identifierPlusOne: Int32

        init(head: UInt64, tag: UInt32, identifierPlusOne: Int32) {
            self.head = head
            self.tag = tag
            self.identifierPlusOne = identifierPlusOne
        }

        init(word: [UInt8], hash: UInt64, identifier: Int32) {
            self.init(
                head: Bucket.head(of: word), tag: Bucket.tag(of: word, hash: hash), identifierPlusOne: identifier + 1
            )
        }

        static func head(of word: [UInt8]) -> UInt64 {
            var head: UInt64 = 0
            for index in 0..<min(word.count, 8) {
                head |= UInt64(word[index]) << (8 * UInt64(index))
            }
            return head
        }

        static func tag(of word: [UInt8], hash: UInt64) -> UInt32 {
            UInt32(truncatingIfNeeded: hash >> 40) << 8 | UInt32(min(word.count, 255))
        }
    }

    /// Each word's bytes, in identifier order.
    private var words = PackedRuns<UInt8>()
    private var hashes: [UInt64] = []
    /// A power of two of them, kept at most half full.
    private var buckets = [Bucket](repeating: .empty, count: 1_024)

    var count: Int { words.count }

    /// The number of `word`, adding it when new.
    mutating func identifier(for word: [UInt8]) -> (identifier: Int32, isNew: Bool) {
        let hash = StableHash.value(of: word)
        let head = Bucket.head(of: word)
        let tag = Bucket.tag(of: word, hash: hash)
        var index = bucketIndex(of: hash)
        while case let bucket = buckets[index], bucket.identifierPlusOne != 0 {
            if bucket.tag == tag && bucket.head == head
                && (word.count <= 8 || words.run(Int(bucket.identifierPlusOne - 1), equals: word)) {
                return (bucket.identifierPlusOne - 1, false)
            }
            index = (index + 1) & (buckets.count - 1)
        }
        let identifier = Int32(words.count)
        words.append(contentsOf: word)
        hashes.append(hash)
        buckets[index] = Bucket(head: head, tag: tag, identifierPlusOne: identifier + 1)
        if words.count * 2 > buckets.count {
            grow()
        }
        return (identifier, true)
    }

    /// The FNV-1a hash of word `identifier`'s bytes.
    func hash(of identifier: Int32) -> UInt64 {
        hashes[Int(identifier)]
    }

    func word(_ identifier: Int32) -> String {
        String(decoding: words[Int(identifier)], as: UTF8.self)
    }

    private func bucketIndex(of hash: UInt64) -> Int {
        // FNV-1a's low bits vary least; fold the high half in.
        Int(truncatingIfNeeded: hash ^ (hash >> 32)) & (buckets.count - 1)
    }

    private mutating func grow() {
        buckets = [Bucket](repeating: .empty, count: buckets.count * 2)
        for identifier in 0..<words.count {
            let word = Array(words[identifier])
            var index = bucketIndex(of: hashes[identifier])
            while buckets[index].identifierPlusOne != 0 {
                index = (index + 1) & (buckets.count - 1)
            }
            buckets[index] = Bucket(word: word, hash: hashes[identifier], identifier: Int32(identifier))
        }
    }
}
