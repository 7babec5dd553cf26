import StableHashing
import Testing
@testable import StoryEngine

@Suite struct ShingleSketchTests {
    let words = (1...40).map { "word\($0)" }

    private func sketch(_ words: [String]) -> ShingleSketch {
        ShingleSketch(wordHashes: words.map { StableHash.value(of: Array($0.utf8)) }, shingleLength: 3, size: 16)
    }

    @Test func identicalTextsResembleFully() {
        #expect(sketch(words).resemblance(to: sketch(words)) == 1)
    }

    @Test func aSmallEditKeepsMostShingles() {
        var edited = words
        edited[20] = "changed"
        let resemblance = sketch(words).resemblance(to: sketch(edited))
        #expect(resemblance > 0.6 && resemblance < 1)
    }

    @Test func unrelatedTextsShareNothing() {
        let other = (1...40).map { "other\($0)" }
        #expect(sketch(words).resemblance(to: sketch(other)) == 0)
    }
}
