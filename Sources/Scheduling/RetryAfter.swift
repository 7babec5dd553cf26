public import Timestamps

/// Reads a Retry-After header in both of its forms (RFC 9110, 10.2.3).
public enum RetryAfter {
    /// The moment the server asks us to wait for: `now` plus delta-seconds (`120`), or an
    /// HTTP-date (`Fri, 31 Dec 1999 23:59:59 GMT`, and the older forms servers still send).
    /// Nil when the header is neither.
    public static func deadline(_ header: String, now: Timestamp) -> Timestamp? {
        let text = header.trimming([" ", "\t"])
        if !text.isEmpty, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
            // A hostile or mistyped number is still a request to wait, for as long as
            // the caller's cap allows; bounded here so adding it to `now` cannot overflow.
            return now.adding(seconds: min(Int64(text) ?? .max, Self.longestDelaySeconds))
        }
        return Timestamp(rfc822: text)
    }

    /// Sixty-eight years: longer than any cap a schedule puts on a server's wait.
    static let longestDelaySeconds = Int64(Int32.max)
}
