import Timestamps

/// A story in the index: its members, and whether it is a known (seed) story.
struct StoryRecord {
    var id: String
    var isKnown: Bool
    var members: [Int] = []
    var lastSeen: Timestamp?
    /// Sum of the members' vectors, for the story-level similarity.
    var centroid: [Int32: Float] = [:]
    var centroidLength: Float = 0

    init(id: String, isKnown: Bool) {
        self.id = id
        self.isKnown = isKnown
    }

    mutating func add(member slot: Int, vector: TermVector, seenAt time: Timestamp?) {
        members.append(slot)
        for index in vector.terms.indices {
            centroid[vector.terms[index], default: 0] += vector.weights[index]
        }
        centroidLength = centroid.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        if let time, lastSeen.map({ time > $0 }) ?? true {
            lastSeen = time
        }
    }
}
