import Timestamps

/// A story in the index: its members, and whether it is a known (seed) story.
struct StoryRecord {
    var id: String
    var isKnown: Bool
    var members: [Int] = []
    var lastSeen: Timestamp?
    /// Sum of the members' vectors, kept from the second member on (a lone
    /// member is its own centroid, and most stories stay alone).
    private(set) var centroid: [Int32: Float] = [:]
    private var centroidSquaredLength: Float = 0

    init(id: String, isKnown: Bool) {
        self.id = id
        self.isKnown = isKnown
    }

    var centroidLength: Float { centroidSquaredLength.squareRoot() }

    /// Adds a member; `firstMemberVector` is needed when the story is about to get its second member.
    mutating func add(member slot: Int, vector: TermVector, firstMemberVector: TermVector?, seenAt time: Timestamp?) {
        if members.count == 1, let firstMemberVector {
            accumulate(firstMemberVector)
        }
        if !members.isEmpty {
            accumulate(vector)
        }
        members.append(slot)
        if let time, lastSeen.map({ time > $0 }) ?? true {
            lastSeen = time
        }
    }

    /// Empties the member list and centroid, for a rebuild that adds the members again.
    mutating func removeMembers() {
        members = []
        lastSeen = nil
        centroid = [:]
        centroidSquaredLength = 0
    }

    private mutating func accumulate(_ vector: TermVector) {
        for index in vector.terms.indices {
            let old = centroid[vector.terms[index], default: 0]
            let new = old + vector.weights[index]
            centroid[vector.terms[index]] = new
            centroidSquaredLength += new * new - old * old
        }
    }
}
