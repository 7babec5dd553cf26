import Timestamps

extension StoryEngine {
    /// The story `query` reports, if any: a near-copy first, then the best
    /// story by similarity whose nearest member passes the rare-term guard.
    func bestMatch(for query: IndexedDocument, amongKnownStoriesOnly: Bool) -> StoryMatch? {
        scratch.load(query.vector, vocabularySize: vocabulary.count, documentCount: documents.count)
        defer { scratch.unload(query.vector) }
        var tallies: [Int: StoryTally] = [:]
        var nearCopy: (slot: Int, distance: Int)?
        for slot in candidateSlots(for: query) {
            let member = documents[slot]
            guard !amongKnownStoriesOnly || stories[member.storyIndex].isKnown,
                  query.source.isEmpty || member.source != query.source,
                  let closeness = closeness(query, member)
            else { continue }
            if isNearCopy(query, member) {
                let distance = query.simHash.distance(to: member.simHash)
                if nearCopy.map({ distance < $0.distance }) ?? true {
                    nearCopy = (slot, distance)
                }
            }
            var similarity = member.vector.dot(scratch.weights)
            if let seedVocabulary = member.seedVocabulary {
                similarity = max(similarity, coverage(by: seedVocabulary) * configuration.seedCoverageScale)
            }
            similarity += configuration.timeProximityBonus * closeness
            tallies[member.storyIndex, default: StoryTally()]
                .record(similarity, closeness: closeness, slot: slot, keeping: configuration.supportingMembers)
        }
        if let nearCopy {
            return StoryMatch(
                storyIndex: documents[nearCopy.slot].storyIndex, memberSlot: nearCopy.slot,
                score: 1 - Float(nearCopy.distance) / 64, method: .nearCopy
            )
        }
        let ranked = tallies
            .map { (storyIndex: $0.key, tally: $0.value, centroid: centroidSimilarity(query, stories[$0.key]), score: $0.value.score(storySize: stories[$0.key].members.count, centroidSimilarity: centroidSimilarity(query, stories[$0.key]), configuration: configuration)) }
            .filter { $0.score >= configuration.joinThreshold && $0.centroid + configuration.timeProximityBonus * $0.tally.bestCloseness >= configuration.centroidGate }
            .sorted { $0.score > $1.score }
        for candidate in ranked where passesRareTermGuard(documents[candidate.tally.bestSlot]) {
            let member = documents[candidate.tally.bestSlot]
            return StoryMatch(
                storyIndex: candidate.storyIndex, memberSlot: candidate.tally.bestSlot,
                score: candidate.score, method: member.isSeed ? .seed : .similarWording
            )
        }
        return nil
    }

    private func centroidSimilarity(_ query: IndexedDocument, _ story: StoryRecord) -> Float {
        guard story.centroidLength > 0 else { return 0 }
        var sum: Float = 0
        for index in query.vector.terms.indices {
            sum += query.vector.weights[index] * (story.centroid[query.vector.terms[index]] ?? 0)
        }
        return sum / story.centroidLength
    }

    /// Documents sharing at least one rare term with the query: the guard turns
    /// down every other document anyway, and common terms have the longest postings.
    private func candidateSlots(for query: IndexedDocument) -> [Int] {
        var slots: [Int] = []
        // Terms new with this query have no postings yet.
        for term in query.vector.terms
        where Int(term) < postings.count && vocabulary.inverseDocumentFrequency(of: term) >= configuration.rareTermIDF {
            for slot in postings[Int(term)] where scratch.visit(slot) {
                slots.append(Int(slot))
            }
        }
        return slots
    }

    /// 0...1 for two dated documents inside the time window (1 when published
    /// together), 0 when either is undated, nil when they are too far apart.
    private func closeness(_ query: IndexedDocument, _ member: IndexedDocument) -> Float? {
        guard let queryTime = query.published, let memberTime = member.published else { return 0 }
        let gap = abs(queryTime.secondsSince1970 - memberTime.secondsSince1970)
        guard gap <= configuration.timeWindowSeconds else { return nil }
        return 1 - Float(gap) / Float(configuration.timeWindowSeconds)
    }

    private func isNearCopy(_ query: IndexedDocument, _ member: IndexedDocument) -> Bool {
        min(query.wordCount, member.wordCount) >= configuration.nearCopyMinimumWords
            && query.simHash.distance(to: member.simHash) <= configuration.nearCopyMaxDistance
    }

    /// How much of the query's weight falls on the seed's headline and lead
    /// vocabulary: a one-line item can be wholly about a long seed's event.
    private func coverage(by seedVocabulary: [Int32]) -> Float {
        seedVocabulary.reduce(0) { sum, term in
            let weight = scratch.weights[Int(term)]
            return sum + weight * weight
        }
    }

    /// Guards against topic-level merges: the member must share two rare terms
    /// with the query, or one very rare one (a name, a number).
    private func passesRareTermGuard(_ member: IndexedDocument) -> Bool {
        var rareTerms = 0
        var rarest: Float = 0
        for term in member.vector.terms where scratch.weights[Int(term)] > 0 {
            let idf = vocabulary.inverseDocumentFrequency(of: term)
            if idf >= configuration.rareTermIDF {
                rareTerms += 1
                rarest = max(rarest, idf)
            }
        }
        return rareTerms >= configuration.rareTermsRequired
            || (rareTerms >= 1 && rarest >= configuration.veryRareTermIDF)
    }
}
