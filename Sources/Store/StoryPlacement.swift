/// Where the story engine put a new item: the story it belongs to, why, and
/// the story's record when the item is the first stored member of it.
public struct StoryPlacement: Sendable, Equatable {
    public var storyID: String
    public var merge: MergeRecord?
    public var storyToCreate: StoryRecord?
    /// The story is a seed story, known before any feed reported it.
    public var isKnownStory: Bool

    public init(storyID: String, merge: MergeRecord?, storyToCreate: StoryRecord?, isKnownStory: Bool) {
        self.storyID = storyID
        self.merge = merge
        self.storyToCreate = storyToCreate
        self.isKnownStory = isKnownStory
    }
}
