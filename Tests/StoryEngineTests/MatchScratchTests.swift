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
        // Weights are kept to 1/65,535, hence the tolerance.
        // centroid (term 1: 1.2, term 2: 0.8, term 3: 0.8): dot 0.72 + 0.64, length sqrt(1.44 + 0.64 + 0.64)
        let expected: Float = (0.72 + 0.64) / (1.44 + 0.64 + 0.64 as Float).squareRoot()
        #expect(abs(scratch.drainCentroidCosine() - expected) < 1e-4)

        scratch.addToCentroid(vector([3, 5], [0.6, 0.8]))
        #expect(scratch.drainCentroidCosine() == 0, "nothing of the first sum is left")
        scratch.addToCentroid(vector([2], [1]))
        #expect(abs(scratch.drainCentroidCosine() - 0.8) < 1e-4)
        #expect(scratch.drainCentroidCosine() == 0, "an empty sum has no direction")
    }
}
