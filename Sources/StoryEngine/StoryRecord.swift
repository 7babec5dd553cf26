import Timestamps

/// A story in the index: how many members it has, and whether it is a known (seed) story.
///
/// Matching needs only the count and the first member, so the members are not
/// listed: a list per story would be one more small allocation that lives as
/// long as the story.
struct StoryRecord {
    var id: String
    var isKnown: Bool
    private(set) var memberCount = 0
    /// The slot of the first member, nil while the story has none.
    private(set) var firstMember: Int?
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
        if memberCount == 1, let firstMemberVector {
            accumulate(firstMemberVector)
        }
        if memberCount > 0 {
            accumulate(vector)
        } else {
            firstMember = slot
        }
        memberCount += 1
        if let time, lastSeen.map({ time > $0 }) ?? true {
            lastSeen = time
        }
    }

    /// Forgets the members and centroid, for a rebuild that adds the members again.
    mutating func removeMembers() {
        memberCount = 0
        firstMember = nil
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
