public import Timestamps

/// One subscribed feed and what the fetcher has learnt about it.
public struct FeedRecord: Sendable, Equatable {
    public var id: Int64
    /// The URL polled now; a permanent redirect replaces it only once it repeats.
    public var url: String
    /// The URL as written in the subscriptions file, which identifies the subscription.
    public var subscribedURL: String
    public var title: String
    public var siteLink: String?
    public var etag: String?
    public var lastModified: String?
    public var bodyHash: String?
    public var lastStatus: Int?
    public var lastError: String?
    public var consecutiveFailures: Int
    public var lastChecked: Timestamp?
    public var nextCheck: Timestamp?
    public var lastUnconditional: Timestamp?
    /// The server answered 410 Gone: the feed is no longer polled.
    public var isGone: Bool
    /// A permanent redirect target seen in a row, and how many times, before `url` follows it.
    public var pendingRedirect: String?
    public var pendingRedirectCount: Int

    public init(
        id: Int64, url: String, subscribedURL: String, title: String, siteLink: String? = nil,
        etag: String? = nil, lastModified: String? = nil, bodyHash: String? = nil,
        lastStatus: Int? = nil, lastError: String? = nil, consecutiveFailures: Int = 0,
        lastChecked: Timestamp? = nil, nextCheck: Timestamp? = nil, lastUnconditional: Timestamp? = nil,
        isGone: Bool = false, pendingRedirect: String? = nil, pendingRedirectCount: Int = 0
    ) {
        self.id = id
        self.url = url
        self.subscribedURL = subscribedURL
        self.title = title
        self.siteLink = siteLink
        self.etag = etag
        self.lastModified = lastModified
        self.bodyHash = bodyHash
        self.lastStatus = lastStatus
        self.lastError = lastError
        self.consecutiveFailures = consecutiveFailures
        self.lastChecked = lastChecked
        self.nextCheck = nextCheck
        self.lastUnconditional = lastUnconditional
        self.isGone = isGone
        self.pendingRedirect = pendingRedirect
        self.pendingRedirectCount = pendingRedirectCount
    }

    /// Whether the feed should be polled at `now` (a gone feed never is).
    public func isDue(at now: Timestamp) -> Bool {
        guard !isGone else { return false }
        guard let nextCheck else { return true }
        return nextCheck <= now
    }
}
