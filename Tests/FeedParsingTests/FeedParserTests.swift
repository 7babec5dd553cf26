import FeedParsing
import Testing
import Timestamps

@Suite("Feed parser: formats")
struct FeedParserTests {
    let parser = FeedParser()

    @Test("RSS 2.0: channel, items, namespaces, HTML entities, relative links")
    func rss20() throws {
        let feed = try parser.parse(try Fixture.bytes("rss20.xml"), documentURL: "https://example.com/feed.xml")
        #expect(feed.version == .rss20)
        #expect(!feed.isRecovered)
        #expect(feed.title == "Example & Co News")
        #expect(feed.link == "https://example.com/")
        #expect(feed.updated?.rfc3339 == "2003-06-10T09:41:01Z")
        #expect(feed.timeToLiveMinutes == 30)
        #expect(feed.entries.count == 2)
        let first = try #require(feed.entries.first)
        #expect(first.title == "Café opens\u{A0}today")
        #expect(first.link == "https://example.com/news/cafe")
        #expect(first.id == "cafe-2003")
        #expect(first.key == "cafe-2003")
        #expect(first.published?.rfc3339 == "2003-06-10T09:00:00Z")
        #expect(first.summary == "<p>The caf&eacute; is <b>open</b>.</p>")
        #expect(first.content == "<p>Full <em>story</em>.</p>")
        #expect(first.contentIsHTML)
        #expect(first.authors == ["Jane Doe"])
        #expect(first.people == [FeedPerson(name: "Jane Doe", email: "news@example.com")])
        #expect(first.categories == ["Food"])
        #expect(first.enclosures == [Enclosure(url: "https://example.com/a.mp3", type: "audio/mpeg", length: 1234)])
        let second = feed.entries[1]
        #expect(second.link == "https://example.com/news/second", "a permalink guid stands in for the link")
        #expect(second.authors == ["John Roe"])
        #expect(second.updated?.rfc3339 == "2003-06-11T08:00:00Z")
    }

    @Test("Atom 1.0: xml:base, link relations, text constructs, xhtml content")
    func atom10() throws {
        let feed = try parser.parse(try Fixture.bytes("atom10.xml"), documentURL: "https://example.org/feed.atom")
        #expect(feed.version == .atom10)
        #expect(!feed.isRecovered)
        #expect(feed.title == "dive into mark")
        #expect(feed.link == "https://example.org/blog/")
        #expect(feed.id == "tag:example.org,2003:3")
        #expect(feed.updated?.rfc3339 == "2005-07-31T12:29:29Z")
        let entry = try #require(feed.entries.first)
        #expect(entry.title == "AT&amp;T <b>news</b>")
        #expect(entry.link == "https://example.org/blog/2005/04/02/atom")
        #expect(entry.enclosures == [Enclosure(url: "https://example.org/audio/podcast.mp3", type: "audio/mpeg", length: 1337)])
        #expect(entry.published?.rfc3339 == "2003-12-13T12:29:29Z")
        #expect(entry.people == [FeedPerson(name: "Mark Pilgrim", email: "f8dy@example.com", uri: "https://example.org/")])
        #expect(entry.categories == ["tech"])
        #expect(entry.summary == "Plain & simple")
        #expect(entry.content == "<p><i>[Update: The Atom draft is finished.]</i><br />x &lt; y</p>")
        #expect(entry.contentIsHTML)
    }

    @Test("Atom entry document is a feed of one entry")
    func atomEntryDocument() throws {
        let xml = """
            <entry xmlns="http://www.w3.org/2005/Atom"><id>urn:x</id><title>One</title>
            <updated>2009-08-31T18:55:12Z</updated></entry>
            """
        let feed = try parser.parse(Array(xml.utf8))
        #expect(feed.version == .atom10)
        #expect(feed.entries.map(\.key) == ["urn:x"])
    }

