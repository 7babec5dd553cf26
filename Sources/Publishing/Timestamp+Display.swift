import Timestamps

extension Timestamp {
    /// "2024-05-18 14:03 UTC": what a reader of our pages sees; `rfc3339` goes in `datetime`.
    var displayText: String {
        Self.displayText(rfc3339: rfc3339)
    }

    var timeElement: String {
        let stamp = rfc3339
        return "<time datetime=\"\(stamp)\">\(Self.displayText(rfc3339: stamp))</time>"
    }

    /// Cut from the RFC 3339 text, which is ASCII, by bytes: every article page
    /// shows several dates, and slicing them by `Character` cost more than formatting them.
    private static func displayText(rfc3339 stamp: String) -> String {
        let bytes = stamp.utf8
        return String(decoding: bytes.prefix(10), as: UTF8.self) + " "
            + String(decoding: bytes.dropFirst(11).prefix(5), as: UTF8.self) + " UTC"
    }
}
