/// The story a query should join, the member that decided it, and how.
struct StoryMatch {
    var storyIndex: Int
    var memberSlot: Int
    var score: Float
    var method: MergeReason.Method
}
