import Testing
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

    @Test func anItemSeenAgainAndAnotherWithItsLinkJoinItsStory() {
        let engine = StoryEngine()
        var original = quake
        original.url = "https://news.example/quake"
        _ = engine.assign(original)
        let again = engine.assign(original)
        #expect(again.storyID == "a" && !again.isNewStory)
        #expect(again.reason?.method == .sameItem)
        let relinked = StoryItem.report(
            "b", source: "Aggregator", title: "Read: the Qeshm story", url: "http://news.example/quake?utm_source=feed", may: 25
        )
        let assignment = engine.assign(relinked)
        #expect(assignment.storyID == "a")
        #expect(assignment.reason?.method == .sameURL)
        #expect(assignment.reason?.matchedItemID == "a")
        #expect(engine.assign(relinked).reason?.method == .sameItem)
        #expect(engine.itemCount == 2)
    }

    @Test func aStoryRestoredWithoutItsFoundingItemKeepsItsID() {
        let engine = StoryEngine()
        engine.restore(followUp, storyID: "a")
        #expect(engine.storyIndex(ofStory: "c") == nil)
        let assignment = engine.assign(quake)
        #expect(assignment.storyID == "a")
        #expect(!assignment.isNewStory)
        #expect(engine.assign(followUp).storyID == "a")
    }
}
