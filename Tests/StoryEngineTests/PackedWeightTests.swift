import Testing
@testable import StoryEngine

@Suite struct PackedWeightTests {
    @Test(arguments: [Float(0.000_01), 0.0123, 0.1, 0.333_333, 0.5, 0.707_107, 0.999_99, 1])
    func aWeightComesBackWithinHalfAStep(_ weight: Float) {
        #expect(abs(PackedWeight(weight).value - weight) <= 0.5 / 65_535 + 1e-7)
    }

    @Test func packingAnUnpackedWeightChangesNothing() {
        for weight in stride(from: Float(0), through: 1, by: 0.000_37) {
            let packed = PackedWeight(weight)
            #expect(PackedWeight(packed.value) == packed)
        }
    }

    // The matcher reads a zero weight as "the query lacks the term".
    @Test func onlyZeroPacksToZero() {
        #expect(PackedWeight(0).value == 0)
        #expect(PackedWeight(1e-9).value > 0)
        #expect(PackedWeight(-0.5).value == 0)
        #expect(PackedWeight(1.000_1).value == 1)
    }
}
