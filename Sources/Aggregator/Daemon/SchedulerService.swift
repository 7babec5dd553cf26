import FeedFetching
import Logging
import ServiceLifecycle
import SystemInterface
import Store
import Timestamps

/// Runs the cycles: one at start, then one whenever a feed falls due or a
/// reloaded configuration arrives. Each is the cycle `aggregator fetch` runs;
/// the store, the fetcher and the story index are kept from one to the next.
struct SchedulerService: Service {
    let workspace: Workspace
    let inbox: DaemonInbox
    let notifier: SystemdNotifier?
    let monitor: CycleMonitor
    let logger: Logger
    var metrics: CycleMetrics? = nil

    /// The story index is rebuilt from the store this often, so items older
    /// than `[dedup] story_max_age_days` leave it as they do for a one-shot fetch.
    static let indexLifetime = Duration.seconds(86_400)
    /// The shortest pause after a cycle, should a feed's next check fail to
    /// move forward (its state could not be saved, say). After a cycle that
    /// stopped, the pause is `[fetch] min_interval`.
    static let minimumPause = Duration.seconds(1)

    /// How long past the first due feed a cycle waits, so that feeds falling
    /// due a little later (jitter, and whole-second stamps of one cycle's
    /// answers) are polled and published together rather than one cycle each:
    /// a thirtieth of `min_interval`, at least two seconds. No feed is polled early.
    static func gatheringSeconds(minInterval: Int) -> Int64 {
        Int64(max(2, minInterval / 30))
    }

    func run() async throws {
        try await withGracefulShutdownHandler {
            try await pollUntilStopped()
        } onGracefulShutdown: { [inbox, notifier, logger] in
            logger.info("stopping")
            notifier?.send(.stopping)
            inbox.stop()
        }
    }

    private func pollUntilStopped() async throws {
        var workspace = self.workspace
        var resources = try workspace.openCycleResources(logger: logger)
        defer { resources.shutdown() }
        var openedAt = ContinuousClock.now
        let loaded = "\(workspace.subscriptions.subscriptions.count) feeds and \(workspace.seeds.count) seed stories"
        logger.info("ready", metadata: ["feeds": "\(workspace.subscriptions.subscriptions.count)", "seeds": "\(workspace.seeds.count)"])
        notifier?.send(.ready(status: "loaded \(loaded); polling the due feeds"))

        var pollNow = true
        // The group cancels its services when one fails (the HTTP server cannot
        // listen): a cancelled sleep returns at once, so the loop must end then too.
        while !inbox.isStopping, !Task.isCancelled {
            if let candidate = inbox.takeReload() {
                do {
                    let reopened = try candidate.openCycleResources(logger: logger)
                    resources.shutdown()
                    (workspace, resources, openedAt) = (candidate, reopened, .now)
                    LogSetup.change(level: LogSetup.level(named: workspace.configuration.logLevel))
                    logger.info("configuration reloaded", metadata: ["feeds": "\(workspace.subscriptions.subscriptions.count)"])
                    notifier?.send(.ready(status: "configuration reloaded; polling the due feeds"))
                    pollNow = true
                } catch {
                    ReloadService.reportRefusal(error, logger: logger, notifier: notifier)
                }
            } else if ContinuousClock.now - openedAt > Self.indexLifetime {
                do {
                    let reopened = try workspace.openCycleResources(logger: logger)
                    resources.shutdown()
                    (resources, openedAt) = (reopened, .now)
                } catch {
                    logger.warning("cannot rebuild the story index; keeping the current one", metadata: ["error": "\(error)"])
                }
            }
            let longest = Duration.seconds(workspace.configuration.fetch.minIntervalSeconds)
            let gathering = Self.gatheringSeconds(minInterval: workspace.configuration.fetch.minIntervalSeconds)
            let gathered = nextPoll(in: resources.store).map { $0.adding(seconds: gathering) }
            var pause = pollNow ? .zero : Self.pause(until: gathered, now: .now, longest: longest)
            if pause == .zero {
                pause = await cycle(workspace, resources) ? Self.minimumPause : longest
                pollNow = false
            }
            await inbox.wait(until: .now + pause)
        }
    }

    /// How long to wait for `nextPoll`: never past it, and never longer than
    /// `longest`, so feeds that another process changed are seen soon enough.
    static func pause(until nextPoll: Timestamp?, now: Timestamp, longest: Duration) -> Duration {
        guard let nextPoll else { return longest }
        let seconds = nextPoll.secondsSince1970 - now.secondsSince1970
        return seconds <= 0 ? .zero : min(.seconds(seconds), longest)
    }

    /// Runs one cycle and reports it; returns whether it completed.
    ///
    /// What the cycle freed goes back to the kernel before the cycle reports
    /// its end: an observer of the reported end (systemd's status, a soak
    /// sampling memory) then sees what the daemon keeps while it waits.
    private func cycle(_ workspace: Workspace, _ resources: CycleResources) async -> Bool {
        monitor.cycleStarting()
        let started = ContinuousClock.now
        defer { monitor.cycleEnded() }
        notifier?.send(.status("polling the due feeds"))
        do {
            let summary = try await withGracefulShutdownHandler {
                try await workspace.runCycle(using: resources, force: false, logger: logger, progress: monitor)
            } onGracefulShutdown: { [fetcher = resources.fetcher] in
                // Ends the transfers in flight at once; the cycle then stores
                // nothing more and the output stays as last published.
                fetcher.shutdown()
            }
            // Read before the memory goes back, so that this read's temporaries go too.
            let status = recordStatus(workspace, resources, summary, duration: .now - started)
            releaseMemory(of: resources)
            logger.info("cycle finished", metadata: summary.metadata)
            if let status { notifier?.send(.status(status.line)) }
            return true
        } catch {
            releaseMemory(of: resources)
            logger.error("cycle stopped", metadata: ["error": "\(error)"])
            notifier?.send(.status("the last cycle stopped: \(error)"))
            return false
        }
    }

    /// SQLite's page caches first: kept between cycles they held several
    /// megabytes that grew with the store, and once freed the trim hands them back.
    private func releaseMemory(of resources: CycleResources) {
        resources.store.releaseMemory()
        GlibcAllocator.releaseFreeMemory()
    }

    /// Records the cycle in the metrics; returns the status line's figures,
    /// nil when the store cannot be read.
    private func recordStatus(
        _ workspace: Workspace, _ resources: CycleResources, _ summary: CycleSummary, duration: Duration
    ) -> DaemonStatus? {
        let settings = workspace.configuration
        do {
            let published = try resources.store.visibleStoryCount(
                includeKnown: settings.dedup.emitKnown, limit: settings.output.maxEntries
            )
            let feeds = try resources.store.feeds()
            metrics?.recordCycle(summary, duration: duration, feeds: feeds, storiesPublished: published)
            return DaemonStatus(feeds: feeds, storiesPublished: published)
        } catch {
            logger.warning("cannot read the store for the status line", metadata: ["error": "\(error)"])
            return nil
        }
    }

    /// When the next feed is due; read from the store each time, since a
    /// one-shot `fetch` may have polled feeds in between.
    private func nextPoll(in store: FeedStore) -> Timestamp? {
        do {
            return DaemonStatus.nextPoll(of: try store.feeds())
        } catch {
            logger.warning("cannot read the feeds' next checks; polling now", metadata: ["error": "\(error)"])
            return Timestamp.now
        }
    }

}
