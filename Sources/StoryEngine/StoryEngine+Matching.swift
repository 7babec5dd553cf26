#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif
import Timestamps

extension StoryEngine {
    /// The story `query` reports, if any: a near-copy first, then the best
    /// story by similarity that also passes the centroid gate and whose nearest
    /// member passes the rare-term guard.
    func bestMatch(for query: IndexedDocument, amongKnownStoriesOnly: Bool) -> StoryMatch? {
        scratch.load(query.vector, vocabularySize: vocabulary.count, documentCount: documents.count)
        defer { scratch.unload(query.vector) }
        var tallies: [Int: StoryTally] = [:]
        var nearCopy: (slot: Int, resemblance: Float)?
        for slot in candidateSlots(for: query) {
            let storyIndex = documents.storyIndex(at: slot)
            guard !amongKnownStoriesOnly || stories[storyIndex].isKnown, let closeness = closeness(query, slot),
                  !specificsConflict(query, slot)
            else { continue }
            if let resemblance = nearCopyResemblance(query, slot), resemblance > nearCopy?.resemblance ?? 0 {
                nearCopy = (slot, resemblance)
            }
            var similarity = documents.vector(at: slot).dot(scratch.weights)
            if let seedVocabulary = documents.seedVocabulary(at: slot) {
                similarity = max(similarity, coverage(by: seedVocabulary) * configuration.seedCoverageScale)
            }
            similarity += configuration.timeProximityBonus * closeness
            tallies[storyIndex, default: StoryTally()]
                .record(similarity, closeness: closeness, slot: slot)
        }
        if let nearCopy {
            return StoryMatch(
                storyIndex: documents.storyIndex(at: nearCopy.slot), memberSlot: nearCopy.slot,
                score: nearCopy.resemblance, method: .nearCopy
            )
        }
        let ranked = tallies
            .map { storyIndex, tally in
                let score = tally.score(storySize: stories[storyIndex].memberCount, configuration: configuration)
                return (storyIndex: storyIndex, tally: tally, score: score)
            }
            .filter { $0.score >= configuration.joinThreshold }
            .sorted { $0.score > $1.score }
        for candidate in ranked {
            let member = candidate.tally.bestSlot
            guard passesCentroidGate(candidate.tally, stories[candidate.storyIndex]), passesRareTermGuard(member)
            else { continue }
            return StoryMatch(
                storyIndex: candidate.storyIndex, memberSlot: member,
                score: candidate.score, method: documents.isSeed(at: member) ? .seed : .similarWording
            )
        }
        return nil
    }

    /// Whether the query resembles the story as a whole, not just one member.
    /// Known stories are exempt: their seeds are long articles a short item is
    /// matched to asymmetrically, and their centroid would dwarf it.
    private func passesCentroidGate(_ tally: StoryTally, _ story: StoryRecord) -> Bool {
        guard !story.isKnown else { return true }
        let evidence = centroidSimilarity(story) + configuration.timeProximityBonus * tally.bestCloseness
        return evidence >= configuration.centroidGate
    }

    /// Cosine between the loaded query and the story's centroid, the sum of its
    /// members' vectors. Summed here, for the few stories that reach the gate,
    /// rather than kept per story as members join.
    private func centroidSimilarity(_ story: StoryRecord) -> Float {
        guard story.memberCount > 1 else {
            return story.memberCount == 1 ? documents.vector(at: story.firstMember).dot(scratch.weights) : 0
        }
        for slot in documents.members(from: story.firstMember) {
            scratch.addToCentroid(documents.vector(at: slot))
        }
        return scratch.drainCentroidCosine()
    }

    /// The longest posting list candidate generation reads; it grows with the index.
    var searchablePostingLimit: Int {
        max(configuration.candidatePostingsFloor, documents.count / configuration.candidatePostingsDivisor)
    }

    /// The length at which a posting list is retired (see ``PostingLists``):
    /// twice the searchable length, so a retired list would be searched again
    /// only once the index has more than doubled since, and at least 102,400
    /// documents: below that, retiring changes no match.
    var retiredPostingLimit: Int { 2 * searchablePostingLimit }

