@testable import Aggregator
import FeedTestServer
import Foundation
import Logging
import Testing

/// The daemon keeps its story index between cycles; a one-shot `fetch` run in
/// between must not leave it blind to what that fetch stored.
@Suite("Daemon story index", .enabled(if: FeedTestServer.isAvailable, "python3 is not installed: the local feed server needs it"))
struct DaemonIndexTests {
    @Test func keptIndexCatchesUpWithItemsAnotherProcessStored() async throws {
        let test = try TestWorkspace()
        let logger = Logger(label: "test.daemon-index")
        let daemonSide = try test.load(feeds: [("Test Wire", "/wire.xml")])
        let resources = try daemonSide.openCycleResources(logger: logger)
        defer { resources.shutdown() }
        let first = try await daemonSide.runCycle(using: resources, force: false, logger: logger)
        #expect(first.newItems == 2, "the index is built now, and in step with the store")

        try Self.writeFeed(named: "bridge-a.xml", outlet: "Outlet A", into: test)
        let oneShot = try test.load(feeds: [("Test Wire", "/wire.xml"), ("Outlet A", "/bridge-a.xml")])
        let fetched = try await oneShot.runCycle(force: false, logger: logger)
        #expect(fetched.newStories == 1)

        try Self.writeFeed(named: "bridge-b.xml", outlet: "Outlet B", into: test)
        let daemonAgain = try test.load(feeds: [
            ("Test Wire", "/wire.xml"), ("Outlet A", "/bridge-a.xml"), ("Outlet B", "/bridge-b.xml"),
        ])
        let second = try await daemonAgain.runCycle(using: resources, force: false, logger: logger)
        #expect(second.newItems == 1)
        #expect(second.newStories == 0, "the report joins the story the one-shot fetch stored, by its link")
        #expect(second.joinedStories == 1)
    }

    /// One outlet's report of the same event, under the same link.
    static func writeFeed(named name: String, outlet: String, into test: TestWorkspace) throws {
        try """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>\(outlet)</title><link>https://\(name).test/</link>
            <item><title>Quillon bridge reopens after the Tarvesk flood repairs</title>
            <link>https://events.test/quillon-bridge-reopens</link><guid isPermaLink="false">\(name)-1</guid>
            <description>Engineers from \(outlet) watched the first lorries cross.</description></item>
            </channel></rss>
            """.write(to: test.folder.appendingPathComponent("served/\(name)"), atomically: true, encoding: .utf8)
    }
}
