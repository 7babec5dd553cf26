@testable import Aggregator
import Store
import Testing
import Timestamps

@Suite("Story tracker")
struct StoryTrackerTests {
    static let storedCount = 3 * StoryTracker.itemsBetweenStopChecks

    static func stored(_ number: Int) -> ItemRecord {
        var item = ItemRecord(
            id: "item-\(number)", feedID: Int64(number % 7), key: "\(number)", title: "Report number \(number) on event \(number)",
            published: Timestamp(secondsSince1970: 1_716_000_000 + Int64(number)), firstSeen: Timestamp(secondsSince1970: 1_716_000_000)
        )
        item.storyID = "story-\(number)"
        return item
    }

    /// A tracker whose store holds `items`.
    static func tracker(restoring items: [ItemRecord]) -> StoryTracker {
        StoryTracker(seeds: []) { (visit) throws(StoreError) in
            for item in items where !visit(item) { return }
        }
    }

    @Test func aStopInterruptsTheIndexRebuildAndTheNextPrepareCompletesIt() throws {
        let items = (0..<Self.storedCount).map(Self.stored)
        let tracker = Self.tracker(restoring: items)
        var checks = 0
        let finished = try tracker.prepare {
            checks += 1
            return checks > 1
        }
        #expect(!finished)
        #expect(tracker.itemCount == StoryTracker.itemsBetweenStopChecks, "stopped at the first check after the start")

        #expect(try tracker.prepare { false })
        #expect(tracker.itemCount == Self.storedCount, "carried on without placing any item twice")
        #expect(try tracker.prepare { true }, "a whole index needs no rebuild, stop or not")
    }

    @Test func aReleasedIndexIsRebuiltByTheNextPrepare() throws {
        let items = (0..<10).map(Self.stored)
        let tracker = Self.tracker(restoring: items)
        #expect(try tracker.prepare())
        tracker.releaseIndex()
        #expect(tracker.itemCount == 0 && tracker.needsPreparing)
        #expect(try tracker.prepare())
        #expect(tracker.itemCount == items.count)
    }
}
