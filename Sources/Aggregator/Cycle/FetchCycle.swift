public import FeedFetching
import FeedParsing
import Publishing
import StableHashing
import Foundation
public import Logging
public import Store
import SystemInterface
public import Timestamps

/// One poll cycle: fetch every due feed, store what is new, place it in
/// stories, publish. `aggregator fetch` runs one; the daemon runs one per tick.
public final class FetchCycle {
    private let configuration: Configuration
    private let store: FeedStore
    private let fetcher: FeedFetcher
    private let tracker: StoryTracker
    private let publisher: OutputPublisher
    private let logger: Logger
    private let now: @Sendable () -> Timestamp
    private let scheduler: FeedScheduler
    private let redirectPolicy: RedirectPolicy

    public init(
        configuration: Configuration, store: FeedStore, fetcher: FeedFetcher, tracker: StoryTracker,
        logger: Logger, now: @escaping @Sendable () -> Timestamp = { Timestamp.now }
    ) {
        self.configuration = configuration
        self.store = store
        self.fetcher = fetcher
        self.tracker = tracker
        self.publisher = OutputPublisher(configuration: configuration, logger: logger)
        self.logger = logger
        self.now = now
        self.scheduler = FeedScheduler(configuration: configuration.fetch)
        self.redirectPolicy = RedirectPolicy(confirmations: configuration.fetch.redirectConfirmations)
    }

    /// - Parameter force: poll every feed, due or not (still conditionally,
    ///   and never one that is gone or asked us to wait with Retry-After).
    /// - Parameter keepingIndex: false for a one-shot cycle, whose story index
    ///   is then released before publishing.
    public func run(
        subscriptions: [Subscription], force: Bool, keepingIndex: Bool = true, progress: (any CycleProgress)? = nil
    ) async throws(CycleError) -> CycleSummary {
        let lock = try await CycleLock.acquire(folder: configuration.paths.state) {
            logger.notice("another aggregator is running a cycle on this state folder; waiting for it")
            progress?.waitingForLock()
        }
        defer { withExtendedLifetime(lock) {} }
        // Another process may have stored items since this tracker last saw the store.
        tracker.resync(storedItemCount: try CycleError.storeCall { () throws(StoreError) in try store.itemCount() })

        let started = now()
        let feeds = try CycleError.storeCall { () throws(StoreError) in try store.syncSubscriptions(subscriptions) }
        let due = feeds.filter {
            $0.isDue(at: started) || (force && !$0.isGone && !self.scheduler.isWaitingForServer($0, at: started))
        }
        var summary = CycleSummary()
        summary.feedsDue = due.count
        progress?.started(total: due.count)

        // Feeds are fetched and parsed concurrently (the fetcher bounds the
        // transfers); each result is applied to the store and the story
        // engine here, one at a time, as soon as it is ready. Only a window of
        // polls is under way at once: parsing outruns applying, and results
        // waiting to be applied would otherwise hold every feed in memory.
        let fetcher = self.fetcher
        let scheduler = self.scheduler
        let window = 2 * configuration.fetch.concurrency
        let leadTextWords = tracker.leadTextWords
        // Feed states are saved in batches, each with the new items its feeds
        // brought; a crash loses at most one batch, and those feeds are then
        // simply fetched again (conditionally). The batches are written on a
        // thread of their own while the next feeds' items are placed.
        var unsaved: [FeedRecord] = []
        var unsavedItems: [(item: ItemRecord, placement: StoryPlacement)] = []
        let writer = StoreWriter()
        let stopped: CycleError? = await withTaskGroup(of: FeedPoll.self) { group in
            var waiting = due.makeIterator()
            func startNextPoll() {
                guard let feed = waiting.next() else { return }
                group.addTask { [store, now] in
                    let conditional = !scheduler.needsUnconditionalFetch(feed, at: started)
                    // Bound to a local before it is returned: Swift 6.3.1
                    // release builds miscompile a child result built around
                    // an await (DESIGN.md, pitfall 2).
                    let poll = await Self.poll(
                        feed, with: fetcher, conditional: conditional, store: store,
                        itemTimesLimit: scheduler.itemsForPublishingRate, leadTextWords: leadTextWords, now: now
                    )
                    return poll
                }
            }
            for _ in 0..<window { startNextPoll() }
            for await poll in group {
                // A stopping daemon has shut the fetcher down, so the polls still
                // arriving are cancellations, not the feeds' failures: they stay
                // unapplied, no more start, and those feeds are simply due at the next start.
                if Task.isStopRequested { continue }
                startNextPoll()
                do throws(CycleError) {
                    // Interrupted by a stop, the index is incomplete: this poll
                    // stays unapplied like those after it.
                    if poll.bringsNewItems, tracker.needsPreparing, !(try prepareIndex()) { continue }
                    let (feed, placed) = try apply(poll, to: &summary)
                    unsaved.append(feed)
                    unsavedItems += placed
                    if unsaved.count >= Self.feedStatesPerCommit || unsavedItems.count >= Self.newItemsPerCommit {
                        // At most one batch waits behind the one being written, so
                        // placed items do not pile up in memory; with none waiting,
                        // the polls stood idle whenever a write ran long.
                        try await finishWrites(of: writer, leavingPending: 1)
                        submitSave(unsaved, adding: unsavedItems, to: writer)
                        unsaved.removeAll(keepingCapacity: true)
                        unsavedItems.removeAll(keepingCapacity: true)
                    }
                } catch {
                    group.cancelAll()
                    return error
                }
                progress?.advanced(feed: poll.feed.title)
            }
            return nil
        }
        if stopped == nil { submitSave(unsaved, adding: unsavedItems, to: writer) }
        // Even a failed cycle ends only after its writes: the next one reads what they wrote.
        let unwritten: CycleError?
        do throws(CycleError) {
            try await finishWrites(of: writer)
            unwritten = nil
        } catch {
            unwritten = error
        }
        if stopped != nil || unwritten != nil {
            // Items the index holds but the store does not would be matched
            // against, and joined, by the next cycle: it rebuilds the index instead.
            tracker.releaseIndex()
        }
        if let stopped { throw stopped }
        if let unwritten { throw unwritten }
        tracker.markInStep(storedItemCount: try CycleError.storeCall { () throws(StoreError) in try store.itemCount() })
        if !keepingIndex {
            tracker.releaseIndex()
            GlibcAllocator.releaseFreeMemory()
        }
        // Publishing a large store takes long; a stopping daemon leaves it, or
        // the rest of it, to its next start, which publishes first.
        guard !Task.isStopRequested else { return summary }
        summary.filesWritten = try await publisher.publish(from: store, at: now())
        progress?.finished()
        return summary
    }

