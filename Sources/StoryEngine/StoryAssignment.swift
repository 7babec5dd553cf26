/// Where ``StoryEngine/assign(_:)`` put an item.
public struct StoryAssignment: Sendable, Equatable {
    /// A new story's id is its first item's id; a seed story's is "seed:<first seed file name>".
    public var storyID: String
    public var isNewStory: Bool
    /// The story is one of the seed corpus's known stories.
    public var isKnownStory: Bool
    /// Nil for a new story.
    public var reason: MergeReason?

    public init(storyID: String, isNewStory: Bool, isKnownStory: Bool, reason: MergeReason?) {
        self.storyID = storyID
        self.isNewStory = isNewStory
        self.isKnownStory = isKnownStory
        self.reason = reason
    }
}
