extension StoryEngine {
    /// The reason recorded for a merge: the decision's score and the shared terms that weighed most.
    func reason(for match: StoryMatch, query: IndexedDocument) -> MergeReason {
        let member = documents[match.memberSlot]
        var queryWeights: [Int32: Float] = [:]
        for index in query.vector.terms.indices {
            queryWeights[query.vector.terms[index]] = query.vector.weights[index]
        }
        let shared = member.vector.terms.indices
            .compactMap { index -> (term: Int32, weight: Float)? in
                let term = member.vector.terms[index]
                return queryWeights[term].map { (term, $0 * member.vector.weights[index]) }
            }
            .sorted { $0.weight > $1.weight }
            .prefix(configuration.reasonTermCount)
            .map { vocabulary.terms[Int($0.term)] }
        return MergeReason(
            method: match.method, score: Double(match.score), sharedTerms: Array(shared), matchedItemID: member.itemID
        )
    }
}