    private static func poll(
        _ feed: FeedRecord, with fetcher: FeedFetcher, conditional: Bool, store: FeedStore, itemTimesLimit: Int,
        leadTextWords: Int, now: () -> Timestamp
    ) async -> FeedPoll {
        let itemTimes = Result { () throws(StoreError) in try store.recentItemTimes(ofFeed: feed.id, limit: itemTimesLimit) }
        let request = FetchRequest(
            url: feed.url,
            etag: conditional ? feed.etag : nil,
            lastModified: conditional ? feed.lastModified : nil
        )
        var response: FetchResponse
        do {
            response = try await fetcher.fetch(request)
        } catch {
            return FeedPoll(
                feed: feed, conditional: conditional, response: nil, bodySize: 0, outcome: .failed("\(error)"),
                storedItemTimes: itemTimes
            )
        }
        let outcome: FeedPoll.Outcome
        switch response.status {
        case 304:
            outcome = .notModified
        case 200...299:
            let hash = StableHash.hex(of: response.body)
            if hash == feed.bodyHash {
                outcome = .unchanged
            } else {
                do {
                    let parsed = try FeedParser().parse(response.body, documentURL: response.finalURL, contentType: response.contentType)
                    let seen = now()
                    let newItems = Result { () throws(StoreError) in
                        try store.unseen(parsed.entries.map { ItemRecord(entry: $0, of: feed, seenAt: seen) })
                            .map { NewItem($0, leadTextWords: leadTextWords) }
                    }
                    outcome = .parsed(parsed, bodyHash: hash, newItems: newItems)
                } catch {
                    outcome = .failed("\(error)")
                }
            }
        case 410:
            outcome = .gone
        case 429, 503:
            outcome = .rateLimited(retryAfter: response.retryAfter)
        default:
            outcome = .failed("the server answered HTTP \(response.status)")
        }
        let bodySize = response.body.count
        response.body = []
        return FeedPoll(
            feed: feed, conditional: conditional, response: response, bodySize: bodySize, outcome: outcome,
            storedItemTimes: itemTimes
        )
    }

    private static let feedStatesPerCommit = 128
    private static let newItemsPerCommit = 256

