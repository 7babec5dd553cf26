/// The evidence one query gathers for one story: its best member and the best
/// few similarities (up to four, held inline so a tally never allocates).
struct StoryTally {
    static let maximumSupportingMembers = 4

    private(set) var bestSlot = -1
    private(set) var bestCloseness: Float = 0
    private var topScores = SIMD4<Float>(repeating: 0)
    private var recorded = 0

    var bestScore: Float { topScores[0] }

    mutating func record(_ score: Float, closeness: Float, slot: Int) {
        if recorded == 0 || score > topScores[0] {
            bestSlot = slot
            bestCloseness = closeness
        }
        var position = min(recorded, StoryTally.maximumSupportingMembers)
        while position > 0 && topScores[position - 1] < score {
            if position < StoryTally.maximumSupportingMembers {
                topScores[position] = topScores[position - 1]
            }
            position -= 1
        }
        if position < StoryTally.maximumSupportingMembers {
            topScores[position] = score
        }
        recorded += 1
    }

    /// Nearest member blended with the mean of the best `supportingMembers`
    /// (members that did not come up count as zero).
    func score(storySize: Int, configuration: StoryEngineConfiguration) -> Float {
        let supporting = max(1, min(configuration.supportingMembers, storySize, StoryTally.maximumSupportingMembers))
        var sum: Float = 0
        for index in 0..<supporting {
            sum += topScores[index]
        }
        return configuration.nearestMemberShare * bestScore + (1 - configuration.nearestMemberShare) * sum / Float(supporting)
    }
}
