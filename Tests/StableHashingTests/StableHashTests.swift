import FoundationEssentials
import StableHashing
import Testing

@Suite("Stable hash")
struct StableHashTests {
    /// FNV-1a's published 64-bit test vectors: names and ids made from these
    /// hashes must not change between releases.
    @Test func matchesTheReferenceVectors() {
        #expect(StableHash.hex(of: "") == "cbf29ce484222325")
        #expect(StableHash.hex(of: "a") == "af63dc4c8601ec8c")
        #expect(StableHash.hex(of: "foobar") == "85944171f73967e8")
        #expect(StableHash.hex(of: "a", digits: 10) == "af63dc4c86")
        #expect(StableHash.value(of: Array("a".utf8)) == 0xaf63_dc4c_8601_ec8c)
    }

    @Test func bytesHashAlikeWhateverHoldsThem() {
        let text = "Iran–US talks in Oman"
        let expected = StableHash.hex(of: text)
        #expect(StableHash.hex(of: Data(text.utf8)) == expected)
        #expect(StableHash.hex(of: Array(text.utf8)) == expected)
        #expect(StableHash.hex(of: AnySequence(text.utf8)) == expected, "a sequence without contiguous storage")
    }
}