    /// Applies one feed's poll to the story engine (its new items) and to the
    /// summary; returns the feed's new state and its placed items, for the caller to store.
    private func apply(
        _ poll: FeedPoll, to summary: inout CycleSummary
    ) throws(CycleError) -> (feed: FeedRecord, placed: [(item: ItemRecord, placement: StoryPlacement)]) {
        let checked = now()
        var feed = poll.feed
        feed.lastChecked = checked
        feed.lastStatus = poll.response?.status
        summary.bytesFetched += poll.bodySize
        if let response = poll.response {
            redirectPolicy.apply(response, to: &feed)
            // Validators are kept only for a body we could use: after a body
            // that failed to parse, a 304 would hide the failure.
            switch poll.outcome {
            case .parsed, .unchanged:
                feed.etag = response.etag
                feed.lastModified = response.lastModified
            case .notModified:
                feed.etag = response.etag ?? feed.etag
                feed.lastModified = response.lastModified ?? feed.lastModified
            case .failed, .gone, .rateLimited:
                break
            }
            if !poll.conditional { feed.lastUnconditional = checked }
        }
        var placed: [(item: ItemRecord, placement: StoryPlacement)] = []
        switch poll.outcome {
        case .failed(let message):
            record(failure: message, of: &feed, in: &summary)
        case .gone:
            feed.isGone = true
            record(failure: "the server says the feed is gone (HTTP 410); it is no longer polled", of: &feed, in: &summary)
        case .rateLimited(let retryAfter):
            let wait = retryAfter.map { "; Retry-After: \($0)" } ?? ""
            record(failure: "the server asked us to slow down (HTTP \(feed.lastStatus ?? 429))\(wait)", of: &feed, in: &summary)
        case .notModified, .unchanged:
            feed.lastError = nil
            summary.notModified += 1
        case .parsed(let parsed, let hash, let newItems):
            feed.lastError = nil
            feed.bodyHash = hash
            if feed.siteLink == nil { feed.siteLink = parsed.link }
            summary.fetched += 1
            if let note = parsed.recoveryNote {
                logger.notice("feed is not well-formed; recovered", metadata: ["feed.url": "\(feed.url)", "xml.error": "\(note)"])
            }
            if let note = parsed.identityNote {
                logger.notice("feed entry ids unusable; using a fallback", metadata: ["feed.url": "\(feed.url)", "detail": "\(note)"])
            }
            placed = place(try CycleError.storeCall { () throws(StoreError) in try newItems.get() }, into: &summary)
        }
        // The placed items are not written yet: the feed's item times are those
        // stored when it was polled, and theirs.
        let stored = try CycleError.storeCall { () throws(StoreError) in try poll.storedItemTimes.get() }
        let itemTimes = (stored + placed.map(\.item.effectiveDate)).sorted(by: >).prefix(scheduler.itemsForPublishingRate)
        scheduler.update(&feed, after: poll, itemTimes: Array(itemTimes), now: checked)
        return (feed, placed)
    }

    private func record(failure message: String, of feed: inout FeedRecord, in summary: inout CycleSummary) {
        feed.lastError = message
        summary.failed += 1
        summary.failures.append("\(feed.title) (\(feed.url)): \(message)")
        logger.warning("feed failed", metadata: ["feed.url": "\(feed.url)", "error": "\(message)"])
    }

    /// Rebuilds the story index from the store, saying how long that took: on a
    /// large store it is the one long pause of a daemon's first cycle.
    private func prepareIndex() throws(CycleError) -> Bool {
        let started = ContinuousClock.now
        guard try CycleError.storeCall({ () throws(StoreError) in try tracker.prepare() }) else { return false }
        guard tracker.itemCount > 0 else { return true }
        let (seconds, attoseconds) = (ContinuousClock.now - started).components
        logger.info("story index rebuilt", metadata: [
            "items": "\(tracker.itemCount)", "milliseconds": "\(seconds * 1000 + attoseconds / 1_000_000_000_000_000)",
        ])
        return true
    }

    /// Places each entry not seen before in a story. The parser gives a feed's
    /// entries distinct keys, but an id spelled like another entry's numbered
    /// key ("x#2") can still meet it: only the first is placed, and stored.
    private func place(_ items: [NewItem], into summary: inout CycleSummary) -> [(item: ItemRecord, placement: StoryPlacement)] {
        var keys: Set<String> = []
        var placed: [(item: ItemRecord, placement: StoryPlacement)] = []
        for newItem in items where keys.insert(newItem.record.key).inserted {
            let placement = tracker.place(newItem, seenAt: newItem.record.firstSeen)
            if placement.merge == nil {
                summary.newStories += 1
            } else if placement.isKnownStory {
                summary.attachedToKnown += 1
            } else {
                summary.joinedStories += 1
            }
            placed.append((newItem.record, placement))
        }
        summary.newItems += placed.count
        return placed
    }

    /// Queues one batch: feeds' states with the items they brought.
    private func submitSave(
        _ feeds: [FeedRecord], adding items: [(item: ItemRecord, placement: StoryPlacement)], to writer: StoreWriter
    ) {
        writer.submit { [store] () throws(StoreError) in try store.save(feeds, adding: items) }
    }

    private func finishWrites(of writer: StoreWriter, leavingPending pending: Int = 0) async throws(CycleError) {
        do {
            try await writer.wait(untilPendingAtMost: pending)
        } catch {
            throw CycleError(wrapping: error)
        }
    }
}
