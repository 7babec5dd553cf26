@testable import Aggregator
import FeedFetching
import FeedParsing
import FeedTestServer
import Foundation
import Logging
import Store
import Timestamps

/// Cycles over feeds the test writes itself, on a test clock, for the output checks:
/// each cycle is a fresh store, engine and fetcher, as after a restart.
final class OutputTestBench {
    let test: TestWorkspace
    private(set) var workspace: Workspace
    /// One hour later at every cycle, so a source that joins moves its story's `updated`;
    /// it starts on 1 June 2024, after every entry the tests serve.
    private(set) var clock = Timestamp(secondsSince1970: 1_717_200_000)

    /// Subscribes to `feeds` (title and path under the served folder): a fixture of this
    /// target, or a feed the test serves, which starts empty.
    init(feeds: [(title: String, path: String)], settings: String = "") throws {
        test = try TestWorkspace()
        workspace = try test.load(feeds: feeds, extraSettings: settings)
        for feed in feeds where !FileManager.default.fileExists(atPath: served(feed.path).path) {
            try serve([], at: feed.path)
        }
    }

    private func served(_ path: String) -> URL {
        test.folder.appendingPathComponent("served" + path)
    }

    var output: URL { test.output }

    /// Serves `entries` as an Atom feed at `path`, replacing what was there.
    func serve(_ entries: [OutputTestEntry], at path: String) throws {
        let body = entries.map(\.atom).joined(separator: "\n")
        let document = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Bench \(path)</title><id>urn:bench:\(path)</id>
            <updated>2024-05-18T00:00:00Z</updated><link href="https://bench.example\(path)/"/>
            \(body)
            </feed>
            """
        try document.write(to: served(path), atomically: true, encoding: .utf8)
    }

    func runCycle() async throws -> CycleSummary {
        clock = clock.adding(seconds: 3_600)
        let store = try workspace.openStore()
        let fetcher = try FeedFetcher(configuration: workspace.fetcherConfiguration, logger: Self.logger)
        defer { fetcher.shutdown() }
        let tracker = StoryTracker(seeds: workspace.seeds) { (visit) throws(StoreError) in try store.forEachItem(visit) }
        let now = clock
        let cycle = FetchCycle(
            configuration: workspace.configuration, store: store, fetcher: fetcher, tracker: tracker,
            logger: Self.logger, now: { now }
        )
        return try await cycle.run(subscriptions: workspace.subscriptions.subscriptions, force: true)
    }

    static let logger = Logger(label: "test.output")

    func text(of relativePath: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(relativePath), encoding: .utf8)
    }

    func feed(at relativePath: String) throws -> ParsedFeed {
        try FeedParser().parse(Array(try text(of: relativePath).utf8))
    }

    func modificationDate(of relativePath: String) throws -> Date? {
        try FileManager.default.attributesOfItem(atPath: output.appendingPathComponent(relativePath).path)[.modificationDate] as? Date
    }

    /// Every regular file under the output folder, relative to it.
    func outputFiles() -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: output.path)
        return (enumerator?.allObjects as? [String] ?? []).filter { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path, isDirectory: &isFolder)
                && !isFolder.boolValue
        }.sorted()
    }
}

/// One entry of a bench feed. Titles are made of invented words unique to the entry,
/// so no two entries read as the same event and none matches a seed story.
struct OutputTestEntry {
    var number: Int
    var feed: String
    var title: String
    var link: String
    var body: String

    init(_ number: Int, feed: String = "desk", link: String? = nil) {
        self.number = number
        self.feed = feed
        title = "\(Self.word(number)) \(Self.word(number + 397)) \(Self.word(number + 811)) report \(number)"
        self.link = link ?? "https://\(feed).example/news/\(number)"
        body = "\(Self.word(number + 1_213)) \(Self.word(number + 1_601)) said the \(Self.word(number + 2_003)) works go on."
    }

    var atom: String {
        let day = 1 + number % 27
        let date = "2024-05-\(day < 10 ? "0" : "")\(day)T\(10 + number % 12):00:00Z"
        return """
            <entry><id>urn:\(feed):\(number)</id><title>\(title)</title><link href="\(link)"/>
            <published>\(date)</published><updated>\(date)</updated><summary>\(body)</summary></entry>
            """
    }

    /// A pronounceable made-up word, different for every number.
    static func word(_ number: Int) -> String {
        let syllables = ["ka", "lo", "mi", "ne", "ru", "ta", "vo", "zi", "be", "do", "fu", "gre", "sh", "pla", "tor", "wy"]
        var value = number
        var word = ""
        repeat {
            word += syllables[value % syllables.count]
            value /= syllables.count
        } while value > 0
        return (word + "x").capitalized
    }
}
