internal import FoundationEssentials
import Publishing
import Testing

@Suite struct JSONFeedWriterTests {
    struct Feed: Decodable {
        struct Item: Decodable {
            struct Author: Decodable { var name: String; var url: String? }
            struct Extension: Decodable {
                struct Source: Decodable { var outlet: String; var url: String?; var feed_url: String; var date_published: String? }
                var article_path: String
                var grouping_reason: String?
                var sources: [Source]
            }
            var id: String
            var url: String?
            var title: String
            var content_html: String
            var date_published: String
            var date_modified: String
            var authors: [Author]
            var tags: [String]?
            var _aggregator: Extension
        }
        var version: String
        var title: String
        var home_page_url: String?
        var feed_url: String?
        var items: [Item]
    }

    let writer = JSONFeedWriter(identity: StoryFixtures.identity)

    func decoded(_ stories: [PublishableStory]) throws -> Feed {
        try JSONDecoder().decode(Feed.self, from: Data(writer.render(stories).utf8))
    }

    @Test func sameStoriesAsTheAtomFeed() throws {
        let feed = try decoded(StoryFixtures.all)
        #expect(feed.version == "https://jsonfeed.org/version/1.1")
        #expect(feed.feed_url == "https://news.example.org/feed.json")
        #expect(feed.home_page_url == "https://news.example.org/index.html")
        let atom = try #require(XMLSnapshot(parsing: AtomFeedWriter(identity: StoryFixtures.identity)
            .render(StoryFixtures.all, updated: StoryFixtures.may18).text))
        #expect(feed.items.map(\.id) == atom.all("id").filter { $0.parentName == "entry" }.map(\.text))
    }

    @Test func itemCarriesSourcesAndReason() throws {
        let item = try #require(try decoded([StoryFixtures.grouped]).items.first)
        #expect(item.url == "https://muscatdaily.example/2024/05/18/floods.html")
        #expect(item.date_published == "2024-05-18T14:03:00Z")
        #expect(item.date_modified == "2024-05-18T14:23:00Z")
        #expect(item.authors.map(\.name) == ["Sara Al-Harthy"])
        #expect(item.tags == ["Oman", "Weather"])
        #expect(item.content_html.hasPrefix("<p>Reported by <a href="))
        #expect(item._aggregator.sources.map(\.outlet) == ["Muscat Daily", "Wire & Co", "Gulf Blog"])
        #expect(item._aggregator.sources[2].date_published == "2024-05-18T14:23:00Z")
        #expect(item._aggregator.grouping_reason == "matched on shared terms: oman, ibri (score 0.42)")
        #expect(item._aggregator.article_path == StoryFixtures.grouped.articlePath)
    }

    @Test func hostileStoryIsCleaned() throws {
        let text = writer.render([StoryFixtures.hostile])
        #expect(!text.contains("\\u0000") && !text.contains("\\u001b") && !text.contains("javascript:"))
        let item = try #require(try decoded([StoryFixtures.hostile]).items.first)
        #expect(item.url == StoryFixtures.identity.publicURL(of: StoryFixtures.hostile.articlePath))
        #expect(DangerScanner.findings(in: item.content_html).isEmpty)
        #expect(item._aggregator.sources[1].url == nil)
    }

    /// A dictionary's order changes from one process to the next, so the same
    /// stories render the same bytes only if every object's keys are sorted.
    @Test func outputIsByteStable() throws {
        let text = writer.render(StoryFixtures.all)
        #expect(text == writer.render(StoryFixtures.all))
        let lines = text.split(separator: "\n")
        func keys(indentedBy width: Int, in lines: some Sequence<Substring>) -> [Substring] {
            lines.filter { $0.hasPrefix(String(repeating: " ", count: width) + "\"") }.map { $0.split(separator: "\"")[1] }
        }
        let feedKeys = keys(indentedBy: 2, in: lines)
        #expect(feedKeys.count > 3 && feedKeys == feedKeys.sorted())
        let firstItem = lines.drop { !$0.hasPrefix("    {") }.dropFirst().prefix { !$0.hasPrefix("    }") }
        let itemKeys = keys(indentedBy: 6, in: firstItem)
        #expect(itemKeys.count > 3 && itemKeys == itemKeys.sorted())
    }
}
