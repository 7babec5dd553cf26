import Testing
import Timestamps
@testable import StoryEngine

@Suite struct SameEventTests {
    @Test func differentWordsForOneEventMerge() {
        let engine = StoryEngine()
        let first = engine.assign(.report(
            "a", source: "Left",
            title: "Magnitude 6.1 earthquake destroys villages on Iran's Qeshm island",
            text: "A strong earthquake struck Qeshm island in the Persian Gulf on Sunday, killing at least ten people."
        ))
        let second = engine.assign(.report(
            "b", source: "Right",
            title: "Quake on Qeshm island kills ten in southern Iran",
            text: "Ten people died when a 6.1 magnitude quake flattened villages on Qeshm, Iranian state television said.",
            hour: 11
        ))
        #expect(first.isNewStory)
        #expect(first.storyID == "a")
        #expect(second.storyID == "a")
        #expect(second.reason?.method == .similarWording)
        #expect(second.reason?.matchedItemID == "a")
        #expect(second.reason?.sharedTerms.contains("qeshm") == true)
    }

    @Test func twoEarthquakesOnOneDayStayApart() {
        let engine = StoryEngine()
        _ = engine.assign(.report(
            "iran", source: "Wire",
            title: "Magnitude 6.1 earthquake destroys villages on Iran's Qeshm island",
            text: "A strong earthquake struck Qeshm island in the Persian Gulf on Sunday, killing at least ten people, state television said."
        ))
        let other = engine.assign(.report(
            "sumatra", source: "Agency",
            title: "Magnitude 6.3 earthquake shakes Indonesia's Sumatra island",
            text: "A strong earthquake struck off Sumatra on Sunday, damaging houses in Padang and killing at least four people, officials said."
        ))
        #expect(other.isNewStory)
    }

    @Test func oneSourceIsNeverMergedWithItself() {
        let engine = StoryEngine()
        let title = "Magnitude 6.1 earthquake destroys villages on Iran's Qeshm island"
        _ = engine.assign(.report("a", source: "Wire", title: title))
        #expect(engine.assign(.report("b", source: "Wire", title: title, hour: 10)).isNewStory)
    }

    @Test func reportsOutsideTheTimeWindowStayApart() {
        let engine = StoryEngine()
        let title = "Magnitude 6.1 earthquake destroys villages on Iran's Qeshm island"
        _ = engine.assign(.report("a", source: "Left", title: title, may: 1))
        #expect(engine.assign(.report("b", source: "Right", title: title, may: 12)).isNewStory)
    }

    @Test func theSameArticleLinkedByTwoFeedsIsOneStory() {
        let engine = StoryEngine()
        _ = engine.assign(.report("a", source: "Left", title: "Council approves budget", url: "https://news.example/budget"))
        let linked = engine.assign(.report(
            "b", source: "Aggregator", title: "Read: the budget story",
            url: "http://www.news.example/budget/?utm_source=feed#comments"
        ))
        #expect(linked.storyID == "a")
        #expect(linked.reason?.method == .sameURL)
        #expect(linked.reason?.matchedItemID == "a")
    }

    @Test func anItemSeenAgainIsAnUpdateNotAStory() {
        let engine = StoryEngine()
        let item = StoryItem.report("a", source: "Left", title: "Council approves budget")
        _ = engine.assign(item)
        let again = engine.assign(item)
        #expect(!again.isNewStory)
        #expect(again.storyID == "a")
        #expect(again.reason?.method == .sameItem)
        #expect(engine.itemCount == 1)
    }

    @Test func aRepublishedWireCopyIsANearCopy() {
        let engine = StoryEngine()
        let text = "The central bank raised its main interest rate by a quarter point on Thursday to 4.5 percent, "
            + "the highest level in fifteen years, and signalled that further increases were possible if inflation "
            + "stayed above its target through the summer months."
        _ = engine.assign(.report("a", source: "Wire", title: "Central bank raises rates to 4.5%", text: text))
        let copy = engine.assign(.report(
            "b", source: "Paper", title: "Central bank raises rates to 4.5%", text: text + " Markets fell.", hour: 12
        ))
        #expect(copy.storyID == "a")
        #expect(copy.reason?.method == .nearCopy)
    }
}
