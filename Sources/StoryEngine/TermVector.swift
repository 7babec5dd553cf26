#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

/// A sparse, L2-normalised TF-IDF vector: term identifiers in ascending order
/// with their weights, at the same indices of the two slices.
struct TermVector {
    var terms: ArraySlice<Int32>
    var weights: ArraySlice<PackedWeight>

    init(terms: ArraySlice<Int32>, weights: ArraySlice<PackedWeight>) {
        self.terms = terms
        self.weights = weights
    }

    /// Sublinear term frequencies weighted by the vocabulary's current IDF; `terms` ascending.
    init(terms: [Int32], frequencies: [Float], vocabulary: Vocabulary) {
        let weights = terms.indices.map { index in
            (1 + logf(frequencies[index])) * vocabulary.inverseDocumentFrequency(of: terms[index])
        }
        let length = weights.reduce(0) { $0 + $1 * $1 }.squareRoot()
        self.terms = terms[...]
        self.weights = weights.map { PackedWeight(length > 0 ? $0 / length : $0) }[...]
    }

    /// Whether the vector has a weight for `term` (binary search: terms are sorted).
    func contains(_ term: Int32) -> Bool {
        var low = terms.startIndex
        var high = terms.endIndex
        while low < high {
            let middle = (low + high) / 2
            if terms[middle] < term {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low < terms.endIndex && terms[low] == term
    }

    /// The dot product with a query spread over a dense array indexed by term.
    func dot(_ dense: [Float]) -> Float {
        var sum: Float = 0
        for index in terms.indices {
            sum += weights[index].value * dense[Int(terms[index])]
        }
        return sum
    }
}
