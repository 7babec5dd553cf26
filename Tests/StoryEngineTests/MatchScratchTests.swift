import Testing
@testable import StoryEngine

@Suite struct MatchScratchTests {
    private func vector(_ terms: [Int32], _ weights: [Float]) -> TermVector {
        TermVector(terms: terms[...], weights: weights.map(PackedWeight.init)[...])
    }

    @Test func theCentroidIsTheSumOfTheMembersAndStartsAfreshAfterEachDrain() {
        var scratch = MatchScratch()
        let query = vector([1, 2], [0.6, 0.8])
        scratch.load(query, vocabularySize: 6, documentCount: 0)
        scratch.addToCentroid(vector([1, 3], [0.6, 0.8]))
        scratch.addToCentroid(vector([1, 2], [0.6, 0.8]))
        // With a = 0.6 and b = 0.8 as packed: centroid (term 1: 2a, term 2: b, term 3: b),
        // dot 2a·a + b·b, length sqrt(4a² + 2b²).
        let a = PackedWeight(0.6).value, b = PackedWeight(0.8).value
        let expected = (2 * a * a + b * b) / (4 * a * a + 2 * b * b).squareRoot()
        #expect(abs(scratch.drainCentroidCosine() - expected) < 1e-6)

        scratch.addToCentroid(vector([3, 5], [0.6, 0.8]))
        #expect(scratch.drainCentroidCosine() == 0, "nothing of the first sum is left")
        scratch.addToCentroid(vector([2], [1]))
        #expect(abs(scratch.drainCentroidCosine() - b) < 1e-6)
        #expect(scratch.drainCentroidCosine() == 0, "an empty sum has no direction")
    }
}