    @Test("RSS 1.0 (RDF) and RSS 0.90")
    func rdf() throws {
        let rss10 = """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
              xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel rdf:about="https://x.example/"><title>X</title><link>https://x.example/</link></channel>
            <item rdf:about="https://x.example/1"><title>One</title><link>https://x.example/1</link>
            <dc:date>2004-01-01T00:00:00Z</dc:date></item></rdf:RDF>
            """
        let feed = try parser.parse(Array(rss10.utf8))
        #expect(feed.version == .rss10)
        #expect(feed.title == "X")
        #expect(feed.entries.first?.link == "https://x.example/1")
        #expect(feed.entries.first?.updated?.rfc3339 == "2004-01-01T00:00:00Z")
        let rss090 = """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/">
            <channel><title>Old</title><link>https://old.example/</link></channel>
            <item><title>A</title><link>https://old.example/a</link></item></rdf:RDF>
            """
        let old = try parser.parse(Array(rss090.utf8))
        #expect(old.version == .rss090)
        #expect(old.entries.first?.title == "A")
    }

    @Test("RSS 0.91 and 0.92 versions")
    func rss09x() throws {
        let feed091 = try parser.parse(Array(#"<rss version="0.91"><channel><title>T</title></channel></rss>"#.utf8))
        #expect(feed091.version == .rss091)
        let feed094 = try parser.parse(Array(#"<rss version="0.94"><channel><title>T</title></channel></rss>"#.utf8))
        #expect(feed094.version == .rss092)
    }

    @Test("Atom 0.3")
    func atom03() throws {
        let xml = """
            <feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Old Atom</title>
            <link rel="alternate" type="text/html" href="http://a.example/"/>
            <entry><title>E</title><link rel="alternate" href="http://a.example/e"/><id>tag:a,1</id>
            <issued>2003-12-13T18:30:02Z</issued><modified>2003-12-13T18:30:02Z</modified>
            <content type="text/html" mode="escaped">&lt;p&gt;hi&lt;/p&gt;</content></entry></feed>
            """
        let feed = try parser.parse(Array(xml.utf8))
        #expect(feed.version == .atom03)
        #expect(feed.link == "http://a.example/")
        let entry = try #require(feed.entries.first)
        #expect(entry.published?.rfc3339 == "2003-12-13T18:30:02Z")
        #expect(entry.content == "<p>hi</p>")
        #expect(entry.contentIsHTML)
    }

    @Test("JSON Feed 1.1 and 1.0")
    func jsonFeed() throws {
        let json = """
            {"version": "https://jsonfeed.org/version/1.1", "title": "J", "home_page_url": "https://j.example/",
             "items": [{"id": 7, "url": "/a", "title": "A", "content_html": "<p>x</p>",
                        "date_published": "2020-01-02T03:04:05+01:00", "authors": [{"name": "Ann"}],
                        "attachments": [{"url": "https://j.example/a.mp3", "mime_type": "audio/mpeg", "size_in_bytes": 10}]}]}
            """
        let feed = try parser.parse(Array(json.utf8), documentURL: "https://j.example/feed.json")
        #expect(feed.version == .json11)
        #expect(feed.title == "J")
        let entry = try #require(feed.entries.first)
        #expect(entry.id == "7")
        #expect(entry.link == "https://j.example/a")
        #expect(entry.published?.rfc3339 == "2020-01-02T02:04:05Z")
        #expect(entry.authors == ["Ann"])
        #expect(entry.enclosures.first?.length == 10)
        let old = try parser.parse(Array(#"{"version": "https://jsonfeed.org/version/1", "items": []}"#.utf8))
        #expect(old.version == .json10)
    }

    @Test("a JSON Feed attachment size no integer holds is dropped, not trapped on")
    func jsonFeedHugeAttachmentSize() throws {
        let json = """
            {"version": "https://jsonfeed.org/version/1.1", "title": "J",
             "items": [{"id": "1", "content_text": "x",
                        "attachments": [{"url": "https://j.example/a.mp3", "size_in_bytes": 1e300},
                                        {"url": "https://j.example/b.mp3", "size_in_bytes": 2048.0}]}]}
            """
        let feed = try parser.parse(Array(json.utf8), documentURL: "https://j.example/feed.json")
        let enclosures = try #require(feed.entries.first).enclosures
        #expect(enclosures.map(\.length) == [nil, 2048])
    }

    @Test("an HTML page or JSON that is not a feed is refused")
    func notAFeed() {
        #expect(throws: FeedParsingError.self) {
            try parser.parse(Array("<html><body><p>hello</p></body></html>".utf8))
        }
        #expect(throws: FeedParsingError.self) { try parser.parse(Array(#"{"a": 1}"#.utf8)) }
        #expect(throws: FeedParsingError.self) { try parser.parse(Array("  \n".utf8)) }
    }
}
