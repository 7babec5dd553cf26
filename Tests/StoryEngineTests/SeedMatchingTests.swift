import Testing
import Timestamps
@testable import StoryEngine

/// The hard cases of issue 5 against the shipped seeds: the May 2024 US–Iran talks in Oman.
@Suite struct SeedMatchingTests {
    let seedStory = "seed:000_edd4f4b9f33c2b1f.txt"

    func engineWithSeeds() throws -> StoryEngine {
        let engine = StoryEngine()
        engine.addSeeds(try FixtureFile.shippedSeeds().map { SeedArticle(fileName: $0.name, contents: $0.contents) })
        return engine
    }

    @Test func theShippedSeedsFormOneKnownStory() throws {
        let engine = try engineWithSeeds()
        #expect(engine.stories.count == 1)
        #expect(engine.storyID(of: 0) == seedStory)
        #expect(engine.stories.first?.memberCount == 2)
        #expect(engine.itemCount == 0)
    }

    @Test func aOneLineItemAboutTheTalksMatchesTheSeedStory() throws {
        let engine = try engineWithSeeds()
        let item = StoryItem.report(
            "feed-1", source: "Example Wire",
            title: "US and Iran held indirect talks in Oman",
            text: "McGurk and Paley met Omani mediators on how to avoid a regional escalation.", may: 17
        )
        let assignment = engine.assign(item)
        #expect(assignment.storyID == seedStory)
        #expect(assignment.isKnownStory)
        #expect(!assignment.isNewStory)
        #expect(assignment.reason?.method == .seed)
        #expect(assignment.reason?.sharedTerms.contains("oman") == true)
    }

    @Test func anUndatedHeadlineAboutTheTalksMatchesTheSeedStory() throws {
        let engine = try engineWithSeeds()
        let item = StoryItem.report(
            "feed-2", source: "Example Wire", title: "Biden aides McGurk and Paley held indirect talks with Iran in Oman",
            may: nil
        )
        #expect(engine.assign(item).storyID == seedStory)
    }

    @Test func theAprilAttackOnIsraelIsAnotherEvent() throws {
        let engine = try engineWithSeeds()
        let item = StoryItem.report(
            "feed-3", source: "Example Wire",
            title: "Iran launches hundreds of drones and missiles at Israel",
            text: "Iran fired about 350 drones and ballistic missiles toward Israel in retaliation for the strike on its consulate in Damascus; Israel intercepted 99% of them.",
            on: CivilDate(year: 2024, month: 4, day: 14, hour: 1)
        )
        let assignment = engine.assign(item)
        #expect(assignment.isNewStory)
        #expect(!assignment.isKnownStory)
    }

    @Test func theJanuaryTalksInOmanAreAnotherEvent() throws {
        let engine = try engineWithSeeds()
        let item = StoryItem.report(
            "feed-4", source: "Example Wire",
            title: "US and Iran held indirect talks in Oman",
            text: "McGurk met Omani mediators in Muscat to pass messages to Tehran about regional attacks.",
            on: CivilDate(year: 2024, month: 1, day: 10, hour: 12)
        )
        #expect(engine.assign(item).isNewStory)
    }
}
