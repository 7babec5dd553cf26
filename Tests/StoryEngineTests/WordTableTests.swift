import StableHashing
import Testing
@testable import StoryEngine

@Suite struct WordTableTests {
    @Test func numbersWordsInTheOrderTheyFirstOccur() {
        var table = WordTable()
        let words = ["quake", "qeshm", "quake", "earthquakes", "earthquaked", "q", "qeshm"]
        let identifiers = words.map { table.identifier(for: $0) }
        #expect(identifiers.map { $0.identifier } == [0, 1, 0, 2, 3, 4, 1])
        #expect(identifiers.map { $0.isNew } == [true, true, false, true, true, true, false])
        #expect((0..<5).map { table.word($0) } == ["quake", "qeshm", "earthquakes", "earthquaked", "q"])
    }

    /// These two words of one length share the hash bits a bucket keeps and
    /// their first bucket in a new table, so only their bytes tell them apart.
    @Test func comparesTheBytesOfWordsWhoseBucketsAgree() {
        var table = WordTable()
        let words = ["w048379", "w184815"]
        let hashes = words.map { StableHash.value(of: Array($0.utf8)) }
        #expect(hashes[0] >> 40 == hashes[1] >> 40)
        #expect((hashes[0] ^ hashes[0] >> 32) & 1_023 == (hashes[1] ^ hashes[1] >> 32) & 1_023)
        #expect(words.map { table.identifier(for: $0).identifier } == [0, 1])
        #expect(table.word(1) == "w184815")
    }

    @Test func keepsEveryWordThroughGrowth() {
        var table = WordTable()
        let words = (0..<5_000).map { "word\($0)" }
        for word in words {
            _ = table.identifier(for: word)
        }
        #expect(table.count == words.count)
        #expect(words.indices.allSatisfy { table.identifier(for: words[$0]) == (Int32($0), false) })
        #expect(table.hash(of: 42) == StableHash.value(of: Array(words[42].utf8)))
    }
}

private extension WordTable {
    /// The tokenizer hands the table bytes in place; these tests hand it words.
    mutating func identifier(for word: String) -> (identifier: Int32, isNew: Bool) {
        var word = word
        return word.withUTF8 { identifier(for: $0) }
    }
}
