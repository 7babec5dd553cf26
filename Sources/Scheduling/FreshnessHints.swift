public import Timestamps

/// What the publisher says about how long its feed stays fresh: the RSS `<ttl>` and the
/// Cache-Control and Expires headers of the last response.
public struct FreshnessHints: Sendable, Equatable {
    public var ttlMinutes: Int?
    public var cacheControl: String?
    public var expires: String?

    public init(ttlMinutes: Int? = nil, cacheControl: String? = nil, expires: String? = nil) {
        self.ttlMinutes = ttlMinutes
        self.cacheControl = cacheControl
        self.expires = expires
    }

    /// The longest freshness any hint promises from `now`; nil when none does.
    ///
    /// A max-age directive makes Expires irrelevant (RFC 9111, 5.3), and an Expires in the
    /// past or unreadable (servers send `0` or `-1`) promises nothing.
    public func freshSeconds(now: Timestamp) -> Int64? {
        // A hostile `<ttl>` could overflow the multiplication; the schedule caps the interval anyway.
        let ttl = ttlMinutes.map { Int64(min($0, Int(Int32.max))) * 60 }
        let cache: Int64?
        if let maxAge = cacheControl.flatMap(CacheControl.maxAgeSeconds(in:)) {
            cache = maxAge
        } else if let expires, let date = Timestamp(rfc822: expires) {
            cache = date.secondsSince1970 - now.secondsSince1970
        } else {
            cache = nil
        }
        let promised = [ttl, cache].compactMap { $0 }.filter { $0 > 0 }
        return promised.max()
    }
}
