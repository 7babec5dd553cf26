/// The evidence one query gathers for one story: its best member and the best few similarities.
struct StoryTally {
    private(set) var bestSlot = -1
    private var topScores: [Float] = []

    var bestScore: Float { topScores.first ?? 0 }

    private(set) var bestCloseness: Float = 0

    mutating func record(_ score: Float, closeness: Float, slot: Int, keeping limit: Int) {
        if topScores.isEmpty || score > topScores[0] {
            bestSlot = slot
            bestCloseness = closeness
        }
        let position = topScores.firstIndex(where: { score > $0 }) ?? topScores.count
        guard position < limit else { return }
        topScores.insert(score, at: position)
        if topScores.count > limit {
            topScores.removeLast()
        }
    }

    /// Nearest member blended with the mean of the best `supportingMembers`
    /// (members that did not come up count as zero), so one stray member of a
    /// big story cannot pull in a different event on its own.
    func score(storySize: Int, centroidSimilarity: Float, configuration: StoryEngineConfiguration) -> Float {
        let supporting = max(1, min(configuration.supportingMembers, storySize))
        let mean = topScores.prefix(supporting).reduce(0, +) / Float(supporting)
        let centroid = centroidSimilarity + configuration.timeProximityBonus * bestCloseness
        return configuration.nearestMemberShare * bestScore + configuration.meanShare * mean
            + (1 - configuration.nearestMemberShare - configuration.meanShare) * centroid
    }
}
