import Store

extension FeedRecord {
    /// The feed's state for `/metrics`: `ok`, `not_modified`, `failing`,
    /// `gone`, `rate_limited`, or `unchecked` before its first poll.
    var serveState: String {
        if isGone { return "gone" }
        if lastStatus == 429 || lastStatus == 503 { return "rate_limited" }
        if lastError != nil { return "failing" }
        switch lastStatus {
        case nil: return "unchecked"
        case 304: return "not_modified"
        default: return "ok"
        }
    }

    /// What kind of failure the feed's last poll was, for the error counter:
    /// the HTTP status class, or `network` when no status came back.
    var fetchErrorKind: String? {
        guard lastError != nil, !isGone else { return nil }
        guard let lastStatus else { return "network" }
        return lastStatus >= 400 ? "http_\(lastStatus / 100)xx" : "content"
    }
}
