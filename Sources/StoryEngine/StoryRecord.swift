import Timestamps

/// A story in the index: how many members it has, and whether it is a known (seed) story.
///
/// Matching needs only the count and the first member, so the members are not
/// listed: a list per story would be one more small allocation that lives as
/// long as the story. The stored properties are declared largest first, so a
/// record packs into 48 bytes.
struct StoryRecord {
    /// The story's id when it is not its first member's item id; nil for
    /// every story an item founded, which saves a string per story.
    let explicitID: String?
    /// Sum of the members' vectors, kept from the second member on (a lone
    /// member is its own centroid, and most stories stay alone).
    private(set) var centroid: [Int32: Float] = [:]
    var lastSeen: Timestamp?
    let isKnown: Bool
    private var storedMemberCount: Int32 = 0
    private var firstMemberSlot: Int32 = 0
    private var centroidSquaredLength: Float = 0

    init(explicitID: String?, isKnown: Bool) {
        self.explicitID = explicitID
        self.isKnown = isKnown
    }

    var memberCount: Int { Int(storedMemberCount) }

    /// The slot of the first member; a story always has one outside a rebuild.
    var firstMember: Int { Int(firstMemberSlot) }

    var centroidLength: Float { centroidSquaredLength.squareRoot() }

    /// Adds a member; `firstMemberVector` is needed when the story is about to get its second member.
    mutating func add(member slot: Int, vector: TermVector, firstMemberVector: TermVector?, seenAt time: Timestamp?) {
        if memberCount == 1, let firstMemberVector {
            accumulate(firstMemberVector)
        }
        if memberCount > 0 {
            accumulate(vector)
        } else {
            firstMemberSlot = Int32(slot)
        }
        storedMemberCount += 1
        if let time, lastSeen.map({ time > $0 }) ?? true {
            lastSeen = time
        }
    }

    /// Forgets the members and centroid, for a rebuild that adds the members again.
    mutating func removeMembers() {
        storedMemberCount = 0
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
