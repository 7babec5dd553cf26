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

    /// Opens the store and starts the fetcher; the story index holds the
    /// seeds now and is rebuilt from the store when the first new item comes.
    public func openCycleResources(logger: Logger) throws(CycleError) -> CycleResources {
        let store: FeedStore
        let fetcher: FeedFetcher
        do {
            store = try openStore()
            fetcher = try FeedFetcher(configuration: fetcherConfiguration, logger: logger)
        } catch {
            throw CycleError(wrapping: error)
        }
        let tracker = StoryTracker(seeds: seeds) { (visit) throws(StoreError) in
            try store.forEachItem(firstSeenSince: storyHorizon, visit)
        }
        return CycleResources(store: store, fetcher: fetcher, tracker: tracker)
    }

    /// Runs one cycle end to end: open the store, rebuild the story index
    /// from it, poll, publish.
    public func runCycle(
        force: Bool, logger: Logger, progress: (any CycleProgress)? = nil
    ) async throws(CycleError) -> CycleSummary {
        let resources = try openCycleResources(logger: logger)
        defer { resources.shutdown() }
        return try await runCycle(using: resources, force: force, keepingIndex: false, logger: logger, progress: progress)
    }

    /// Runs one cycle with resources kept from earlier cycles: the same code
    /// as ``runCycle(force:logger:progress:)``, without reopening anything.
    /// - Parameter keepingIndex: false when no cycle follows with these resources.
    public func runCycle(
        using resources: CycleResources, force: Bool, keepingIndex: Bool = true, logger: Logger,
        progress: (any CycleProgress)? = nil
    ) async throws(CycleError) -> CycleSummary {
        let cycle = FetchCycle(
            configuration: configuration, store: resources.store, fetcher: resources.fetcher,
            tracker: resources.tracker, logger: logger
        )
        return try await cycle.run(
            subscriptions: subscriptions.subscriptions, force: force, keepingIndex: keepingIndex, progress: progress
        )
    }

    /// Items first seen before this no longer join stories.
    private var storyHorizon: Timestamp {
        Timestamp.now.adding(seconds: -Int64(configuration.dedup.storyMaxAgeDays) * 86_400)
    }
}
