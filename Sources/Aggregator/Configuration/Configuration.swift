import Foundation

/// Everything `Config/aggregator.toml` can set, with every path made absolute.
public struct Configuration: Sendable {
    public struct Paths: Sendable {
        public var configFile: String
        public var feeds: String
        public var seeds: String
        public var state: String
        public var output: String
    }

    public struct Fetch: Sendable {
        public var timeoutSeconds: Int
        public var connectTimeoutSeconds: Int
        public var lowSpeedBytesPerSecond: Int
        public var lowSpeedWindowSeconds: Int
        public var maxRedirects: Int
        public var maxBodyBytes: Int
        public var concurrency: Int
        public var perHost: Int
        public var userAgent: String
        public var intervalSeconds: Int
        public var minIntervalSeconds: Int
        public var maxIntervalSeconds: Int
        public var unconditionalRefreshSeconds: Int
        public var redirectConfirmations: Int
    }

    public struct Dedup: Sendable {
        public var emitKnown: Bool
        public var storyMaxAgeDays: Int
    }

    public struct Output: Sendable {
        public var title: String
        public var baseURL: String
        public var maxEntries: Int
    }

    public struct Serve: Sendable {
        public var listen: String
    }

    public var paths: Paths
    public var fetch: Fetch
    public var dedup: Dedup
    public var output: Output
    public var serve: Serve
    public var logLevel: String
}
