import FeedFetching
import Logging

extension FetcherConfiguration {
    /// Small limits so every misbehaving endpoint ends within seconds. libcurl cuts a stalled
    /// transfer one to two seconds after the low-speed window; the total limit leaves room
    /// for that on a loaded machine, so stalls end as "too slow", not as timeouts.
    static var forTests: FetcherConfiguration {
        var configuration = FetcherConfiguration()
        configuration.totalTimeoutSeconds = 5
        configuration.connectTimeoutSeconds = 2
        configuration.lowSpeedWindowSeconds = 2
        configuration.maxBodyBytes = 1024 * 1024
        return configuration
    }
}

extension FeedFetcher {
    static func forTests(_ configuration: FetcherConfiguration = .forTests) throws -> FeedFetcher {
        try FeedFetcher(configuration: configuration, logger: Logger(label: "FeedFetchingTests"))
    }

    /// The fetch as a value, so concurrent fetches can be compared after the fact.
    func outcome(of url: String, etag: String? = nil, lastModified: String? = nil) async -> Result<FetchResponse, FetchError> {
        do {
            let response = try await fetch(FetchRequest(url: url, etag: etag, lastModified: lastModified))
            return .success(response)
        } catch {
            return .failure(error)
        }
    }
}

extension Result where Success == FetchResponse, Failure == FetchError {
    var response: FetchResponse? { try? get() }

    var errorCode: FetchError.Code? {
        guard case .failure(let error) = self else { return nil }
        return error.code
    }
}
