import Timestamps

extension Timestamp {
    /// "2024-05-18 14:03 UTC": what a reader of our pages sees; `rfc3339` goes in `datetime`.
    var displayText: String {
        let stamp = rfc3339
        return String(stamp.prefix(10)) + " " + String(stamp.dropFirst(11).prefix(5)) + " UTC"
    }

    var timeElement: String {
        "<time datetime=\"\(rfc3339)\">\(displayText)</time>"
    }
}
