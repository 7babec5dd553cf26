import Benchmark
import BenchmarkSupport
import Publishing
import Timestamps

/// The writers a cycle runs over the newest stories (`[output] max_entries`,
/// 100 by default): feed.atom, feed.json, the story pages and the index; and
/// the two HTML passes every report body goes through.
let benchmarks: @Sendable () -> Void = {
    let storyCount = 100
    let identity = FeedIdentity(
        title: "Benchmark news", id: "https://news.example.org/feed.atom", publicBaseURL: "https://news.example.org",
        generatorName: "aggregator", generatorVersion: "bench", generatorURI: "https://github.com/aggregator/aggregator"
    )
    let configuration = Benchmark.Configuration(
        metrics: PartMetrics.standard + [PartMetrics.storiesPerSecond, PartMetrics.megabytesPerSecond],
        maxDuration: .seconds(2),
        maxIterations: 200
    )
    let stories = { NewsStream().publishableStories(count: storyCount) }

    Benchmark("Publish: feed.atom of 100 stories", configuration: configuration) { (benchmark: Benchmark, stories: [PublishableStory]) in
        let writer = AtomFeedWriter(identity: identity)
        let updated = stories.map(\.updated).max() ?? Timestamp(secondsSince1970: 0)
        let (feed, seconds) = benchmark.measured { writer.render(stories, updated: updated, previousArchivePath: "archive/100/1.atom") }
        record(outputBytes: feed.count, stories: stories.count, seconds: seconds, in: benchmark)
    } setup: {
        stories()
    }

    Benchmark("Publish: feed.json of 100 stories", configuration: configuration) { (benchmark: Benchmark, stories: [PublishableStory]) in
        let writer = JSONFeedWriter(identity: identity)
        let (feed, seconds) = benchmark.measured { writer.render(stories) }
        record(outputBytes: feed.utf8.count, stories: stories.count, seconds: seconds, in: benchmark)
    } setup: {
        stories()
    }

    Benchmark("Publish: 100 story pages and index.html", configuration: configuration) { (benchmark: Benchmark, stories: [PublishableStory]) in
        let writer = ArticlePageWriter(identity: identity)
        let (pages, seconds) = benchmark.measured { stories.map(writer.render) + [writer.renderIndex(stories)] }
        record(outputBytes: pages.reduce(0) { $0 + $1.count }, stories: stories.count, seconds: seconds, in: benchmark)
    } setup: {
        stories()
    }

    Benchmark("Publish: HTMLSanitizer over 100 lead bodies", configuration: configuration) { (benchmark: Benchmark, stories: [PublishableStory]) in
        let sanitizer = HTMLSanitizer()
        let (safe, seconds) = benchmark.measured {
            stories.map { sanitizer.sanitize($0.lead.body ?? "", baseURL: $0.lead.url) }
        }
        blackHole(safe)
        let input = stories.reduce(0) { $0 + ($1.lead.body?.utf8.count ?? 0) }
        benchmark.record(PartMetrics.storiesPerSecond, Double(stories.count), per: seconds)
        benchmark.record(PartMetrics.megabytesPerSecond, Double(input) / 1e6, per: seconds)
    } setup: {
        stories()
    }

    Benchmark("Publish: HTMLText.plainText of 100 lead bodies", configuration: configuration) { (benchmark: Benchmark, stories: [PublishableStory]) in
        // What the story tracker does to every new HTML item before matching it.
        let (texts, seconds) = benchmark.measured {
            stories.map { HTMLText.plainText(from: $0.lead.body ?? "") }
        }
        blackHole(texts)
        let input = stories.reduce(0) { $0 + ($1.lead.body?.utf8.count ?? 0) }
        benchmark.record(PartMetrics.storiesPerSecond, Double(stories.count), per: seconds)
        benchmark.record(PartMetrics.megabytesPerSecond, Double(input) / 1e6, per: seconds)
    } setup: {
        stories()
    }
}

/// Stories per second, and megabytes of output per second.
private func record(outputBytes bytes: Int, stories: Int, seconds: Double, in benchmark: Benchmark) {
    benchmark.record(PartMetrics.storiesPerSecond, Double(stories), per: seconds)
    benchmark.record(PartMetrics.megabytesPerSecond, Double(bytes) / 1e6, per: seconds)
}
