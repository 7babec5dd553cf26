import FeedParsing
import Testing

@Suite("OPML")
struct OPMLTests {
    @Test("outlines, nested categories and lines")
    func parse() throws {
        let outlines = try OPMLParser().parse(try Fixture.bytes("subscriptions.opml"))
        #expect(outlines == [
            OPMLOutline(title: "Top level", xmlURL: "https://a.example/feed", htmlURL: "https://a.example/", line: 5),
            OPMLOutline(title: "B and C", xmlURL: "https://b.example/rss", category: "World", line: 7),
        ])
    }

    @Test("an outline without xmlUrl is reported with its line")
    func missingURL() {
        let opml = "<opml version=\"2.0\">\n<body>\n<outline text=\"a\"/>\n</body></opml>"
        #expect {
            try OPMLParser().parse(Array(opml.utf8))
        } throws: { error in
            (error as? FeedParsingError)?.description == "line 3: <outline> has no xmlUrl"
        }
    }

    @Test("not OPML, or not XML, is refused")
    func refused() {
        #expect(throws: FeedParsingError.self) { try OPMLParser().parse(Array("<rss/>".utf8)) }
        #expect(throws: FeedParsingError.self) { try OPMLParser().parse(Array("<opml><body><outline".utf8)) }
    }

    @Test("the writer's OPML 2.0 reads back the same")
    func roundTrip() throws {
        let outlines = [
            OPMLOutline(title: "A & \"B\"", xmlURL: "https://a.example/feed?x=1&y=2", htmlURL: "https://a.example/"),
            OPMLOutline(title: "C", xmlURL: "https://c.example/rss", category: "News <world>"),
        ]
        let text = OPMLWriter().render(title: "Mine", outlines: outlines)
        #expect(text.contains("<opml version=\"2.0\">"))
        let back = try OPMLParser().parse(Array(text.utf8)).map { outline -> OPMLOutline in
            var copy = outline
            copy.line = 0
            return copy
        }
        #expect(back == outlines)
    }
}
