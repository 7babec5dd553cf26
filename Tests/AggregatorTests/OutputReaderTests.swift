@testable import Aggregator
import ExternalTool
import FeedParsing
import FeedTestServer
import Foundation
import Testing

/// A real feed reader subscribed to our `feed.atom`, served over HTTP from 127.0.0.1:
/// newsboat (Debian package `newsboat`), run non-interactively, its cache read with
/// `sqlite3` (Debian package `sqlite3`). Skips with a note when either is missing.
@Suite("Output in newsboat", .serialized, .enabled(if: FeedTestServer.isAvailable, "python3 is not installed: the local feed server needs it"))
struct OutputReaderTests {
    /// A private newsboat: its own config, URL list and cache, and a HOME of its own.
    struct Newsboat {
        let tool: ExternalTool
        let sqlite: ExternalTool
        let folder: URL

        init(tool: ExternalTool, sqlite: ExternalTool, subscribedTo url: String, in folder: URL) throws {
            self.tool = tool
            self.sqlite = sqlite
            self.folder = folder
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try (url + "\n").write(to: folder.appendingPathComponent("urls"), atomically: true, encoding: .utf8)
            try "".write(to: folder.appendingPathComponent("config"), atomically: true, encoding: .utf8)
        }

        func run(_ arguments: [String]) throws -> String {
            let environment = ["HOME": folder.path, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TERM": "dumb"]
            let files = ["-u", "urls", "-c", "cache.db", "-C", "config"].map { $0.hasPrefix("-") ? $0 : folder.appendingPathComponent($0).path }
            let result = try tool.run(files + arguments, environment: environment)
            #expect(result.status == 0, "newsboat \(arguments): \(result.output)")
            return result.output
        }

        func reload() throws { _ = try run(["-x", "reload"]) }

        var unread: String { get throws { try run(["-x", "print-unread"]).trimmingCharacters(in: .whitespacesAndNewlines) } }

        /// The items newsboat keeps, as `guid<TAB>title` lines, sorted.
        func items() throws -> [String] {
            let cache = folder.appendingPathComponent("cache.db").path
            let result = try sqlite.run(["-separator", "\t", cache, "SELECT guid, title FROM rss_item ORDER BY guid"])
            #expect(result.status == 0, "\(result.output)")
            return result.output.split(separator: "\n").map(String.init)
        }
    }

    @Test(.enabled(if: ExternalTool.find("newsboat") != nil && ExternalTool.find("sqlite3") != nil, "newsboat or sqlite3 is not installed"))
    func newsboatListsExactlyOurStoriesAndNothingNewAfterAnUnchangedCycle() async throws {
        let newsboat = try #require(ExternalTool.find("newsboat"))
        let sqlite = try #require(ExternalTool.find("sqlite3"))
        let bench = try OutputTestBench(feeds: [("Test Wire", "/wire.xml"), ("Test Ledger", "/ledger.atom"), ("Desk", "/desk.atom")])
        try bench.serve((1...4).map { OutputTestEntry($0) }, at: "/desk.atom")
        _ = try await bench.runCycle()
        let server = try FeedTestServer(root: bench.output.path)
        defer { server.stop() }
        let reader = try Newsboat(
            tool: newsboat, sqlite: sqlite, subscribedTo: server.url("/feed.atom"),
            in: bench.test.folder.appendingPathComponent("newsboat")
        )

        try reader.reload()
        let ours = try bench.feed(at: "feed.atom").entries.map { "\($0.id ?? "")\t\($0.title ?? "")" }.sorted()
        #expect(ours.count == 6, "four desk stories and two from the fixtures")
        #expect(try reader.items() == ours)
        #expect(try reader.unread == "6 unread articles")

        let unchanged = try await bench.runCycle()
        #expect(unchanged.filesWritten == 0)
        // Twice: newsboat 2.21 stores the validators only on its second fetch of a
        // feed (newsboat issue 2734), so the third is the first conditional one.
        for _ in 1...2 {
            try reader.reload()
            #expect(try reader.items() == ours, "an unchanged cycle shows nothing new")
            #expect(try reader.unread == "6 unread articles")
        }
        let fetches = try server.requests().filter { $0.path == "/feed.atom" }
        #expect(fetches.last?.isConditional == true && fetches.last?.status == 304, "the unchanged feed.atom kept its ETag: \(fetches)")

        try bench.serve((1...5).map { OutputTestEntry($0) }, at: "/desk.atom")
        // newsboat's libcurl drops a 200 whose Last-Modified is no newer than the
        // If-Modified-Since it sent (CURLOPT_TIMECONDITION), and Last-Modified
        // counts whole seconds: feed.atom rewritten in the second it was last
        // written would look unchanged. The daemon's cycles are minutes apart; these are not.
        try await Task.sleep(for: .milliseconds(1_100))
        _ = try await bench.runCycle()
        try reader.reload()
        #expect(try reader.items().count == 7, "a new story is the one new item")
        #expect(try reader.items().contains { $0.hasSuffix("\t" + OutputTestEntry(5).title) })
        #expect(try reader.unread == "7 unread articles")
    }
}
