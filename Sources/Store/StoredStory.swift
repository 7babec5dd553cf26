/// A story with its members, in the order they joined, and each member's feed.
public struct StoredStory: Sendable, Equatable {
    public var story: StoryRecord
    /// Only the first member, the story's lead, carries its `body`: the others'
    /// are nil, as every output shows the lead's text alone.
    public var members: [ItemRecord]
    public var feeds: [Int64: FeedRecord]

    public init(story: StoryRecord, members: [ItemRecord], feeds: [Int64: FeedRecord]) {
        self.story = story
        self.members = members
        self.feeds = feeds
    }
}
