/// A document's weighted term counts, gathered through a dense array indexed
/// by term (reused from document to document) instead of a dictionary.
struct TermCounter {
    /// Per term, its place in `terms`, or -1 when the document has not used it.
    private var places: [Int32] = []
    private var terms: [Int32] = []
    private var counts: [Float] = []

    mutating func add(_ term: Int32, weight: Float) {
        if places.count <= Int(term) {
            places.append(contentsOf: repeatElement(-1, count: Int(term) + 1 - places.count))
        }
        let place = places[Int(term)]
        if place < 0 {
            places[Int(term)] = Int32(terms.count)
            terms.append(term)
            counts.append(weight)
        } else {
            counts[Int(place)] += weight
        }
    }

    /// The terms counted, in ascending order, with their counts; starts the next document empty.
    mutating func drain() -> (terms: [Int32], counts: [Float]) {
        let sortedTerms = terms.sorted()
        let sortedCounts = sortedTerms.map { counts[Int(places[Int($0)])] }
        for term in terms {
            places[Int(term)] = -1
        }
        terms.removeAll(keepingCapacity: true)
        counts.removeAll(keepingCapacity: true)
        return (sortedTerms, sortedCounts)
    }
}
