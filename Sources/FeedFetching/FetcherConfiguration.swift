/// The limits every fetch runs under; each has the default issue 3 asks for.
public struct FetcherConfiguration: Sendable {
    public var totalTimeoutSeconds = 20
    public var connectTimeoutSeconds = 10
    /// A transfer slower than this many bytes per second for a whole window is cut off, so a
    /// server that trickles a byte every few seconds cannot hold a slot for the full timeout.
    public var lowSpeedBytesPerSecond = 100
    public var lowSpeedWindowSeconds = 10
    public var maxRedirects = 10
    /// Counted on decoded bytes, so a gzip bomb stops here too (DESIGN.md, pitfall 3).
    public var maxBodyBytes = 15 * 1024 * 1024
    public var maxConcurrentTransfers = 16
    public var maxConnectionsPerHost = 2
    public var userAgent = "aggregator/0.1 (+https://github.com/aggregator/aggregator)"

    public init() {}
}
