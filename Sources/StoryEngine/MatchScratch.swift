/// Buffers reused by every match, so a query allocates almost nothing: the
/// query's weights spread over a dense array, partial scores per document,
/// and a story's centroid summed over the same terms.
struct MatchScratch {
    private(set) var weights: [Float] = []
    private var partialScores: [Float] = []
    private var touched: [Int32] = []
    private var centroid: [Float] = []
    private var centroidTerms: [Int32] = []

    /// Spreads `vector` over the dense weights, after growing every buffer to the index's size.
    mutating func load(_ vector: TermVector, vocabularySize: Int, documentCount: Int) {
        Self.grow(&weights, to: vocabularySize)
        Self.grow(&centroid, to: vocabularySize)
        Self.grow(&partialScores, to: documentCount)
        for index in vector.terms.indices {
            weights[Int(vector.terms[index])] = vector.weights[index].value
        }
    }

    mutating func unload(_ vector: TermVector) {
        for term in vector.terms {
            weights[Int(term)] = 0
        }
    }

    mutating func accumulate(_ score: Float, for slot: Int32) {
        if partialScores[Int(slot)] == 0 {
            touched.append(slot)
        }
        partialScores[Int(slot)] += score
    }

    /// The documents whose accumulated score reaches `floor`, at most `limit`
    /// of them (the best); clears the scores for the next query.
    mutating func drainCandidates(reaching floor: Float, limit: Int) -> [Int] {
        var best = BoundedBest(capacity: limit)
        for slot in touched {
            let score = partialScores[Int(slot)]
            if score >= floor {
                best.offer(score, slot: Int(slot))
            }
            partialScores[Int(slot)] = 0
        }
        touched.removeAll(keepingCapacity: true)
        return best.slots
    }

    /// Adds a member's vector to the centroid being summed (after ``load(_:vocabularySize:documentCount:)``).
    mutating func addToCentroid(_ vector: TermVector) {
        for index in vector.terms.indices {
            let term = Int(vector.terms[index])
            let old = centroid[term]
            centroid[term] = old + vector.weights[index].value
            if old == 0 && centroid[term] != 0 {
                centroidTerms.append(vector.terms[index])
            }
        }
    }

    /// The cosine between the loaded query and the centroid summed since the
    /// last call; clears the sum.
    mutating func drainCentroidCosine() -> Float {
        var dot: Float = 0
        var squaredLength: Float = 0
        for term in centroidTerms {
            let weight = centroid[Int(term)]
            dot += weight * weights[Int(term)]
            squaredLength += weight * weight
            centroid[Int(term)] = 0
        }
        centroidTerms.removeAll(keepingCapacity: true)
        return squaredLength > 0 ? dot / squaredLength.squareRoot() : 0
    }

    /// Zeros appended up to `count`; a buffer never shrinks.
    private static func grow(_ buffer: inout [Float], to count: Int) {
        if buffer.count < count {
            buffer.append(contentsOf: repeatElement(0, count: count - buffer.count))
        }
    }
}
