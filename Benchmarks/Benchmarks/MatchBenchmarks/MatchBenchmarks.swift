import Benchmark
import BenchmarkSupport
import Publishing
import StoryEngine

/// The story engine with a month of a thousand feeds' news (100,000 items)
/// already indexed: how fast new items are placed (issue 5 asks for at least
/// 20,000 a second on one core), how fast the index is rebuilt at start-up,
/// and what it costs in memory per item.
let benchmarks: @Sendable () -> Void = {
    let stream = NewsStream()
    let indexed = 100_000

    Benchmark(
        "Match: assign 1,000 new items, 100k indexed",
        configuration: .init(metrics: PartMetrics.standard, scalingFactor: .kilo, maxDuration: .seconds(3), maxIterations: 20)
    ) { (benchmark: Benchmark, engine: StoryEngine) in
        // Each iteration brings the next 1,000 items of the stream: matching
        // the same items again would take the engine's known-item shortcut.
        // The index grows by as much (to at most 121k after 20 iterations and the warm-up).
        let batch = stream.storyItems(indexed + benchmark.currentIteration * 1_000 ..< indexed + (benchmark.currentIteration + 1) * 1_000)
        let (assignments, _) = benchmark.measured {
            batch.map(engine.assign)
        }
        blackHole(assignments)
    } setup: {
        let engine = StoryEngine()
        for (item, storyID) in stream.restorableItems(0..<indexed) {
            engine.restore(item, storyID: storyID)
        }
        return engine
    }

    Benchmark(
        "Match: rebuild the index of 100k items",
        configuration: .init(metrics: PartMetrics.standard + [PartMetrics.itemsPerSecond], maxDuration: .seconds(4), maxIterations: 3)
    ) { (benchmark: Benchmark, items: [(StoryItem, String)]) in
        let (engine, seconds) = benchmark.measured {
            let engine = StoryEngine()
            for (item, storyID) in items {
                engine.restore(item, storyID: storyID)
            }
            return engine
        }
        benchmark.record(PartMetrics.itemsPerSecond, Double(engine.itemCount), per: seconds)
    } setup: {
        stream.restorableItems(0..<indexed)
    }

    Benchmark(
        "Match: index memory per item, 100k items",
        configuration: .init(metrics: [.peakMemoryResident, PartMetrics.bytesPerItem], warmupIterations: 0, maxIterations: 1)
    ) { benchmark in
        // Items are made and dropped one at a time, so the growth of resident
        // memory is what the index keeps of them (ids, terms, postings, stories).
        let before = ResidentMemory.bytes()
        let engine = StoryEngine()
        for position in 0..<indexed {
            let (item, storyID) = stream.restorableItem(position)
            engine.restore(item, storyID: storyID)
        }
        let held = ResidentMemory.bytes() - before
        benchmark.measurement(PartMetrics.bytesPerItem, held / engine.itemCount)
    }
}
