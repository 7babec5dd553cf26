extension StoryEngine {
    /// The reason recorded for a merge: the decision's score and the shared terms that weighed most.
    func reason(for match: StoryMatch, query: IndexedDocument) -> MergeReason {
        let member = documents.vector(at: match.memberSlot)
        let queryTerms = query.vector.terms
        // Both vectors' terms ascend, so one merge pass finds the shared ones.
        var shared: [(term: Int32, weight: Float)] = []
        var queryIndex = queryTerms.startIndex
        for index in member.terms.indices {
            let term = member.terms[index]
            while queryIndex < queryTerms.endIndex && queryTerms[queryIndex] < term {
                queryIndex += 1
            }
            if queryIndex < queryTerms.endIndex && queryTerms[queryIndex] == term {
                shared.append((term, query.vector.weights[queryIndex].value * member.weights[index].value))
            }
        }
        let strongest = shared
            .sorted { $0.weight > $1.weight }
            .prefix(configuration.reasonTermCount)
            .map { vocabulary.term($0.term) }
        return MergeReason(
            method: match.method, score: Double(match.score), sharedTerms: strongest, matchedItemID: documents.itemID(at: match.memberSlot)
        )
    }
}
