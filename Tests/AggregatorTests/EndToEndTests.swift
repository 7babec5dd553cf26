@testable import Aggregator
import FeedParsing
import FeedTestServer
import Foundation
import Logging
import Testing

/// The whole path once, for real: a local HTTP server serves three feeds (one
/// of them broken), two cycles run through the library the binary uses.
@Suite("End to end", .serialized, .enabled(if: FeedTestServer.isAvailable, "python3 is not installed: the local feed server needs it"))
struct EndToEndTests {
    @Test func twoCyclesPublishOnceAndThenAskConditionally() async throws {
        let test = try TestWorkspace()
        let workspace = try test.load(feeds: [
            ("Test Wire", "/wire.xml"), ("Test Ledger", "/ledger.atom"), ("Gone Astray", "/broken.html"),
        ])
        let logger = Logger(label: "test.e2e")

        let first = try await workspace.runCycle(force: false, logger: logger)
        #expect(first.feedsDue == 3)
        #expect(first.fetched == 2)
        #expect(first.failed == 1)
        #expect(first.newItems == 4)
        #expect(first.attachedToKnown == 2, "both reports of the Oman talks belong to the seed story")
        #expect(first.newStories == 2)
        #expect(first.failures.count == 1)
        #expect(first.failures.first?.contains(test.server.url("/broken.html")) == true, "the failure names the feed: \(first.failures)")

        let output = test.output
        let atom = try Data(contentsOf: output.appendingPathComponent("feed.atom"))
        let parsed = try FeedParser().parse(Array(atom))
        #expect(parsed.version == .atom10)
        #expect(!parsed.isRecovered, "feed.atom must be well-formed: \(parsed.recoveryNote ?? "")")
        let titles = Set(parsed.entries.compactMap(\.title))
        #expect(titles == [
            "Glassworks fire closes harbour road in Vellmouth",
            "Cycling federation names Rhea Okafor as new head coach",
        ])
        let pages = FileManager.default.enumerator(atPath: output.appendingPathComponent("articles").path)?
            .compactMap { $0 as? String }.filter { $0.hasSuffix(".html") } ?? []
        #expect(pages.count == 2)
        let atomModified = try FileManager.default.attributesOfItem(atPath: output.appendingPathComponent("feed.atom").path)[.modificationDate] as? Date

        let second = try await workspace.runCycle(force: true, logger: logger)
        #expect(second.notModified == 2)
        #expect(second.newItems == 0)
        #expect(second.failed == 1)
        #expect(second.filesWritten == 0, "an unchanged cycle rewrites nothing")
        let atomModifiedAgain = try FileManager.default.attributesOfItem(atPath: output.appendingPathComponent("feed.atom").path)[.modificationDate] as? Date
        #expect(atomModified == atomModifiedAgain)

        let requests = try test.server.requests()
        for feed in ["/wire.xml", "/ledger.atom"] {
            let forFeed = requests.filter { $0.path == feed }
            #expect(forFeed.count == 2)
            #expect(forFeed.first?.isConditional == false)
            #expect(forFeed.last?.isConditional == true, "the second cycle asks for \(feed) conditionally")
            #expect(forFeed.last?.status == 304)
        }
    }
}
