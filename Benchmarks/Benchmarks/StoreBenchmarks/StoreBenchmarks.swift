import Benchmark
import BenchmarkSupport
import Store
import Timestamps

/// FeedStore (SQLite through GRDB, WAL) on a fresh file in a temporary
/// folder: a cold cycle's writes, and the reads of a cycle that finds nothing new.
let benchmarks: @Sendable () -> Void = {
    let time = Timestamp(secondsSince1970: 1_751_328_000)

    Benchmark(
        "Store: cold cycle, 200 feeds × 35 new items into a fresh database",
        configuration: .init(
            metrics: PartMetrics.standard + [PartMetrics.itemsPerSecond, .writeSyscalls, .writeBytesLogical],
            maxDuration: .seconds(4), maxIterations: 10
        )
    ) { (benchmark: Benchmark, set: SyntheticSubscriptions) in
        do {
            let folder = try ScratchFolder()
            let (_, seconds) = try benchmark.measured {
                let store = try FeedStore(directory: folder.path)
                let feeds = try store.syncSubscriptions(set.subscriptions)
                try store.storeNewItems(set.items(of: feeds), of: feeds, at: time)
            }
            benchmark.record(PartMetrics.itemsPerSecond, Double(set.subscriptions.count * SyntheticSubscriptions.itemsPerFeed), per: seconds)
        } catch {
            benchmark.error("the store failed: \(error)")
        }
    } setup: {
        SyntheticSubscriptions(feedCount: 200, seenAt: time)
    }

    Benchmark(
        "Store: warm cycle, 1,000 feeds all 304, 35k items stored",
        configuration: .init(metrics: PartMetrics.standard + [PartMetrics.feedsPerSecond], maxDuration: .seconds(3), maxIterations: 20)
    ) { (benchmark: Benchmark, state: PopulatedStore) in
        do {
            let (_, seconds) = try benchmark.measured {
                try state.store.runUnchangedCycle(state.set.subscriptions, at: time.adding(seconds: 3_600))
            }
            benchmark.record(PartMetrics.feedsPerSecond, Double(state.set.subscriptions.count), per: seconds)
        } catch {
            benchmark.error("the store failed: \(error)")
        }
    } setup: {
        try PopulatedStore(feedCount: 1_000, at: time)
    }

    Benchmark(
        "Store: a first publication's reads, every story of 35k items, 100 at a time",
        configuration: .init(metrics: PartMetrics.standard + [PartMetrics.storiesPerSecond], maxDuration: .seconds(4), maxIterations: 10)
    ) { (benchmark: Benchmark, state: PopulatedStore) in
        do {
            let (read, seconds) = try benchmark.measured {
                try state.store.readEveryArchivePage(pageSize: 100)
            }
            if read.members != state.items.joined().count { benchmark.error("\(read.members) members read, every stored item expected") }
            benchmark.record(PartMetrics.storiesPerSecond, Double(read.stories), per: seconds)
        } catch {
            benchmark.error("the store failed: \(error)")
        }
    } setup: {
        try PopulatedStore(feedCount: 1_000, at: time)
    }

    Benchmark(
        "Store: unseen() of 1,000 changed feeds with nothing new",
        configuration: .init(metrics: PartMetrics.standard + [PartMetrics.itemsPerSecond], maxDuration: .seconds(3), maxIterations: 20)
    ) { (benchmark: Benchmark, state: PopulatedStore) in
        do {
            let (fresh, seconds) = try benchmark.measured {
                try state.items.reduce(0) { $0 + (try state.store.unseen($1).count) }
            }
            if fresh != 0 { benchmark.error("\(fresh) stored items were taken for new ones") }
            benchmark.record(PartMetrics.itemsPerSecond, Double(state.items.joined().count), per: seconds)
        } catch {
            benchmark.error("the store failed: \(error)")
        }
    } setup: {
        try PopulatedStore(feedCount: 1_000, at: time)
    }
}
