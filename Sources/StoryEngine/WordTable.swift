import StableHashing

/// UTF-8 words numbered densely in the order they are first added.
///
/// Looks a word up by its bytes in an open-addressing table, so the per-word
/// work of tokenising never builds a `String` or runs the seeded `Hasher`;
/// the words themselves share one contiguous byte buffer.
///
/// The table lives as long as the daemon and grows with every name the news
/// brings, so a bucket is 8 bytes: what tells words apart cheaply (part of
/// the hash and the length) next to the word's number, and the bytes are
/// compared only when those agree, which is almost always the word itself.
struct WordTable {
    private struct Bucket {
        static let empty = Bucket(tag: 0, identifierPlusOne: 0)

        /// 24 bits of the hash above the length (capped at 255).
        var tag: UInt32
        /// 0 for an empty bucket.
        var identifierPlusOne: Int32

        static func tag(hash: UInt64, length: Int) -> UInt32 {
            UInt32(truncatingIfNeeded: hash >> 40) << 8 | UInt32(min(length, 255))
        }
    }

    /// Each word's bytes, in identifier order. Their hashes are not kept:
    /// hashing a word again when asked is cheaper than 8 more bytes per word
    /// for as long as the daemon runs.
    private var words = PackedRuns<UInt8>()
    /// A power of two of them, kept at most three quarters full: with the tag
    /// in the bucket, a probe past another word rarely leaves its cache line.
    private var buckets = [Bucket](repeating: .empty, count: 1_024)

    var count: Int { words.count }

    /// The number of `word`, adding it when new. Bytes in place: the tokenizer
    /// looks up every word it reads in its own buffer.
    mutating func identifier(for word: UnsafeBufferPointer<UInt8>) -> (identifier: Int32, isNew: Bool) {
        let hash = StableHash.value(of: word)
        let tag = Bucket.tag(hash: hash, length: word.count)
        var index = bucketIndex(of: hash)
        while case let bucket = buckets[index], bucket.identifierPlusOne != 0 {
            if bucket.tag == tag && words.run(Int(bucket.identifierPlusOne - 1), equals: word) {
                return (bucket.identifierPlusOne - 1, false)
            }
            index = (index + 1) & (buckets.count - 1)
        }
        let identifier = Int32(words.count)
        words.append(contentsOf: word)
        buckets[index] = Bucket(tag: tag, identifierPlusOne: identifier + 1)
        if words.count * 4 > buckets.count * 3 {
            grow()
        }
        return (identifier, true)
    }

    /// The FNV-1a hash of word `identifier`'s bytes.
    func hash(of identifier: Int32) -> UInt64 {
        StableHash.value(of: words[Int(identifier)])
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
            let word = words[identifier]
            let hash = StableHash.value(of: word)
            var index = bucketIndex(of: hash)
            while buckets[index].identifierPlusOne != 0 {
                index = (index + 1) & (buckets.count - 1)
            }
            buckets[index] = Bucket(tag: Bucket.tag(hash: hash, length: word.count), identifierPlusOne: Int32(identifier) + 1)
        }
    }
}
