extension StoryEngine {
    /// The reason recorded for a merge: the decision's score and the shared terms that weighed most.
    func reason(for match: StoryMatch, query: IndexedDocument) -> MergeReason {
        let member = documents[match.memberSlot]
        // Both vectors' terms ascend, so one merge pass finds the shared ones.
        var shared: [(term: Int32, weight: Float)] = []
        var queryIndex = 0
        for index in member.vector.terms.indices {
            let term = member.vector.terms[index]
            while queryIndex < query.vector.terms.count && query.vector.terms[queryIndex] < term {
                queryIndex += 1
            }
            if queryIndex < query.vector.terms.count && query.vector.terms[queryIndex] == term {
                shared.append((term, query.vector.weights[queryIndex] * member.vector.weights[index]))
            }
        }
        let strongest = shared
            .sorted { $0.weight > $1.weight }
            .prefix(configuration.reasonTermCount)
            .map { vocabulary.term($0.term) }
        return MergeReason(
            method: match.method, score: Double(match.score), sharedTerms: strongest, matchedItemID: member.itemID
        )
    }
}
