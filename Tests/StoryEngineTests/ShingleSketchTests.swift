import Testing
@testable import StoryEngine

@Suite struct ShingleSketchTests {
    let words = (1...40).map { "word\($0)" }

    @Test func identicalTextsResembleFully() {
        let sketch = ShingleSketch(words: words, shingleLength: 3, size: 16)
        #expect(sketch.resemblance(to: ShingleSketch(words: words, shingleLength: 3, size: 16)) == 1)
    }

    @Test func aSmallEditKeepsMostShingles() {
        var edited = words
        edited[20] = "changed"
        let resemblance = ShingleSketch(words: words, shingleLength: 3, size: 16)
            .resemblance(to: ShingleSketch(words: edited, shingleLength: 3, size: 16))
        #expect(resemblance > 0.6 && resemblance < 1)
    }

    @Test func unrelatedTextsShareNothing() {
        let other = (1...40).map { "other\($0)" }
        #expect(ShingleSketch(words: words, shingleLength: 3, size: 16)
            .resemblance(to: ShingleSketch(words: other, shingleLength: 3, size: 16)) == 0)
    }
}