    /// Candidates: documents whose weights on the query's heaviest rare terms
    /// add up to something (term-at-a-time over the inverted index), plus
    /// every seed. Common terms are left out because their postings are the
    /// longest and the rare-term guard turns down matches built on them.
    private func candidateSlots(for query: IndexedDocument) -> [Int] {
        let postingLimit = searchablePostingLimit
        let rareTerms = query.vector.terms.indices
            .map { (term: query.vector.terms[$0], weight: query.vector.weights[$0].value, frequency: postings.count(of: query.vector.terms[$0])) }
            .filter { $0.frequency > 0 && $0.frequency <= postingLimit && !postings.isRetired($0.term)
                && vocabulary.inverseDocumentFrequency(of: $0.term) >= configuration.rareTermIDF }
            .sorted { $0.weight > $1.weight }
            .prefix(configuration.candidateTerms)
        let queryTime = query.published?.secondsSince1970
        let timeFilter = queryTime.map { CoarseTimeFilter(around: $0, window: configuration.timeWindowSeconds) }
        let querySource = query.source
        for rare in rareTerms {
            postings.forEach(of: rare.term) { posting in
                let slot = Int(posting.slot)
                if let timeFilter, timeFilter.excludes(documents.coarseTimes[slot]) {
                    return
                }
                let origin = documents.origins[slot]
                if let queryTime, origin.time != StoryEngine.undated,
                   abs(queryTime - origin.time) > configuration.timeWindowSeconds {
                    return
                }
                if querySource >= 0 && origin.source == querySource {
                    return
                }
                scratch.accumulate(rare.weight * posting.weight.value, for: posting.slot)
            }
        }
        var slots = scratch.drainCandidates(reaching: configuration.candidateFloor, limit: configuration.candidateLimit)
        for slot in seedSlots where !slots.contains(slot) {
            slots.append(slot)
        }
        return slots
    }

    /// 0...1 for two dated documents inside the time window (1 when published
    /// together, halving every `timeProximityHalfLifeSeconds`), 0 when either
    /// is undated, nil when they are too far apart.
    private func closeness(_ query: IndexedDocument, _ slot: Int) -> Float? {
        let memberTime = documents.origins[slot].time
        guard let queryTime = query.published?.secondsSince1970, memberTime != StoryEngine.undated else { return 0 }
        let gap = abs(queryTime - memberTime)
        guard gap <= configuration.timeWindowSeconds else { return nil }
        return exp2f(-Float(gap) / configuration.timeProximityHalfLifeSeconds)
    }

    /// Two reports that each name enough people and places, or each give
    /// enough figures, none of them mentioned by the other at all, tell of
    /// different events however alike their other words are. A name counts as
    /// mentioned anywhere in the other's words, since a Title Case headline
    /// hides which of its words are names.
    private func specificsConflict(_ query: IndexedDocument, _ slot: Int) -> Bool {
        disjoint(query.names, documents.names(at: slot), slot, minimum: configuration.namesForConflict)
            || disjoint(query.figures, documents.figures(at: slot), slot, minimum: configuration.figuresForConflict)
    }

    /// Whether the query's and the member's specifics, at least `minimum` on
    /// each side, are nowhere in the other's words.
    private func disjoint(
        _ querySpecifics: ArraySlice<Int32>, _ memberSpecifics: ArraySlice<Int32>, _ slot: Int, minimum: Int
    ) -> Bool {
        guard minimum > 0, querySpecifics.count >= minimum, memberSpecifics.count >= minimum else { return false }
        let memberVector = documents.vector(at: slot)
        return !querySpecifics.contains { memberVector.contains($0) }
            && !memberSpecifics.contains { scratch.weights[Int($0)] > 0 }
    }

    /// The shingle resemblance when the member is a near-copy of the query, else nil.
    private func nearCopyResemblance(_ query: IndexedDocument, _ slot: Int) -> Float? {
        guard min(query.wordCount, documents.wordCount(at: slot)) >= configuration.nearCopyMinimumWords else { return nil }
        let resemblance = query.sketch.resemblance(to: documents.sketch(at: slot))
        return resemblance >= configuration.nearCopyResemblance ? resemblance : nil
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
    private func passesRareTermGuard(_ memberSlot: Int) -> Bool {
        var rareTerms = 0
        var rarest: Float = 0
        for term in documents.vector(at: memberSlot).terms where scratch.weights[Int(term)] > 0 {
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
