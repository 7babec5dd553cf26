public import Logging

/// Fetches feeds over http and https with one libcurl multi handle on one thread, and reads
/// `file:` feeds from disk. Any number of tasks may await ``fetch(_:)`` at once; the
/// configuration's concurrency and per-host limits decide how many run.
public final class FeedFetcher: Sendable {
    private let engine: FetchEngine
    private let configuration: FetcherConfiguration

    public init(configuration: FetcherConfiguration = FetcherConfiguration(), logger: Logger) throws(FetchError) {
        self.configuration = configuration
        engine = try FetchEngine(configuration: configuration, logger: logger)
    }

    deinit {
        engine.stop()
    }

    /// A response for any HTTP status (an error status is not an error here); throws when no
    /// response arrived: limits, network, a refused redirect, an unreadable file, or
    /// cancellation of the awaiting task.
    public func fetch(_ request: FetchRequest) async throws(FetchError) -> FetchResponse {
        guard let parts = URLParts(request.url) else {
            throw FetchError(code: .other, url: request.url, message: "\(request.url) is not a valid URL.")
        }
        switch parts.scheme {
        case "http", "https":
            return try await engine.fetch(request, hostKey: parts.hostKey).get()
        case "file":
            // Read on the caller's task: a configured local feed is small and on local disk.
            return try LocalFeedFile(request: request, path: parts.path, maxBodyBytes: configuration.maxBodyBytes).read()
        default:
            throw FetchError(
                code: .other, url: request.url,
                message: "\(request.url) uses the scheme \(parts.scheme); only http, https and file feeds can be fetched.")
        }
    }

    /// Ends the transfers in flight (their callers get ``FetchError/Code/cancelled``), stops the
    /// thread and frees every libcurl handle. Later fetches fail at once as cancelled.
    public func shutdown() {
        engine.stop()
    }
}
