import FeedParsing
import Foundation
import Testing

@Suite("Feed parser: recovery and safety")
struct FeedParserSafetyTests {
    let parser = FeedParser()

    @Test("broken XML is recovered, marked, and keeps its entities")
    func recovery() throws {
        let xml = """
            <rss version="2.0"><channel><title>Broken</title>
            <item><title>First <b>bold</i> one</title><link>https://x.example/1</link></item>
            <item><title>Tom &amp; Jerry &eacute;t&eacute; & more</title><link>https://x.example/2</link></item>
            </channel>
            """
        let feed = try parser.parse(Array(xml.utf8))
        #expect(feed.isRecovered)
        #expect(feed.recoveryNote?.hasPrefix("line ") == true)
        #expect(feed.entries.count == 2)
        #expect(feed.entries.last?.title == "Tom & Jerry été & more", "a bare & is kept as text")
    }

    @Test("junk before the prolog and control characters are survived")
    func junkAndControlCharacters() throws {
        let xml = "\n\n  garbage<rss version=\"2.0\"><channel><item><title>A\u{1}B</title></item></channel></rss>"
        let feed = try parser.parse(Array(xml.utf8))
        #expect(feed.isRecovered)
        #expect(feed.entries.count == 1)
    }

    @Test("external entities and DTDs are never loaded")
    func externalEntities() throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("feedparser-secret-\(getpid()).txt")
        try "TOP-SECRET".write(to: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: secret) }
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss SYSTEM "\(secret.absoluteString)" [
              <!ENTITY leak SYSTEM "\(secret.absoluteString)">
              <!ENTITY % remote SYSTEM "\(secret.absoluteString)"> %remote;
            ]>
            <rss version="2.0"><channel><title>t&leak;</title><item><title>&leak;x</title></item></channel></rss>
            """
        let feed = try parser.parse(Array(xml.utf8))
        #expect(feed.title?.contains("SECRET") == false)
        #expect(feed.entries.first?.title?.contains("SECRET") == false)
    }

    @Test("internal entities expand, and billion laughs is cut short")
    func entityExpansion() throws {
        let friendly = """
            <!DOCTYPE rss [<!ENTITY who "Jos&eacute;">]>
            <rss version="2.0"><channel><item><title>Hi &who;</title></item></channel></rss>
            """
        #expect(try parser.parse(Array(friendly.utf8)).entries.first?.title == "Hi José")
        var declarations = "<!ENTITY lol0 \"lol\">"
        for level in 1...9 {
            declarations += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
        }
        let bomb = "<!DOCTYPE rss [\(declarations)]><rss version=\"2.0\"><channel><item><title>&lol9;</title></item></channel></rss>"
        // Expanded in full, the title would be three gigabytes.
        let result = try? parser.parse(Array(bomb.utf8))
        let title = result?.entries.first?.title ?? ""
        #expect(title.utf8.count < 1_000_000)
        #expect(result?.isRecovered ?? true)
    }

    @Test("deep nesting and a multi-megabyte title are bounded")
    func hugeInputs() throws {
        let deep = "<rss version=\"2.0\"><channel><item><title>deep</title>"
            + String(repeating: "<x>", count: 50_000) + String(repeating: "</x>", count: 50_000)
            + "</item></channel></rss>"
        let deepFeed = try parser.parse(Array(deep.utf8))
        #expect(deepFeed.entries.first?.title == "deep")
        let limits = FeedParserLimits(maxFieldBytes: 1_000)
        let huge = "<rss version=\"2.0\"><channel><item><title>" + String(repeating: "é", count: 3_000_000)
            + "</title></item></channel></rss>"
        let hugeFeed = try FeedParser(limits: limits).parse(Array(huge.utf8))
        let title = try #require(hugeFeed.entries.first?.title)
        #expect(title.utf8.count <= 1_000)
        #expect(title.unicodeScalars.allSatisfy { $0 == "é" })
    }

    @Test("entries beyond the limit are dropped")
    func entryLimit() throws {
        let items = (1...20).map { "<item><guid>\($0)</guid></item>" }.joined()
        let feed = try FeedParser(limits: FeedParserLimits(maxEntries: 5))
            .parse(Array("<rss version=\"2.0\"><channel>\(items)</channel></rss>".utf8))
        #expect(feed.entries.count == 5)
    }
}
