@testable import Aggregator
import FeedTestServer
import Foundation
import Logging
import Store
import Testing
import Timestamps

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

    /// `[dedup] story_max_age_days`: the index a cycle opens (and a daemon
    /// rebuilds daily) holds only the items first seen within that age, so an
    /// older story takes no new report; the store still knows its items.
    @Test func theIndexHoldsOnlyItemsFirstSeenWithinTheStoryAge() throws {
        let test = try TestWorkspace()
        let workspace = try test.load(feeds: [("Test Wire", "/wire.xml")], extraSettings: "[dedup]\nstory_max_age_days = 30")
        let store = try workspace.openStore()
        let feed = try #require(try store.syncSubscriptions(workspace.subscriptions.subscriptions).first)
        let now = Timestamp.now
        func stored(_ key: String, daysAgo: Int64) -> (item: ItemRecord, placement: StoryPlacement) {
            let seen = now.adding(seconds: -daysAgo * 86_400)
            let item = ItemRecord(id: "item-\(key)", feedID: feed.id, key: key, title: "Report \(key)", firstSeen: seen)
            let story = StoryRecord(
                id: item.id, title: item.title, published: seen, updated: seen, isKnown: false, leadItemID: item.id,
                articlePath: "articles/\(key).html"
            )
            return (item, StoryPlacement(storyID: item.id, merge: nil, storyToCreate: story, isKnownStory: false))
        }
        try store.save([feed], adding: [stored("old", daysAgo: 31), stored("recent", daysAgo: 29)])

        let resources = try workspace.openCycleResources(logger: Logger(label: "test.story-age"))
        defer { resources.shutdown() }
        #expect(try resources.tracker.prepare())
        #expect(resources.tracker.itemCount == 1, "the item first seen 31 days ago stays out of the index")
        #expect(try store.itemCount() == 2)
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
