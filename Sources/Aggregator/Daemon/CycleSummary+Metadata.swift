public import Logging

extension CycleSummary {
    /// The counts as log metadata, for the daemon's one line per cycle.
    public var metadata: Logger.Metadata {
        [
            "feeds.due": "\(feedsDue)", "feeds.fetched": "\(fetched)", "feeds.not_modified": "\(notModified)",
            "feeds.failed": "\(failed)", "items.new": "\(newItems)", "stories.new": "\(newStories)",
            "stories.joined": "\(joinedStories)", "stories.known": "\(attachedToKnown)", "files.written": "\(filesWritten)",
        ]
    }
}
