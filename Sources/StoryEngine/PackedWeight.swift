/// A term's weight in an L2-normalised vector, so within 0...1, in 16 bits.
///
/// The index keeps a weight for every term of every document twice (in the
/// document's vector and in the term's posting). Steps of 1/65,535 are far
/// finer than anything a score is compared with, at half a `Float`'s memory.
struct PackedWeight: Equatable {
    private static let steps: Float = 65_535

    private var code: UInt16

    init(_ weight: Float) {
        // Zero means "the term is absent" to the matcher, so a positive weight never rounds to it.
        code = weight > 0 ? UInt16(min(Self.steps, max(1, (weight * Self.steps).rounded()))) : 0
    }

    var value: Float { Float(code) * (1 / Self.steps) }
}
