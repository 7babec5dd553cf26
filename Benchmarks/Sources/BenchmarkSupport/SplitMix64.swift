#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A small seeded generator: the corpus must come out the same on every run
/// and machine, which the system generator does not promise.
public struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// A generator for one element of a family (the n-th report, the n-th
    /// event), so any element can be produced without producing those before it.
    public init(seed: UInt64, stream: Int) {
        var mixer = SplitMix64(seed: seed ^ (UInt64(truncatingIfNeeded: stream) &* 0x9E37_79B9_7F4A_7C15))
        state = mixer.next()
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension SplitMix64 {
    /// An index into `count` elements that favours the first ones, as a few
    /// names and places dominate the news of any week.
    mutating func skewedIndex(below count: Int) -> Int {
        let uniform = Double.random(in: 0..<1, using: &self)
        return min(count - 1, Int(uniform * uniform * uniform * Double(count)))
    }

    /// A length between `lower` and `upper`, log-uniform: most texts are
    /// short, a few are long.
    mutating func logUniform(_ lower: Int, _ upper: Int) -> Int {
        Int(exp(Double.random(in: log(Double(lower))..<log(Double(upper)), using: &self)))
    }

    mutating func chance(_ probability: Double) -> Bool {
        Double.random(in: 0..<1, using: &self) < probability
    }

    mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[Int.random(in: 0..<elements.count, using: &self)]
    }
}
