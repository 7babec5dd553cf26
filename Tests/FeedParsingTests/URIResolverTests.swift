import FeedParsing
import Testing

/// Reference resolution (RFC 3986 section 5.2), seen through an item link and the document URL.
@Suite("RFC 3986 reference resolution")
struct URIResolverTests {
    private func resolvedLink(_ reference: String, base: String?) throws -> String? {
        let xml = "<rss version=\"2.0\"><channel><item><link>\(reference)</link></item></channel></rss>"
        return try FeedParser().parse(Array(xml.utf8), documentURL: base).entries.first?.link
    }

    // RFC 3986 section 5.4's examples against its base (the empty reference aside: an empty link is no link).
    @Test(arguments: [
        ("g:h", "g:h"), ("g", "http://a/b/c/g"), ("./g", "http://a/b/c/g"), ("g/", "http://a/b/c/g/"),
        ("/g", "http://a/g"), ("//g", "http://g"), ("?y", "http://a/b/c/d;p?y"), ("g?y", "http://a/b/c/g?y"),
        ("#s", "http://a/b/c/d;p?q#s"), ("g#s", "http://a/b/c/g#s"), ("g?y#s", "http://a/b/c/g?y#s"),
        (";x", "http://a/b/c/;x"), ("g;x", "http://a/b/c/g;x"), (".", "http://a/b/c/"),
        ("./", "http://a/b/c/"), ("..", "http://a/b/"), ("../", "http://a/b/"), ("../g", "http://a/b/g"),
        ("../..", "http://a/"), ("../../", "http://a/"), ("../../g", "http://a/g"), ("../../../g", "http://a/g"),
        ("/./g", "http://a/g"), ("/../g", "http://a/g"), ("g.", "http://a/b/c/g."), (".g", "http://a/b/c/.g"),
        ("g..", "http://a/b/c/g.."), ("..g", "http://a/b/c/..g"), ("./../g", "http://a/b/g"), ("./g/.", "http://a/b/c/g/"),
        ("g/./h", "http://a/b/c/g/h"), ("g/../h", "http://a/b/c/h"), ("g;x=1/./y", "http://a/b/c/g;x=1/y"),
        ("g;x=1/../y", "http://a/b/c/y"),
    ])
    func rfcExamples(_ reference: String, _ expected: String) throws {
        #expect(try resolvedLink(reference, base: "http://a/b/c/d;p?q") == expected)
    }

    @Test("without a base a relative link stays relative; other schemes are left alone")
    func withoutBase() throws {
        #expect(try resolvedLink(" /a ", base: nil) == "/a")
        #expect(try resolvedLink("mailto:x@y", base: "http://a/") == "mailto:x@y")
    }

    @Test("xml:base nests, and applies to links inside inline XHTML")
    func xmlBase() throws {
        let xml = """
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://a/one/"><entry xml:base="two/">
            <link href="three"/><content type="xhtml" xml:base="/x/"><div xmlns="http://www.w3.org/1999/xhtml">
            <a href="y">y</a></div></content></entry></feed>
            """
        let entry = try #require(try FeedParser().parse(Array(xml.utf8)).entries.first)
        #expect(entry.link == "http://a/one/two/three")
        #expect(entry.content?.contains("href=\"http://a/x/y\"") == true)
    }
}
