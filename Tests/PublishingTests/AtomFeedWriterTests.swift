import Publishing
import Testing
import Timestamps

@Suite struct AtomFeedWriterTests {
    let writer = AtomFeedWriter(identity: StoryFixtures.identity)
    let updated = StoryFixtures.may18.adding(seconds: 3_600)
    let atom = "http://www.w3.org/2005/Atom"

    func parsed(_ stories: [PublishableStory]) throws -> XMLSnapshot {
        try #require(XMLSnapshot(parsing: writer.render(stories, updated: updated).text))
    }

    @Test func feedLevelElements() throws {
        let feed = try parsed(StoryFixtures.all)
        let header = feed.elements.filter { $0.parentName == "feed" }
        #expect(header.filter { $0.name == "id" }.map(\.text) == ["tag:news.example.org,2024:aggregator"])
        #expect(header.filter { $0.name == "title" }.map(\.text) == ["Aggregator test feed"])
        #expect(header.filter { $0.name == "updated" }.map(\.text) == ["2024-05-18T15:03:00Z"])
        let links = header.filter { $0.name == "link" }.map { [$0.attributes["rel"] ?? "", $0.attributes["href"] ?? ""] }
        #expect(links == [
            ["self", "https://news.example.org/feed.atom"], ["alternate", "https://news.example.org/index.html"],
        ])
        let generator = try #require(header.first { $0.name == "generator" })
        #expect(generator.text == "aggregator")
        #expect(generator.attributes == ["uri": "https://github.com/example/aggregator", "version": "0.1.0"])
        #expect(feed.all("entry", in: atom).count == 3)
    }

    @Test func entryCarriesEverySource() throws {
        let feed = try parsed([StoryFixtures.grouped])
        let inEntry = feed.elements.filter { $0.parentName == "entry" }
        #expect(inEntry.filter { $0.name == "id" }.map(\.text) == ["tag:news.example.org,2024:aggregator/story-feed3-ab12cd"])
        #expect(inEntry.filter { $0.name == "title" }.map(\.text) == ["Oman floods: rescue teams reach Ibri"])
        #expect(inEntry.filter { $0.name == "published" }.map(\.text) == ["2024-05-18T14:03:00Z"])
        #expect(inEntry.filter { $0.name == "updated" }.map(\.text) == ["2024-05-18T14:23:00Z"])
        #expect(feed.all("name").map(\.text) == ["Sara Al-Harthy"])
        let links = inEntry.filter { $0.name == "link" }.map { "\($0.attributes["rel"] ?? "") \($0.attributes["href"] ?? "")" }
        #expect(links == [
            "alternate https://muscatdaily.example/2024/05/18/floods.html",
            "related https://wire.example/oman-floods",
            "related https://gulf.example/ibri",
        ])
        #expect(inEntry.filter { $0.name == "category" }.map { $0.attributes["term"] ?? "" } == ["Oman", "Weather"])
        let source = feed.elements.filter { $0.parentName == "source" }
        #expect(source.filter { $0.name == "id" }.map(\.text) == ["https://muscatdaily.example/rss.xml"])
        #expect(source.filter { $0.name == "title" }.map(\.text) == ["Muscat Daily"])

        let content = try #require(inEntry.first { $0.name == "content" })
        #expect(content.attributes["type"] == "html")
        #expect(content.text.contains(
            "Reported by <a href=\"https://muscatdaily.example/2024/05/18/floods.html\">Muscat Daily</a>, "
                + "<a href=\"https://wire.example/oman-floods\">Wire &amp; Co</a> and "
                + "<a href=\"https://gulf.example/ibri\">Gulf Blog</a>."
        ))
        #expect(content.text.contains("<a href=\"https://muscatdaily.example/map\">Map</a>"))
        #expect(content.text.contains("https://news.example.org/articles/2024/05/18/"))
    }

    @Test func storyWithoutLinksFallsBackToOurPageAndTheOutlet() throws {
        let feed = try parsed([StoryFixtures.lone])
        let links = feed.all("link").filter { $0.parentName == "entry" }
        #expect(links.map { $0.attributes["href"] ?? "" } == ["https://news.example.org/" + StoryFixtures.lone.articlePath])
        #expect(feed.all("name").map(\.text) == ["an unnamed outlet"])
        #expect(feed.all("id").last?.text == "file:///srv/feeds/local.xml")
    }

    @Test func idsAreStableAndIndependentOfOrder() throws {
        let forward = try parsed(StoryFixtures.all).all("id").filter { $0.parentName == "entry" }.map(\.text)
        let backward = try parsed(StoryFixtures.all.reversed()).all("id").filter { $0.parentName == "entry" }.map(\.text)
        #expect(forward == backward.reversed())
        #expect(Set(forward).count == 3)
        #expect(forward.last == "tag:news.example.org,2024:aggregator/story%2F..%2F..%2Fx%3F%26%3C%3E")
        #expect(writer.render(StoryFixtures.all, updated: updated) == writer.render(StoryFixtures.all, updated: updated))
    }

    @Test func hostileStoryStaysWellFormedAndHarmless() throws {
        let text = writer.render([StoryFixtures.hostile], updated: updated).text
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(!text.unicodeScalars.contains { $0.value == 0xFFFE || (0x7F...0x9F).contains($0.value) })
        let feed = try #require(XMLSnapshot(parsing: text))
        let title = try #require(feed.all("title").first { $0.parentName == "entry" })
        #expect(title.text == "<script>alert(1)</script> & [31m \"quoted\" ../../etc/passwd")
        for link in feed.all("link") {
            #expect(!(link.attributes["href"] ?? "").lowercased().contains("javascript:"))
            #expect(!(link.attributes["href"] ?? "").lowercased().hasPrefix("data:"))
        }
        let content = try #require(feed.all("content").first)
        #expect(DangerScanner.findings(in: content.text).isEmpty)
        #expect(!content.text.contains("onerror"))
        #expect(content.text.contains("Reported by Evil &lt;b&gt;Outlet&lt;/b&gt; and Data URL outlet."))
        #expect(feed.all("category").map { $0.attributes["term"] ?? "" } == ["<b>"])
    }

    /// A feed read from a local file is named in `atom:source` but not linked: no reader could open it.
    @Test func aLocalFeedHasNoSourceLink() throws {
        let feed = try parsed([StoryFixtures.lone])
        let source = feed.elements.filter { $0.parentName == "source" }
        #expect(source.filter { $0.name == "id" }.map(\.text) == ["file:///srv/feeds/local.xml"])
        #expect(source.filter { $0.name == "link" }.isEmpty)
        let webSource = try parsed([StoryFixtures.grouped]).elements.filter { $0.parentName == "source" && $0.name == "link" }
        #expect(webSource.map { $0.attributes["href"] ?? "" } == ["https://muscatdaily.example/rss.xml", "https://muscatdaily.example/"])
    }

    @Test func withoutPublicBaseURLThereIsNoSelfLink() throws {
        let offline = AtomFeedWriter(identity: StoryFixtures.identityWithoutBase)
        let feed = try #require(XMLSnapshot(parsing: offline.render([StoryFixtures.lone], updated: updated).text))
        #expect(feed.all("link").filter { $0.parentName != "source" }.isEmpty)
        #expect(!(feed.all("content").first?.text.contains("Every source") ?? true))
    }

    @Test func emptyFeedIsStillAFeed() throws {
        let feed = try parsed([])
        #expect(feed.all("entry").isEmpty)
        #expect(feed.all("id").count == 1)
    }

    @Test func archiveDocumentsLinkBackAndForth() throws {
        let page = AtomArchivePage(path: "archive/2.atom", previousPath: "archive/1.atom", nextPath: "archive/3.atom")
        let archive = try #require(XMLSnapshot(parsing: writer.renderArchive([StoryFixtures.grouped], updated: updated, page: page).text))
        #expect(archive.all("archive", in: "http://purl.org/syndication/history/1.0").count == 1)
        let links = archive.all("link").filter { $0.parentName == "feed" }
            .map { "\($0.attributes["rel"] ?? "") \($0.attributes["href"] ?? "")" }
        #expect(links == [
            "self https://news.example.org/archive/2.atom", "alternate https://news.example.org/index.html",
            "current https://news.example.org/feed.atom", "prev-archive https://news.example.org/archive/1.atom",
            "next-archive https://news.example.org/archive/3.atom",
        ])
        let current = try #require(XMLSnapshot(parsing: writer.render([], updated: updated, previousArchivePath: "archive/3.atom").text))
        #expect(current.all("link").contains { $0.attributes["rel"] == "prev-archive" && $0.attributes["href"] == "https://news.example.org/archive/3.atom" })
        #expect(current.all("archive").isEmpty)
    }

    /// Without a public base URL the links are relative, and resolve from where each
    /// document lies: an archive page two folders down reaches its siblings and the feed.
    @Test func archiveLinksWithoutABaseURLResolveFromTheDocument() throws {
        let offline = AtomFeedWriter(identity: StoryFixtures.identityWithoutBase)
        let page = AtomArchivePage(path: "archive/3/2.atom", previousPath: "archive/3/1.atom", nextPath: "archive/3/3.atom")
        let archive = try #require(XMLSnapshot(parsing: offline.renderArchive([], updated: updated, page: page).text))
        let links = archive.all("link").filter { $0.parentName == "feed" }
            .map { "\($0.attributes["rel"] ?? "") \($0.attributes["href"] ?? "")" }
        #expect(links == [
            "current ../../feed.atom", "prev-archive ../../archive/3/1.atom", "next-archive ../../archive/3/3.atom",
        ])
        let current = try #require(XMLSnapshot(parsing: offline.render([], updated: updated, previousArchivePath: "archive/3/3.atom").text))
        #expect(current.all("link").contains { $0.attributes["rel"] == "prev-archive" && $0.attributes["href"] == "archive/3/3.atom" })
    }
}
