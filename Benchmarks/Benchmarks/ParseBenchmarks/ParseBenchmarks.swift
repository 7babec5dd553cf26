import Benchmark
import BenchmarkSupport
import FeedParsing

/// FeedParser over whole feed sets, the way a cycle parses every changed feed.
let benchmarks: @Sendable () -> Void = {
    let configuration = Benchmark.Configuration(
        metrics: PartMetrics.standard + [PartMetrics.megabytesPerSecond, PartMetrics.itemsPerSecond],
        maxDuration: .seconds(4),
        maxIterations: 20
    )

    Benchmark("Parse: 200 synthetic feeds", configuration: configuration) { benchmark, feeds in
        parse(feeds, in: benchmark)
    } setup: {
        SyntheticFeed.set(count: 200, from: NewsStream()).map(\.bytes)
    }

    let generated = GeneratedFeedSet.load()
    if generated.isEmpty {
        print("note: no gen_feeds.py set in \(GeneratedFeedSet.folder); 'Parse: gen_feeds.py set' skipped "
            + "(python3 ../../shared/bench/gen_feeds.py DIR --count 1000; AGGREGATOR_BENCH_FEEDS=DIR)")
    } else {
        Benchmark("Parse: gen_feeds.py set (\(generated.count) feeds)", configuration: configuration) { benchmark in
            parse(generated, in: benchmark)
        }
    }
}

private func parse(_ feeds: [[UInt8]], in benchmark: Benchmark) {
    let parser = FeedParser()
    let (items, seconds) = benchmark.measured {
        var items = 0
        for feed in feeds {
            do {
                items += try parser.parse(feed).entries.count
            } catch {
                benchmark.error("a feed of the set did not parse: \(error)")
            }
        }
        return items
    }
    let bytes = feeds.reduce(0) { $0 + $1.count }
    benchmark.record(PartMetrics.megabytesPerSecond, Double(bytes) / 1e6, per: seconds)
    benchmark.record(PartMetrics.itemsPerSecond, Double(items), per: seconds)
}
