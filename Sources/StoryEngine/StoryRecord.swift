import Timestamps

/// A story in the index: its members, and whether it is a known (seed) story.
///
/// The members are chained through the document table (see
/// ``DocumentTable/nextMember(after:)``), and the centroid, the sum of their
/// vectors, is never built: matching needs only its dot product with a query,
/// the sum of the members' own, and its length, kept up to date here. A list
/// or a term map per story would be small allocations that grow and live as
/// long as the story.
struct StoryRecord {
    var id: String
    var isKnown: Bool
    private(set) var memberCount = 0
    /// The slots of the first and last member, nil while the story has none.
    private(set) var firstMember: Int?
    private(set) var lastMember: Int?
    var lastSeen: Timestamp?
    /// The squared length of the sum of the members' vectors.
    private var centroidSquaredLength: Float = 0

    init(id: String, isKnown: Bool) {
        self.id = id
        self.isKnown = isKnown
    }

    var centroidLength: Float { centroidSquaredLength.squareRoot() }

    /// Adds a member. |c + v|² = |c|² + 2 c·v + |v|², and `dotWithMembers`
    /// is c·v, the sum of v's dot products with the members so far.
    mutating func add(member slot: Int, squaredLength: Float, dotWithMembers: Float, seenAt time: Timestamp?) {
        centroidSquaredLength += 2 * dotWithMembers + squaredLength
        if firstMember == nil {
            firstMember = slot
        }
        lastMember = slot
        memberCount += 1
        if let time, lastSeen.map({ time > $0 }) ?? true {
            lastSeen = time
        }
    }

    /// Forgets the members, for a rebuild that adds them again.
    mutating func removeMembers() {
        memberCount = 0
        firstMember = nil
        lastMember = nil
        lastSeen = nil
        centroidSquaredLength = 0
    }
}
