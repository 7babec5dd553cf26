public import Timestamps

/// Reads a Retry-After header in both of its forms (RFC 9110, 10.2.3).
public enum RetryAfter {
    /// The moment the server asks us to wait for: `now` plus delta-seconds (`120`), or an
    /// HTTP-date (`Fri, 31 Dec 1999 23:59:59 GMT`, and the older forms servers still send).
    /// Nil when the header is neither.
    public static func deadline(_ header: String, now: Timestamp) -> Timestamp? {
        let text = header.trimming([" ", "\t"])
        if !text.isEmpty, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
            // Too many digits for Int64 is still a request to wait: the caller's cap applies.
            return now.adding(seconds: Int64(text) ?? Int64(Int32.max))
        }
        return Timestamp(rfc822: text)
    }
}
