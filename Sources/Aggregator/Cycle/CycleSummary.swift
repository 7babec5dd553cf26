/// What one cycle did, for the one line `aggregator fetch` prints at the end.
public struct CycleSummary: Sendable, Equatable {
    public var feedsDue = 0
    public var fetched = 0
    public var notModified = 0
    public var failed = 0
    public var newItems = 0
    public var newStories = 0
    public var joinedStories = 0
    public var attachedToKnown = 0
    public var filesWritten = 0
    /// Body bytes received (decoded), over all feeds.
    public var bytesFetched = 0
    public var failures: [String] = []

    public init() {}

    public var line: String {
        "\(feedsDue) feeds: \(fetched) fetched, \(notModified) not modified, \(failed) failed; "
            + "\(newItems) new items: \(newStories) new stories, \(joinedStories) joined other stories, "
            + "\(attachedToKnown) attached to known stories; \(filesWritten) files written"
    }
}
