import Testing
import Timestamps
@testable import StoryEngine

@Suite struct SeedArticleTests {
    @Test func removesChromeAndKeepsTheHeadline() throws {
        let seed = SeedArticle(fileName: "001_a.txt", contents: try FixtureFile.fixture("chrome_seed.txt"))
        #expect(seed.title == "Magnitude 6.1 earthquake shakes Qeshm island in southern Iran — state media")
        #expect(seed.text.hasPrefix("TEHRAN, November 27."))
        #expect(seed.text.hasSuffix("in 2003."))
        #expect(!seed.text.contains("All news"))
        #expect(!seed.text.contains("Example.Az"))
    }

    @Test func takesTheYearOfADatelineFromTheText() throws {
        let seed = SeedArticle(fileName: "001_a.txt", contents: try FixtureFile.fixture("chrome_seed.txt"))
        #expect(seed.published == CivilDate(year: 2003, month: 11, day: 27, hour: 12).timestamp)
    }

    @Test func readsTheDateChromeLine() throws {
        let seed = SeedArticle(fileName: "002_b.txt", contents: try FixtureFile.fixture("dated_chrome_seed.txt"))
        #expect(seed.published == CivilDate(year: 2021, month: 3, day: 4, hour: 12).timestamp)
        #expect(seed.title.hasPrefix("Rescue teams"))
        #expect(seed.text.isEmpty)
    }

    @Test func readsTheShippedSeeds() throws {
        let seeds = try FixtureFile.shippedSeeds().map { SeedArticle(fileName: $0.name, contents: $0.contents) }
        try #require(seeds.count == 2)
        let may18 = CivilDate(year: 2024, month: 5, day: 18, hour: 12).timestamp
        #expect(seeds.allSatisfy { $0.published == may18 })
        #expect(seeds[0].title.hasPrefix("US, Iran enage in indirect talks"))
        #expect(seeds.allSatisfy { !$0.text.hasSuffix("News.Az") && !$0.text.contains("16 px") })
    }
}
