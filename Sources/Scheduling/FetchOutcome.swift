/// What a fetch amounted to, as far as the schedule cares.
public enum FetchOutcome: Sendable, Equatable {
    /// A usable answer: new content, a 304, or a 200 whose body equals the last one.
    /// They schedule alike: the feed's item times carry what changed.
    case succeeded
    /// No usable answer: a network error, a limit, an error status, a body that is not a feed.
    case failed
    /// 429 or 503, with the response's Retry-After header when it had one.
    case rateLimited(retryAfter: String?)
    /// 410: the feed is gone for good, so polling it stops.
    case gone
}
