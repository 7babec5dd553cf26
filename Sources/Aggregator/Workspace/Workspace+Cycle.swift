public import FeedFetching
public import Logging
import Store
import Timestamps

extension Workspace {
    /// The fetcher's limits, taken from `[fetch]`.
    public var fetcherConfiguration: FetcherConfiguration {
        let fetch = configuration.fetch
        var settings = FetcherConfiguration()
        settings.totalTimeoutSeconds = fetch.timeoutSeconds
        settings.connectTimeoutSeconds = fetch.connectTimeoutSeconds
        settings.lowSpeedBytesPerSecond = fetch.lowSpeedBytesPerSecond
        settings.lowSpeedWindowSeconds = fetch.lowSpeedWindowSeconds
        settings.maxRedirects = fetch.maxRedirects
        settings.maxBodyBytes = fetch.maxBodyBytes
        settings.maxConcurrentTransfers = fetch.concurrency
        settings.maxConnectionsPerHost = fetch.perHost
        settings.userAgent = fetch.userAgent
        return settings
    }

    /// Runs one cycle end to end: open the store, rebuild the story index
    /// from it, poll, publish.
    public func runCycle(
        force: Bool, logger: Logger, progress: (any CycleProgress)? = nil
    ) async throws(CycleError) -> CycleSummary {
        let store: FeedStore
        let fetcher: FeedFetcher
        do {
            store = try openStore()
            fetcher = try FeedFetcher(configuration: fetcherConfiguration, logger: logger)
        } catch {
            throw CycleError(message: "\(error)", cause: error)
        }
        defer { fetcher.shutdown() }
        let horizon = Timestamp.now.adding(seconds: -Int64(configuration.dedup.storyMaxAgeDays) * 86_400)
        let tracker = StoryTracker(seeds: seeds) { () throws(StoreError) in
            try store.items(firstSeenSince: horizon)
        }
        let cycle = FetchCycle(configuration: configuration, store: store, fetcher: fetcher, tracker: tracker, logger: logger)
        return try await cycle.run(subscriptions: subscriptions.subscriptions, force: force, progress: progress)
    }
}
