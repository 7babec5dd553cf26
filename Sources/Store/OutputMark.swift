public import Timestamps

/// How far the output folder is known to reflect the store: every story
/// updated at or before `publishedThrough` was rendered with the settings
/// whose fingerprint this is. (Cycles hold the state folder's lock, so no
/// story changes during a publication.) Kept in the store, so a crash between storing items
/// and publishing them only means the next cycle renders a little more.
public struct OutputMark: Sendable, Equatable {
    public var publishedThrough: Timestamp
    public var fingerprint: String

    public init(publishedThrough: Timestamp, fingerprint: String) {
        self.publishedThrough = publishedThrough
        self.fingerprint = fingerprint
    }
}
