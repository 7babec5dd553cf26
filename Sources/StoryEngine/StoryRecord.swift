/// A story in the index: how many members it has, the first and last of them,
/// and whether it is a known (seed) story.
///
/// The members are chained through the document table (see
/// ``DocumentTable/members(from:)``) rather than listed here, and the centroid
/// the gate compares with is summed from them when needed rather than kept: a
/// list or a term map per story was one more small allocation that lived as
/// long as the story and grew with every report joining it. The stored
/// properties are declared largest first, so a record packs into 32 bytes.
struct StoryRecord {
    /// The story's id when it is not its first member's item id; nil for
    /// every story an item founded, which saves a string per story.
    let explicitID: String?
    let isKnown: Bool
    private var storedMemberCount: Int32 = 0
    private var firstMemberSlot: Int32 = 0
    private var lastMemberSlot: Int32 = 0

    init(explicitID: String?, isKnown: Bool) {
        self.explicitID = explicitID
        self.isKnown = isKnown
    }

    var memberCount: Int { Int(storedMemberCount) }

    /// The slot of the first member; a story always has one outside a rebuild.
    var firstMember: Int { Int(firstMemberSlot) }

    /// The slot of the newest member, which the next one is chained after.
    var lastMember: Int { Int(lastMemberSlot) }

    mutating func add(member slot: Int) {
        if memberCount == 0 {
            firstMemberSlot = Int32(slot)
        }
        lastMemberSlot = Int32(slot)
        storedMemberCount += 1
    }
}
