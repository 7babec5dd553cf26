import Testing
import Timestamps
@testable import StoryEngine

@Suite struct IndexLifecycleTests {
    let quake = StoryItem.report(
        "a", source: "Left",
        title: "Magnitude 6.1 earthquake destroys villages on Iran's Qeshm island",
        text: "A strong earthquake struck Qeshm island in the Persian Gulf on Sunday, killing at least ten people.",
        may: 1
    )
    let followUp = StoryItem.report(
        "c", source: "Centre", title: "Qeshm island quake: rescuers reach destroyed villages in southern Iran",
        text: "Rescue teams reached villages on Qeshm destroyed by Sunday's magnitude 6.1 earthquake.", may: 2
    )

    @Test func restoredItemsRebuildTheirStories() {
        let engine = StoryEngine()
        engine.restore(quake, storyID: "story-1")
        #expect(engine.itemCount == 1)
        let assignment = engine.assign(followUp)
        #expect(assignment.storyID == "story-1")
        #expect(!assignment.isNewStory)
    }

    @Test func expiredStoriesLeaveTheIndexButTheirItemsStayKnown() {
        let engine = StoryEngine()
        _ = engine.assign(quake)
        engine.expire(before: CivilDate(year: 2024, month: 5, day: 20).timestamp)
        #expect(engine.itemCount == 0)
        #expect(engine.assign(followUp).isNewStory)
        let again = engine.assign(quake)
        #expect(again.storyID == "a")
        #expect(!again.isNewStory)
        #expect(again.reason?.method == .sameItem)
    }

    @Test func anExpiredItemsLinkStillLeadsToItsStory() {
        let engine = StoryEngine()
        var original = quake
        original.url = "https://news.example/quake"
        _ = engine.assign(original)
        engine.expire(before: CivilDate(year: 2024, month: 5, day: 20).timestamp)
        let relinked = StoryItem.report(
            "b", source: "Aggregator", title: "Read: the Qeshm story", url: "http://news.example/quake?utm_source=feed", may: 25
        )
        let assignment = engine.assign(relinked)
        #expect(assignment.storyID == "a")
        #expect(assignment.reason?.method == .sameURL)
        #expect(assignment.reason?.matchedItemID == "a")
        #expect(engine.assign(relinked).reason?.method == .sameItem)
        #expect(engine.itemCount == 0)
    }

    @Test func aStoryRestoredWithoutItsFoundingItemKeepsItsID() {
        let engine = StoryEngine()
        engine.restore(followUp, storyID: "a")
        #expect(engine.storyIndex(ofStory: "c") == nil)
        let assignment = engine.assign(quake)
        #expect(assignment.storyID == "a")
        #expect(!assignment.isNewStory)
        engine.expire(before: CivilDate(year: 2024, month: 5, day: 20).timestamp)
        #expect(engine.assign(quake).storyID == "a")
        #expect(engine.assign(followUp).storyID == "a")
    }

    @Test func expiryKeepsRecentStoriesAndTheirIndex() {
        let engine = StoryEngine()
        _ = engine.assign(.report("old", source: "Left", title: "Council approves budget for harbour repairs", may: 1, hour: 3))
        _ = engine.assign(quake)
        engine.expire(before: CivilDate(year: 2024, month: 4, day: 30).timestamp)
        #expect(engine.itemCount == 2)
        engine.expire(before: CivilDate(year: 2024, month: 5, day: 1, hour: 6).timestamp)
        #expect(engine.itemCount == 1)
        #expect(engine.assign(followUp).storyID == "a")
    }

    // The undated report ages from its arrival, when the newest time seen was
    // the quake's; removing the older story rebuilds the index in between.
    @Test func anUndatedReportAgesFromItsArrivalThroughARebuild() {
        let engine = StoryEngine()
        _ = engine.assign(.report("old", source: "Left", title: "Council approves budget for harbour repairs", may: 1, hour: 3))
        _ = engine.assign(quake)
        _ = engine.assign(.report("undated", source: "Right", title: "Ferry operators strike over pension reform", may: nil))
        engine.expire(before: CivilDate(year: 2024, month: 5, day: 1, hour: 6).timestamp)
        #expect(engine.itemCount == 2)
        engine.expire(before: CivilDate(year: 2024, month: 5, day: 1, hour: 10).timestamp)
        #expect(engine.itemCount == 0)
    }

    @Test func seedStoriesDoNotExpire() throws {
        let engine = StoryEngine()
        engine.addSeeds(try FixtureFile.shippedSeeds().map { SeedArticle(fileName: $0.name, contents: $0.contents) })
        engine.expire(before: CivilDate(year: 2030, month: 1, day: 1).timestamp)
        #expect(engine.stories.count == 1)
    }
}
