/// Buffers reused by every match, so a query allocates almost nothing: the
/// query's weights spread over a dense array, and visit marks for candidates.
struct MatchScratch {
    private(set) var weights: [Float] = []
    private var visits: [UInt32] = []
    private var epoch: UInt32 = 0

    /// Spreads `vector` over the dense weights and starts a new round of visits.
    mutating func load(_ vector: TermVector, vocabularySize: Int, documentCount: Int) {
        if weights.count < vocabularySize {
            weights.append(contentsOf: repeatElement(0, count: vocabularySize - weights.count))
        }
        if visits.count < documentCount {
            visits.append(contentsOf: repeatElement(0, count: documentCount - visits.count))
        }
        for index in vector.terms.indices {
            weights[Int(vector.terms[index])] = vector.weights[index]
        }
        epoch &+= 1
        if epoch == 0 {
            visits = [UInt32](repeating: 0, count: visits.count)
            epoch = 1
        }
    }

    mutating func unload(_ vector: TermVector) {
        for term in vector.terms {
            weights[Int(term)] = 0
        }
    }

    /// True the first time `slot` is visited in this round.
    mutating func visit(_ slot: Int32) -> Bool {
        guard visits[Int(slot)] != epoch else { return false }
        visits[Int(slot)] = epoch
        return true
    }

    /// Forgets every visit mark, for when the slots have been renumbered.
    mutating func resetVisits() {
        visits = []
    }
}
